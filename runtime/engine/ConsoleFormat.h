// ConsoleFormat.h — turns console.log arguments into the one line Chrome's console would show.
//
// Rules (Chrome's collapsed console view): strings bare at top level and 'quoted' inside
// previews; numbers as JavaScript prints them (-0 as "-0"); arrays "(3) [1, 2, 3]"; plain objects
// "{a: 1, b: 'x'}", class instances "Point {x: 1}"; errors "Name: message"; functions "ƒ name()";
// Map/Set/Promise previews; nesting deeper than two levels collapses to "{…}" / "Array(n)".
// A first string argument may hold %s %d %i %f %o %O %c %_ %% substitutions; %s %d %i %f convert
// their argument as V8's Formatter does in Chromium (String / parseInt / parseFloat, so the
// script's toString runs — that is Chrome's behaviour, not the preview's).
// Arguments are joined by one space. Runtime thread only. Apart from those conversions it never
// runs the script's code and never throws into it: only own data properties are read (an accessor shows as "(...)", as in
// DevTools), a Proxy shows its target without asking its traps, nothing is converted with
// toString / valueOf (runtime/v8/PropertyPeek.h).
#pragma once

#include <v8.h>

#include <optional>
#include <string>
#include <vector>

namespace loopscope {

// Keeps the intrinsics the formatter calls (Date.prototype.toString) out of the script's reach.
// Call once per context, before any of the script's code runs.
void PrepareConsoleFormat(v8::Local<v8::Context> context);

// Empty when a conversion threw: nothing may be printed, and the exception is left pending so that
// the console call throws it, as in Chrome.
std::optional<std::string> FormatConsoleArguments(v8::Local<v8::Context> context,
                                                  const std::vector<v8::Local<v8::Value>>& args);
std::string FormatConsoleValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

}  // namespace loopscope
