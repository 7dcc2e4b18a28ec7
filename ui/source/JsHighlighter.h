// JsHighlighter.h — splits JavaScript source into coloured spans, line by line, for the Source panel.
//
// A lexer, not a parser: keywords, identifiers (those followed by "(" are calls), numbers, strings,
// template literals, regular-expression-free punctuation and comments. Block comments and template
// literals may span lines; the state carried from one line to the next is LineState. Pure.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace loopscope::ui {

enum class TokenKind : uint8_t { Plain, Keyword, Literal, Number, String, Comment, Call, Punctuation, Count };

struct Span {
  uint32_t begin = 0;  // byte offset in the line
  uint32_t length = 0;
  TokenKind kind = TokenKind::Plain;
};

enum class LineState : uint8_t { Code, BlockComment, Template };

// Appends the spans of `line` (no trailing newline) to `out`, starting in `state`; returns the
// state the next line starts in. Spans cover the line in order, without gaps.
LineState HighlightLine(std::string_view line, LineState state, std::vector<Span>& out);

// Every line of `source` (split on '\n'). result[i] holds the spans of line i.
std::vector<std::vector<Span>> HighlightSource(std::string_view source);

}  // namespace loopscope::ui
