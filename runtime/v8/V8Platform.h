// V8Platform.h — process-wide V8 initialisation and the platform Loopscope runs it on.
//
// V8 is initialised once per process (first call) and never torn down: isolates come and go,
// the platform stays. The platform wraps libplatform's default one and differs in one thing:
// the wall clock V8 reads for Date.now() / new Date() comes from the active run's RunClock, so
// that skipped idle time is visible to the script exactly as it is to its timers.
// Thread-safe.
#pragma once

#include <string_view>

#include <v8.h>

namespace loopscope {

class RunClock;

v8::Platform& EnsureV8Initialized();
// The clock Date.now() follows on the calling thread (the runtime thread); nullptr = the system
// clock. One run at a time owns it.
void SetDateClock(RunClock* clock);
// A new isolate that the process's platform serves (its foreground task runner), and its end.
// The caller owns the isolate between the two calls. Runtime thread.
v8::Isolate* NewPlatformIsolate(const v8::Isolate::CreateParams& params);
void DisposePlatformIsolate(v8::Isolate* isolate);
// Runs V8's own pending foreground tasks for `isolate` (GC finalisation, compile jobs…) without blocking.
void PumpPlatformTasks(v8::Isolate* isolate);
std::string_view V8VersionString();

}  // namespace loopscope
