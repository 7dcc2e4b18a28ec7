// V8Platform.h — process-wide V8 initialisation and the platform Loopscope runs it on.
//
// V8 (from libnode) is initialised once per process (first call) and never torn down: isolates
// come and go, the platform stays. One platform serves both models: Node's MultiIsolatePlatform
// (so real Node environments run on it), wrapped to differ in one thing: the wall clock V8 reads
// for Date.now() / new Date() on a browser run's thread comes from that run's RunClock, so that
// skipped idle time is visible to the script exactly as it is to its timers. Node's per-process
// state (options, ICU, OpenSSL) is initialised here too, without signal handlers or stdio reset.
// Thread-safe.
#pragma once

#include <string_view>

#include <v8.h>

namespace node {
class MultiIsolatePlatform;
}

namespace loopscope {

class RunClock;

v8::Platform& EnsureV8Initialized();
// The platform, for Node environments (CommonEnvironmentSetup) — the same one V8 runs on.
node::MultiIsolatePlatform& SharedPlatform();
// The clock Date.now() follows on the calling thread (the runtime thread); nullptr = the system
// clock. One run at a time owns it.
void SetDateClock(RunClock* clock);
// A plain isolate (the browser model's) registered on the platform, which serves its foreground
// tasks through a private libuv loop that PumpPlatformTasks runs; and its end (unregister,
// dispose, close the loop). The caller owns the isolate between the two calls. Runtime thread.
v8::Isolate* NewPlatformIsolate(const v8::Isolate::CreateParams& params);
void DisposePlatformIsolate(v8::Isolate* isolate);
// Runs V8's own pending foreground tasks for `isolate` (GC finalisation, compile jobs…) without blocking.
// True if any task ran (it may have settled the script's promises: async WebAssembly work).
bool PumpPlatformTasks(v8::Isolate* isolate);
std::string_view V8VersionString();

}  // namespace loopscope
