// ConsoleFormat.h — turns console.log arguments into the one line Chrome's console would show.
//
// Rules (Chrome's collapsed console view): strings bare at top level and 'quoted' inside
// previews; numbers as JavaScript prints them (-0 as "-0"); arrays "(3) [1, 2, 3]"; plain objects
// "{a: 1, b: 'x'}", class instances "Point {x: 1}"; errors "Name: message"; functions "ƒ name()";
// Map/Set/Promise previews; nesting deeper than two levels collapses to "{…}" / "Array(n)".
// A first string argument may hold %s %d %i %f %o %O %c %% substitutions.
// Arguments are joined by one space. Runtime thread only; never throws into the script (getters
// are not invoked: only own data properties are shown).
#pragma once

#include <v8.h>

#include <string>
#include <vector>

namespace loopscope {

std::string FormatConsoleArguments(v8::Local<v8::Context> context, const std::vector<v8::Local<v8::Value>>& args);
std::string FormatConsoleValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

}  // namespace loopscope
