// Instrumenter.h — rewrites a script so every function enter/exit and await/yield is reported.
//
// Statements are preceded by `__ls.line(N)` markers, so the host knows on which line each frame
// made its calls. The rewriting itself is project JavaScript (runtime/instrument/instrument.js on
// the acorn parser), both embedded in the binary and run in a separate "tooling" context of the
// run's isolate, so the user's global scope never sees them; the context is made once per
// Instrumenter and reused for every file. Lines are preserved: errors and highlights point at the
// user's source.
//
// Thread: the runtime thread (the isolate's). Owns the tooling context.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope {

struct InstrumentedFunction {
  std::string name;  // as DevTools names it ("(anonymous)" when it has none)
  uint32_t line;     // 1-based, in the user's source
  uint32_t column;   // 1-based
};

struct InstrumentOptions {
  uint32_t first_id = 1;  // id of the file's first function (files of one run share one id space)
  bool commonjs = false;  // a CommonJS module body: top-level `return` is allowed
  std::string hook_name = "__ls";  // the global the rewritten code reports to
  bool lines = true;      // statement line markers (off for code made at run time: they would
                          // change an eval's completion value)
};

struct InstrumentResult {
  bool ok = false;
  std::string code;                              // the rewritten script (ok)
  std::vector<InstrumentedFunction> functions;   // function id first_id + N is functions[N]
  std::vector<uint32_t> segments;                // copied stretches of the source (SourceMap.h)
  std::string error;                             // why not (!ok)
};

class Instrumenter {
 public:
  explicit Instrumenter(v8::Isolate* isolate) : m_isolate(isolate) {}

  // Never throws into the caller's context: failures come back as !ok with a reason.
  InstrumentResult Instrument(const std::string& source, const InstrumentOptions& options);

 private:
  bool EnsureToolingContext(std::string* error);

  v8::Isolate* m_isolate;
  v8::Global<v8::Context> m_tooling;
  v8::Global<v8::Function> m_entry;  // loopscopeInstrument
};

}  // namespace loopscope
