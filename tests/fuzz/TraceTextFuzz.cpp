// TraceTextFuzz.cpp — libFuzzer target: the trace's text form (runtime/trace/TraceTextWriter.h)
// and its string table (runtime/trace/StringTable.h), on traces built from the bytes
// (tests/fuzz/FuzzTrace.h: any event kinds and operands, unknown kinds, dangling ids, small caps).
//
// There is no trace reader yet: when one lands, its fuzz target goes beside this one and this one
// checks that the reader reads back what the writer wrote. Until then, the checks are the
// writer's and the table's contracts:
//   - interning: the id InternString returned reads back as the same text; the same text
//     interned again gets the same id (0 only when the cap refused it, or for "");
//   - QuoteTraceString: unescaping its output gives the input back, byte for byte;
//   - WriteTraceText: one event per line — every line ends in '\n', no other control byte
//     appears (strings are escaped), and every line but the truncation comment starts with the
//     event index, which strictly increases (Detail events share their event's line).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "runtime/trace/TraceTextWriter.h"
#include "tests/fuzz/FuzzTrace.h"

namespace {

[[noreturn]] void Fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "TraceTextFuzz: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
  __builtin_trap();
}

// The inverse of QuoteTraceString (the escapes TraceTextWriter.h lists); false on malformed text.
bool Unquote(std::string_view quoted, std::string* out) {
  if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"') return false;
  out->clear();
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    char c = quoted[i];
    if (c != '\\') {
      out->push_back(c);
      continue;
    }
    if (++i >= quoted.size() - 1) return false;  // a backslash just before the closing quote
    switch (quoted[i]) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'x': {
        if (i + 3 > quoted.size() - 1) return false;
        const std::string hex(quoted.substr(i + 1, 2));
        char* end = nullptr;
        const long value = std::strtol(hex.c_str(), &end, 16);
        if (end != hex.c_str() + 2) return false;
        out->push_back(static_cast<char>(value));
        i += 2;
        break;
      }
      default: return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The quoting alone, on the raw bytes.
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string unquoted;
  if (!Unquote(loopscope::QuoteTraceString(raw), &unquoted) || unquoted != raw) {
    Fail("QuoteTraceString does not round-trip", loopscope::QuoteTraceString(raw));
  }

  const loopscope::fuzz::BuiltTrace built = loopscope::fuzz::BuildTrace(data, size);
  const loopscope::Trace& trace = *built.trace;
  for (const auto& [text, id] : built.interned) {
    if (id == 0) continue;  // "" or refused by the cap
    if (trace.String(id) != text) Fail("an interned string reads back differently", text);
    // Again (even after truncation or Finish): the same id.
    if (built.trace->InternString(text) != id) Fail("the same text got another id", text);
  }

  std::ostringstream out;
  loopscope::WriteTraceText(trace, out);
  const std::string text = out.str();
  if (!text.empty() && text.back() != '\n') Fail("the text does not end with a line break", text);
  long long previous_index = -1;
  size_t line_start = 0;
  while (line_start < text.size()) {
    const size_t line_end = text.find('\n', line_start);
    const std::string_view line(text.data() + line_start, line_end - line_start);
    for (char c : line) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) Fail("a control byte in a line", line);
    }
    if (line.starts_with("# trace truncated: ")) {
      if (line_end + 1 != text.size() || !trace.Truncated()) Fail("a misplaced truncation line", line);
    } else {
      char* end = nullptr;
      const std::string digits(line.substr(0, line.find(' ')));
      const long long index = std::strtoll(digits.c_str(), &end, 10);
      if (digits.size() < 6 || end != digits.c_str() + digits.size() || index <= previous_index ||
          static_cast<uint64_t>(index) >= trace.PublishedCount()) {
        Fail("a line without the next event index", line);
      }
      previous_index = index;
    }
    line_start = line_end + 1;
  }
  return 0;
}
