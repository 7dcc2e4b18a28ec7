// InstrumenterFuzz.cpp — libFuzzer target: the instrumenter (runtime/instrument/Instrumenter.h)
// on arbitrary source text.
//
// Input: byte 0 picks the mode (bit 0: CommonJS module body; the seeds use ' ' for a classic
// script and '!' for a module), the rest is the source (UTF-8;
// invalid sequences become U+FFFD as they do for a user's file). Inputs over kMaxInputBytes are
// skipped: acorn is linear, and longer inputs only slow the search down.
//
// Beyond "no crash, no sanitizer report", the target checks the contracts of Instrumenter.h and
// runtime/instrument/README.md on every input the instrumenter accepts:
//   - lines are preserved: the rewritten code has exactly as many '\n' as the source;
//   - every function it reports has a 1-based line within the source and a column >= 1;
//   - if V8 itself compiles the source (as a classic script, or as a CommonJS function body),
//     V8 also compiles the rewritten code: instrumenting never turns a valid script invalid.
// A broken contract traps (a crash libFuzzer reports with the input).
#include <v8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "runtime/instrument/Instrumenter.h"
#include "runtime/v8/V8Strings.h"
#include "tests/fuzz/FuzzIsolate.h"

namespace {

constexpr size_t kMaxInputBytes = 4096;

// Compiles without running: a classic script, or (CommonJS) a function body with Node's wrapper
// parameters, which is how Node compiles a module.
bool V8Compiles(v8::Local<v8::Context> context, const std::string& code, bool commonjs) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  v8::ScriptCompiler::Source source(loopscope::V8String(isolate, code));
  if (!commonjs) return !v8::ScriptCompiler::Compile(context, &source).IsEmpty();
  v8::Local<v8::String> params[] = {
      loopscope::V8String(isolate, "exports"), loopscope::V8String(isolate, "require"),
      loopscope::V8String(isolate, "module"), loopscope::V8String(isolate, "__filename"),
      loopscope::V8String(isolate, "__dirname")};
  return !v8::ScriptCompiler::CompileFunction(context, &source, 5, params, 0, nullptr).IsEmpty();
}

// Lines as ECMAScript counts them (11.3 LineTerminator; CR LF is one), in UTF-8 text.
uint32_t EcmaScriptLineCount(const std::string& text) {
  uint32_t lines = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++lines;
    } else if (c == '\n') {
      ++lines;
    } else if (text.compare(i, 3, "\xE2\x80\xA8") == 0 || text.compare(i, 3, "\xE2\x80\xA9") == 0) {
      ++lines;
      i += 2;
    }
  }
  return lines;
}

void Fail(const char* what, const std::string& source, const std::string& detail) {
  std::fprintf(stderr, "InstrumenterFuzz: %s\n--- source ---\n%s\n--- detail ---\n%s\n", what, source.c_str(),
               detail.c_str());
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInputBytes) return 0;
  const bool commonjs = (data[0] & 1) != 0;
  const std::string source(reinterpret_cast<const char*>(data + 1), size - 1);

  auto& fuzz = loopscope::fuzz::FuzzIsolate::Get();
  static auto* instrumenter = new loopscope::Instrumenter(fuzz.isolate());  // one tooling context per process
  static v8::Global<v8::Context>* plain = nullptr;
  fuzz.Run([&](v8::Isolate* isolate) {
    if (plain == nullptr) plain = new v8::Global<v8::Context>(isolate, v8::Context::New(isolate));
    loopscope::InstrumentOptions options;
    options.commonjs = commonjs;
    options.first_id = 1;
    const loopscope::InstrumentResult result = instrumenter->Instrument(source, options);
    if (!result.ok || fuzz.Terminated()) return;

    const auto source_lines = std::count(source.begin(), source.end(), '\n');
    if (std::count(result.code.begin(), result.code.end(), '\n') != source_lines) {
      Fail("the rewritten code has a different number of lines", source, result.code);
    }
    // Function lines count ECMAScript's line terminators (CR, LF, CR LF, U+2028, U+2029), as
    // acorn and V8 do; the check above only needs LF (the rewriter inserts no terminator at all).
    const uint32_t script_lines = EcmaScriptLineCount(source);
    for (const loopscope::InstrumentedFunction& function : result.functions) {
      if (function.line < 1 || function.line > script_lines || function.column < 1) {
        Fail("a function's position is outside the source", source,
             function.name + " at " + std::to_string(function.line) + ":" + std::to_string(function.column));
      }
    }
    v8::Local<v8::Context> context = plain->Get(isolate);
    v8::Context::Scope context_scope(context);
    if (V8Compiles(context, source, commonjs) && !fuzz.Terminated() &&
        !V8Compiles(context, result.code, commonjs) && !fuzz.Terminated()) {
      Fail("V8 compiles the source but not the rewritten code", source, result.code);
    }
  });
  return 0;
}
