// SourceMap.h — positions and text of the rewritten code mapped back to the user's source.
//
// The instrumenter splices its hooks into the user's text (instrument.js: lines are kept, columns
// are not). What the script can observe of its own code must still be the user's: an error's
// stack columns (Engine's stack formatting) and Function.prototype.toString (Engine's
// replacement). The map is the instrumenter's list of copied stretches; inserted text maps to the
// source position where it was inserted.
//
// Units: offsets and columns in UTF-16 code units, as V8 and acorn count them; lines and columns
// 1-based. Line terminators as ECMAScript's: LF, CR, CR LF, U+2028, U+2029.
// Immutable after construction; any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace loopscope {

class SourceMap {
 public:
  // `segments`: [generated offset, source offset, length] triples in increasing order.
  SourceMap(std::vector<uint32_t> segments, std::u16string generated, std::u16string original);

  // The user's (line, column) for a (line, column) of the rewritten code; nullopt if outside it.
  std::optional<std::pair<uint32_t, uint32_t>> OriginalPosition(uint32_t line, uint32_t column) const;

  // The user's text of a function (or class) whose rewritten text is `generated_text`, as
  // Function.prototype.toString gives it; nullopt if that text is not in the rewritten code.
  // Each rewritten function carries its own enter(ID), so its text occurs once.
  std::optional<std::u16string> OriginalText(const std::u16string& generated_text) const;

 private:
  uint32_t ToOriginalOffset(uint32_t generated_offset) const;

  std::vector<uint32_t> m_segments;
  std::u16string m_generated;
  std::u16string m_original;
  std::vector<uint32_t> m_generated_lines;  // offset where each line starts
  std::vector<uint32_t> m_original_lines;
};

}  // namespace loopscope
