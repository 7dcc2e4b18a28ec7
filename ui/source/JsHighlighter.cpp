#include "ui/source/JsHighlighter.h"

#include <array>
#include <cctype>

namespace loopscope::ui {
namespace {

constexpr std::array<std::string_view, 38> kKeywords = {
    "async", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
    "delete", "do", "else", "export", "extends", "finally", "for", "function", "if", "import",
    "in", "instanceof", "let", "new", "of", "return", "static", "super", "switch", "this",
    "throw", "try", "typeof", "var", "void", "while", "with", "yield"};
constexpr std::array<std::string_view, 5> kLiterals = {"true", "false", "null", "undefined", "NaN"};

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool IsIdentPart(char c) { return IsIdentStart(c) || std::isdigit(static_cast<unsigned char>(c)); }

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

void Emit(std::vector<Span>& out, std::size_t begin, std::size_t end, TokenKind kind) {
  if (end <= begin) return;
  if (!out.empty() && out.back().kind == kind && out.back().begin + out.back().length == begin) {
    out.back().length += static_cast<uint32_t>(end - begin);
    return;
  }
  out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end - begin), kind});
}

}  // namespace

LineState HighlightLine(std::string_view line, LineState state, std::vector<Span>& out) {
  std::size_t i = 0;
  const std::size_t n = line.size();
  if (state == LineState::BlockComment) {
    const auto close = line.find("*/");
    if (close == std::string_view::npos) {
      Emit(out, 0, n, TokenKind::Comment);
      return LineState::BlockComment;
    }
    Emit(out, 0, close + 2, TokenKind::Comment);
    i = close + 2;
  } else if (state == LineState::Template) {
    std::size_t j = 0;
    while (j < n && line[j] != '`') j += line[j] == '\\' ? 2 : 1;
    if (j >= n) {
      Emit(out, 0, n, TokenKind::String);
      return LineState::Template;
    }
    Emit(out, 0, j + 1, TokenKind::String);
    i = j + 1;
  }
  while (i < n) {
    const char c = line[i];
    if (c == '/' && i + 1 < n && line[i + 1] == '/') {
      Emit(out, i, n, TokenKind::Comment);
      return LineState::Code;
    }
    if (c == '/' && i + 1 < n && line[i + 1] == '*') {
      const auto close = line.find("*/", i + 2);
      if (close == std::string_view::npos) {
        Emit(out, i, n, TokenKind::Comment);
        return LineState::BlockComment;
      }
      Emit(out, i, close + 2, TokenKind::Comment);
      i = close + 2;
      continue;
    }
    if (c == '"' || c == '\'' || c == '`') {
      std::size_t j = i + 1;
      while (j < n && line[j] != c) j += line[j] == '\\' ? 2 : 1;
      if (j >= n) {
        Emit(out, i, n, TokenKind::String);
        return c == '`' ? LineState::Template : LineState::Code;
      }
      Emit(out, i, j + 1, TokenKind::String);
      i = j + 1;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(line[i + 1])))) {
      std::size_t j = i + 1;
      while (j < n && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '.' || line[j] == '_')) ++j;
      Emit(out, i, j, TokenKind::Number);
      i = j;
      continue;
    }
    if (IsIdentStart(c)) {
      std::size_t j = i + 1;
      while (j < n && IsIdentPart(line[j])) ++j;
      const std::string_view word = line.substr(i, j - i);
      std::size_t k = j;
      while (k < n && line[k] == ' ') ++k;
      TokenKind kind = TokenKind::Plain;
      if (Contains(kKeywords, word)) {
        kind = TokenKind::Keyword;
      } else if (Contains(kLiterals, word)) {
        kind = TokenKind::Literal;
      } else if (k < n && line[k] == '(') {
        kind = TokenKind::Call;
      }
      Emit(out, i, j, kind);
      i = j;
      continue;
    }
    if (std::ispunct(static_cast<unsigned char>(c))) {
      Emit(out, i, i + 1, TokenKind::Punctuation);
    } else {
      Emit(out, i, i + 1, TokenKind::Plain);
    }
    ++i;
  }
  return LineState::Code;
}

std::vector<std::vector<Span>> HighlightSource(std::string_view source) {
  std::vector<std::vector<Span>> lines;
  LineState state = LineState::Code;
  std::size_t start = 0;
  while (true) {
    const auto end = source.find('\n', start);
    const std::string_view line = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    lines.emplace_back();
    state = HighlightLine(line, state, lines.back());
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace loopscope::ui
