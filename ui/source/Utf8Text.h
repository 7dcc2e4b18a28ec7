// Utf8Text.h — text the editor can show: every ill-formed UTF-8 sequence replaced by U+FFFD.
//
// Dear ImGui's decoder (1.86) trusts lead bytes: after an invalid byte it swallows the next
// character too. The Source panel therefore gets decoded text, decoded as the WHATWG Encoding
// standard's "UTF-8 decode" does (one U+FFFD per maximal ill-formed subpart) — which is also what
// V8 makes of the same bytes when the script runs, so the editor and the run see one text.
// Pure; any thread.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::ui {

std::string ReplaceInvalidUtf8(std::string_view bytes);

}  // namespace loopscope::ui
