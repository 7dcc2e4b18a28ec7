// ConsoleFormatFuzz.cpp — libFuzzer target: the console formatter (runtime/engine/ConsoleFormat.h)
// on values a script can make.
//
// Input: byte 0 picks what is formatted (the seeds use ' ' and '!'), the rest is JavaScript, run
// as a classic script in a context of the fuzz isolate (tests/fuzz/FuzzIsolate.h: endless loops
// and heap exhaustion end in termination, not a hang); its completion value — or, if it throws,
// the exception, as an uncaught-error report formats it — is the value:
//   bit 0 set and the value is an array: its elements are console.log's arguments
//         (FormatConsoleArguments: the first may be a format string with %s %d %i %f %o %O %c %%)
//   otherwise: FormatConsoleValue(value), then FormatConsoleArguments({value}).
// Each input gets a fresh context, so one input's globals never leak into the next. Inputs over
// kMaxInputBytes are skipped.
//
// Checks beyond "no crash, no sanitizer report" (ConsoleFormat.h's contract): FormatConsoleValue
// never throws into the script; FormatConsoleArguments either returns the line with nothing
// pending, or returns nothing with the exception of a %s / %d / %i / %f conversion pending (as
// Chrome's console.log throws it) — unless the watchdog terminated the run.
#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/engine/ConsoleFormat.h"
#include "runtime/v8/V8Strings.h"
#include "tests/fuzz/FuzzIsolate.h"

namespace {

constexpr size_t kMaxInputBytes = 2048;

void Fail(const char* what, const std::string& source) {
  std::fprintf(stderr, "ConsoleFormatFuzz: %s\n--- script ---\n%s\n", what, source.c_str());
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInputBytes) return 0;
  const bool as_arguments = (data[0] & 1) != 0;
  const std::string source(reinterpret_cast<const char*>(data + 1), size - 1);

  auto& fuzz = loopscope::fuzz::FuzzIsolate::Get();
  fuzz.Run([&](v8::Isolate* isolate) {
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    loopscope::PrepareConsoleFormat(context);  // as Engine::Attach does before any script runs
    v8::Local<v8::Value> value;
    {
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Script> script;
      if (!v8::Script::Compile(context, loopscope::V8String(isolate, source)).ToLocal(&script)) return;
      if (!script->Run(context).ToLocal(&value)) {
        if (fuzz.Terminated() || !try_catch.HasCaught()) return;
        value = try_catch.Exception();
      }
    }
    // Jobs the script queued (then callbacks, getters' promises) run before formatting, as they
    // would have by the time a later console.log looks at the value.
    isolate->PerformMicrotaskCheckpoint();
    if (fuzz.Terminated()) return;

    std::vector<v8::Local<v8::Value>> args;
    if (as_arguments && value->IsArray()) {
      v8::Local<v8::Array> array = value.As<v8::Array>();
      for (uint32_t i = 0; i < array->Length() && i < 64; ++i) {
        v8::Local<v8::Value> element;
        if (!array->Get(context, i).ToLocal(&element)) return;
        args.push_back(element);
      }
    } else {
      v8::TryCatch try_catch(isolate);
      (void)loopscope::FormatConsoleValue(context, value);
      if (try_catch.HasCaught() && !fuzz.Terminated()) Fail("FormatConsoleValue left an exception pending", source);
      args.push_back(value);
    }
    v8::TryCatch try_catch(isolate);
    const bool printed = loopscope::FormatConsoleArguments(context, args).has_value();
    if (fuzz.Terminated()) return;
    if (printed && try_catch.HasCaught()) Fail("FormatConsoleArguments printed and left an exception pending", source);
    if (!printed && !try_catch.HasCaught()) Fail("FormatConsoleArguments printed nothing but threw nothing", source);
  });
  return 0;
}
