// Instrumenter.h — rewrites a script so every function enter/exit and await/yield is reported.
//
// Statements are preceded by `__ls.line(N)` markers, so the host knows on which line each frame
// made its calls. The rewriting itself is project JavaScript (runtime/instrument/instrument.js on the acorn
// parser), both embedded in the binary and run in a separate "tooling" context of the run's
// isolate, so the user's global scope never sees them. Lines are preserved: errors and
// highlights point at the user's source. Runtime thread only.
#pragma once

#include <v8.h>

#include <string>
#include <vector>

namespace loopscope {

struct InstrumentedFunction {
  std::string name;  // as DevTools names it ("(anonymous)" when it has none)
  uint32_t line;     // 1-based, in the user's source
  uint32_t column;   // 1-based
};

struct InstrumentResult {
  bool ok = false;
  std::string code;                              // the rewritten script (ok)
  std::vector<InstrumentedFunction> functions;   // function id N is functions[N - 1]
  std::string error;                             // why not (!ok)
};

InstrumentResult InstrumentScript(v8::Isolate* isolate, const std::string& source);

}  // namespace loopscope
