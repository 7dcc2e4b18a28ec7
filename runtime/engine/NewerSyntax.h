// NewerSyntax.h — why a script that Chromium runs does not compile here: V8 10.2 (the engine
// Loopscope embeds, from Debian's libnode) predates some syntax that Chromium 156 parses. When
// V8 reports a SyntaxError, the source at the error's position is checked for such syntax, and
// the message says which feature it is:
//   "… (the RegExp 'v' flag is not supported by V8 10.2, the engine Loopscope embeds; Chromium
//   156 supports it)"
// Recognised (each at the position V8 reports, where the unknown syntax starts): the RegExp `v`
// flag, RegExp modifiers `(?i:…)`, duplicate named capture groups in different alternatives,
// `using` and `await using` declarations; and `new RegExp(…, 'v')` at run time (its message
// names the flags). A script may still have a real syntax error there: only what the text at
// that position shows is named. The engine adds the note to a script's SyntaxError and to an
// uncaught SyntaxError of code made at run time (eval, new Function).
//
// Pure functions on UTF-16 text; no V8 calls, any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope {

// The note for a SyntaxError that V8 reported with `message` ("Invalid regular expression
// flags", …) on `source_line` (the whole line, UTF-16) at 0-based `column` (UTF-16 units), or
// nothing. `v8_version` is V8's "major.minor".
std::optional<std::string> NewerSyntaxNote(std::u16string_view source_line, size_t column, std::string_view message,
                                           std::string_view v8_version);

}  // namespace loopscope
