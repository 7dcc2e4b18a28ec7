#include "ui/source/JsHighlighter.h"

#include <gtest/gtest.h>

#include <string>

namespace loopscope::ui {
namespace {

// "kind:text" for every span, for readable expectations.
std::string Render(std::string_view line, LineState state = LineState::Code, LineState* out_state = nullptr) {
  std::vector<Span> spans;
  const LineState next = HighlightLine(line, state, spans);
  if (out_state) *out_state = next;
  static const char* kNames[] = {"_", "kw", "lit", "num", "str", "com", "call", "p"};
  std::string text;
  uint32_t expected_begin = 0;
  for (const Span& span : spans) {
    EXPECT_EQ(span.begin, expected_begin) << "spans must cover the line without gaps";
    expected_begin = span.begin + span.length;
    std::string_view word = line.substr(span.begin, span.length);
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    if (word.empty()) continue;
    text += std::string(kNames[static_cast<int>(span.kind)]) + ":" + std::string(word) + " ";
  }
  EXPECT_EQ(expected_begin, line.size());
  return text;
}

TEST(JsHighlighterTest, KeywordsCallsStringsNumbers) {
  EXPECT_EQ(Render("setTimeout(function timeout() {"), "call:setTimeout p:( kw:function call:timeout p:() p:{ ");
  EXPECT_EQ(Render("const x = 'a b' + 42;"), "kw:const _:x p:= str:'a b' p:+ num:42 p:; ");
  EXPECT_EQ(Render("await null"), "kw:await lit:null ");
}

TEST(JsHighlighterTest, CommentsAndEscapes) {
  EXPECT_EQ(Render("x; // done"), "_:x p:; com:// done ");
  EXPECT_EQ(Render("'it\\'s' /* c */ y"), "str:'it\\'s' com:/* c */ _:y ");
}

TEST(JsHighlighterTest, BlockCommentsAndTemplatesSpanLines) {
  LineState state;
  Render("a /* start", LineState::Code, &state);
  EXPECT_EQ(state, LineState::BlockComment);
  EXPECT_EQ(Render("still */ b", state, &state), "com:still */ _:b ");
  EXPECT_EQ(state, LineState::Code);
  Render("const t = `one", LineState::Code, &state);
  EXPECT_EQ(state, LineState::Template);
  EXPECT_EQ(Render("two` + 1", state, &state), "str:two` p:+ num:1 ");
}

TEST(JsHighlighterTest, SourceSplitsOnNewlines) {
  const auto lines = HighlightSource("a\n\nb");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[1].empty());
}

}  // namespace
}  // namespace loopscope::ui
