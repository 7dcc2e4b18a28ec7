// BrowserHost.h — one run of one script under the browser model, on the runtime thread.
//
// Owns the main context and everything the script can reach that V8 does not provide itself:
// console, timers, queueMicrotask, requestAnimationFrame, requestIdleCallback, MessageChannel and
// postMessage, structuredClone, performance.now, the `__ls` hooks the instrumenter's code
// calls, the PromiseHook-based microtask tracker, GC callbacks, error and rejection reporting.
// Run() checks the script for syntax errors, instruments it, evaluates it as the first task and
// then runs the event loop until it is quiescent or stopped. It writes RunStarted … RunEnded.
//
// Thread: runtime thread only; the isolate must be entered (Isolate::Scope) by the caller.
// Does not own the isolate, the trace or the clock.
#pragma once

#include <v8.h>

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "runtime/host/MicrotaskTracker.h"
#include "runtime/host/TraceRecorder.h"
#include "runtime/loop/BrowserEventLoop.h"
#include "runtime/session/RunOptions.h"
#include "runtime/session/RunSession.h"

namespace loopscope {

class BrowserHost final : public LoopHost {
 public:
  BrowserHost(v8::Isolate* isolate, TraceRecorder& recorder, RunClock& clock, const RunOptions& options,
              std::atomic<bool>& stop);
  ~BrowserHost() override;

  RunOutcome Run();

  // LoopHost
  void ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) override;
  void AfterMicrotaskCheckpoint() override;

  // For the stop/timeout path: a reason recorded before TerminateExecution.
  void NoteFatal(std::string reason);

 private:
  // Which line each instrumented frame is on (from the `__ls.line` statement markers): `current`
  // for the running frame, `saved` for its callers. A callee's FunctionEnter carries its caller's
  // line. Frames that leave without a matching entry (a resumed await) just find `saved` empty.
  struct CallLines {
    uint32_t current = 0;
    std::vector<uint32_t> saved;
    void Push() {
      saved.push_back(current);
      current = 0;
    }
    void Pop() {
      current = saved.empty() ? 0 : saved.back();
      if (!saved.empty()) saved.pop_back();
    }
  };
  struct PendingRejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  void InstallGlobals(v8::Local<v8::Context> context);
  void RunPrelude(v8::Local<v8::Context> context);  // runtime/js/*.js: newer built-ins, web messaging
  void EmitConsole(ConsoleLevel level, const std::string& text);
  // Records where in the user's script the innermost frame is (the call into the host being made).
  void NoteCallSite();
  // What every host function the script calls does first: let the microtask tracker catch up with
  // the hooks seen so far, then note the call site.
  void EnterFromScript();
  void ReportError(bool in_promise, const std::string& message, const std::string& stack);

  static BrowserHost* From(v8::Isolate* isolate);
  static void ConsoleCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ClearTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void QueueMicrotaskCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FrameCallbackRequest(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FrameCallbackCancel(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludePostTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeReportError(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeStructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeCheckpoint(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PerformanceNowCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HookCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PromiseRejectCallback(v8::PromiseRejectMessage message);
  static void GcPrologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags, void* data);
  static void GcEpilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags flags, void* data);
  static void JitCodeEventHandler(const v8::JitCodeEvent* event);
  static size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit);

  v8::Isolate* m_isolate;
  TraceRecorder& m_recorder;
  RunClock& m_clock;
  const RunOptions& m_options;
  std::atomic<bool>& m_stop;
  v8::Global<v8::Context> m_context;
  std::unique_ptr<MicrotaskTracker> m_microtasks;
  std::unique_ptr<BrowserEventLoop> m_loop;
  std::vector<PendingRejection> m_pending_rejections;
  std::string m_fatal_reason;
  std::thread::id m_runtime_thread;
  int m_user_script_id = -1;  // V8's id of the compiled user script
  CallLines m_call_lines;
  std::map<std::string, uint64_t> m_console_counts;  // console.count labels
};

}  // namespace loopscope
