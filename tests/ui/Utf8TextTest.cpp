// Utf8TextTest.cpp — issue 7 item 8: the Source panel dropped the character after an invalid
// UTF-8 byte (ImGui trusts lead bytes). The editor's text is decoded as the Encoding standard
// decodes UTF-8 (and as V8 decodes the script): one U+FFFD per maximal ill-formed subpart, and
// every well-formed character kept. Expected strings follow the standard's decoder, step by step.
#include <gtest/gtest.h>

#include "ui/source/Utf8Text.h"

namespace loopscope::ui {
namespace {

constexpr const char* kFffd = "\xEF\xBF\xBD";

TEST(Utf8Text, WellFormedTextIsUnchanged) {
  const std::string text = "let s = 'héllo → 世界 🎉';\n";
  EXPECT_EQ(ReplaceInvalidUtf8(text), text);
}

TEST(Utf8Text, TheCharacterAfterAnInvalidByteSurvives) {
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF" "bc"), std::string("a") + kFffd + "bc");
  EXPECT_EQ(ReplaceInvalidUtf8("\xC3" "x"), std::string(kFffd) + "x") << "a lead byte without its continuation";
  EXPECT_EQ(ReplaceInvalidUtf8("\xE2\x82" "x"), std::string(kFffd) + "x") << "a truncated 3-byte sequence is one U+FFFD";
  EXPECT_EQ(ReplaceInvalidUtf8("\xE2\x82"), std::string(kFffd)) << "at the end of the text";
}

TEST(Utf8Text, OverlongsSurrogatesAndOutOfRangeAreRefused) {
  EXPECT_EQ(ReplaceInvalidUtf8("\xC0\xAF"), std::string(kFffd) + kFffd);               // overlong '/'
  EXPECT_EQ(ReplaceInvalidUtf8("\xE0\x80\xAF"), std::string(kFffd) + kFffd + kFffd);   // overlong, 3 bytes
  EXPECT_EQ(ReplaceInvalidUtf8("\xED\xA0\x80"), std::string(kFffd) + kFffd + kFffd);   // a surrogate
  EXPECT_EQ(ReplaceInvalidUtf8("\xF4\x90\x80\x80"), std::string(kFffd) + kFffd + kFffd + kFffd);  // > U+10FFFF
  EXPECT_EQ(ReplaceInvalidUtf8("\x80z"), std::string(kFffd) + "z");                     // a lone continuation
}

}  // namespace
}  // namespace loopscope::ui
