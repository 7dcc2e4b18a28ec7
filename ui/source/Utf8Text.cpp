#include "ui/source/Utf8Text.h"

namespace loopscope::ui {

std::string ReplaceInvalidUtf8(std::string_view bytes) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      out += static_cast<char>(lead);
      ++i;
      continue;
    }
    // Encoding standard 9.1.1 "UTF-8 decoder": the continuation bytes a lead byte needs, and
    // the narrower range allowed for the first of them (no overlongs, no surrogates, <= U+10FFFF).
    size_t needed = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      needed = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      needed = 2;
      if (lead == 0xE0) lower = 0xA0;
      if (lead == 0xED) upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      needed = 3;
      if (lead == 0xF0) lower = 0x90;
      if (lead == 0xF4) upper = 0x8F;
    } else {
      out += kReplacement;
      ++i;
      continue;
    }
    size_t seen = 0;
    while (seen < needed && i + 1 + seen < bytes.size()) {
      const auto next = static_cast<unsigned char>(bytes[i + 1 + seen]);
      if (next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xBF;
      ++seen;
    }
    if (seen == needed) {
      out.append(bytes.substr(i, needed + 1));
    } else {
      out += kReplacement;  // the byte that broke the sequence starts over as a lead byte
    }
    i += seen + 1;
  }
  return out;
}

}  // namespace loopscope::ui
