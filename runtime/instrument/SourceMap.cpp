#include "runtime/instrument/SourceMap.h"

#include <algorithm>

namespace loopscope {
namespace {

std::vector<uint32_t> LineStarts(const std::u16string& text) {
  std::vector<uint32_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    char16_t c = text[i];
    if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
    if (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029') starts.push_back(static_cast<uint32_t>(i + 1));
  }
  return starts;
}

}  // namespace

SourceMap::SourceMap(std::vector<uint32_t> segments, std::u16string generated, std::u16string original)
    : m_segments(std::move(segments)),
      m_generated(std::move(generated)),
      m_original(std::move(original)),
      m_generated_lines(LineStarts(m_generated)),
      m_original_lines(LineStarts(m_original)) {
  m_segments.resize(m_segments.size() / 3 * 3);
}

uint32_t SourceMap::ToOriginalOffset(uint32_t generated_offset) const {
  // The last copied stretch starting at or before the offset (segments are sorted by it).
  size_t count = m_segments.size() / 3;
  size_t low = 0;
  size_t high = count;
  while (low < high) {
    size_t middle = (low + high) / 2;
    if (m_segments[middle * 3] <= generated_offset) low = middle + 1;
    else high = middle;
  }
  if (low == 0) return 0;
  const uint32_t* segment = &m_segments[(low - 1) * 3];
  uint32_t into = generated_offset - segment[0];
  return segment[1] + std::min(into, segment[2]);  // past its end: inserted text, at its insertion point
}

std::optional<std::pair<uint32_t, uint32_t>> SourceMap::OriginalPosition(uint32_t line, uint32_t column) const {
  if (line == 0 || column == 0 || line > m_generated_lines.size()) return std::nullopt;
  uint32_t offset = m_generated_lines[line - 1] + column - 1;
  if (offset > m_generated.size()) return std::nullopt;
  uint32_t original = ToOriginalOffset(offset);
  auto after = std::upper_bound(m_original_lines.begin(), m_original_lines.end(), original);
  uint32_t original_line = static_cast<uint32_t>(after - m_original_lines.begin());
  return std::make_pair(original_line, original - m_original_lines[original_line - 1] + 1);
}

std::optional<std::u16string> SourceMap::OriginalText(const std::u16string& generated_text) const {
  if (generated_text.empty()) return std::nullopt;
  size_t start = m_generated.find(generated_text);
  if (start == std::u16string::npos) return std::nullopt;
  uint32_t from = ToOriginalOffset(static_cast<uint32_t>(start));
  uint32_t to = ToOriginalOffset(static_cast<uint32_t>(start + generated_text.size()));
  // The end of a text ending in inserted code (an arrow's added braces) maps to where it was
  // inserted, which is the end of the user's function.
  if (to < from || to > m_original.size()) return std::nullopt;
  return m_original.substr(from, to - from);
}

}  // namespace loopscope
