// BrowserModel.h — one run of one script under the browser model, on the runtime thread.
//
// Owns the run's isolate and main context and everything the script can reach that V8 does not
// provide itself: console, timers, queueMicrotask, requestAnimationFrame, requestIdleCallback,
// performance.now (BrowserGlobals.cpp); MessageChannel and postMessage, structuredClone,
// DOMException, AbortController, scheduler.postTask / yield and TaskController, navigator,
// location, crypto, localStorage / sessionStorage (host scripts js/*.js, their native half in
// BrowserWebApiHost.cpp); fetch, Response and Headers (js/fetch.js, FetchHost.h: files of the
// script's folder through a network service on its own thread); the document, its events and MutationObserver (js/dom.js, BrowserPage.cpp); and HTML's error reporting: error, unhandledrejection and
// rejectionhandled events (WindowErrors.cpp). What every model shares — compile + instrument, the
// `__ls` hooks, the microtask tracker, GC/JIT, errors — is the Engine's. Run() checks the script
// for syntax errors, instruments it, evaluates it as the first task and then runs the
// BrowserEventLoop until it is quiescent or stopped. It writes RunStarted … (RunSession writes
// RunEnded). Sandboxed: the script gets no file system, process or network of the machine (fetch
// reads its own folder and nothing else).
//
// Threads: Run() on the runtime thread; Interrupt() from any thread.
#pragma once

#include <v8.h>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/core/InterruptGate.h"
#include "runtime/engine/Engine.h"
#include "runtime/models/EventLoopModel.h"
#include "runtime/models/browser/BrowserEventLoop.h"
#include "runtime/models/browser/FetchHost.h"

namespace loopscope {

class BrowserModel final : public EventLoopModel, public LoopHost {
 public:
  explicit BrowserModel(RunEnvironment environment);
  ~BrowserModel() override;

  // EventLoopModel
  RunOutcome Run() override;
  void Interrupt() override;

  // LoopHost
  void ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) override;
  void AfterMicrotaskCheckpoint() override;
  void CheckpointStopped(uint64_t jobs_run, uint64_t jobs_dropped) override;
  v8::Local<v8::String> RuntimeCode(v8::Local<v8::String> code) override;
  void UserClick(uint32_t element_id) override;          // BrowserPage.cpp
  QuiescentAction WhenQuiescent() override;              // BrowserPage.cpp
  bool OnNothingRunnable() override;                     // BrowserPage.cpp

 private:
  struct PendingRejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  RunOutcome RunInIsolate();
  // The Engine's hooks and observers, the loop, the globals and the host scripts (interrupts held).
  void SetUpHost(v8::Local<v8::Context> context);
  RunOutcome StoppedBeforeTheScript() const;
  void StopFromInside();  // a resource limit: same path as a Stop from the UI
  void InstallGlobals(v8::Local<v8::Context> context);  // BrowserGlobals.cpp
  void RunPrelude(v8::Local<v8::Context> context);      // js/*.js: newer built-ins, web messaging
  // BrowserWebApiHost.cpp: adds to the host object the prelude scripts receive what scheduling.js,
  // crypto.js, navigator.js and location.js build on (see there).
  void InstallWebApiHost(v8::Local<v8::Context> context, v8::Local<v8::Object> host);
  // BrowserPage.cpp: the native half of dom.js (page changes, the mutation observer microtask).
  void InstallPageHost(v8::Local<v8::Context> context, v8::Local<v8::Object> host);
  void TakePageObject(v8::Local<v8::Context> context, v8::Local<v8::Object> host);  // keeps host.dom
  v8::MaybeLocal<v8::Value> CallPage(const char* name, std::vector<v8::Local<v8::Value>> args);  // host.dom[name](...args)
  void RecordPageIfChanged();  // a PageSnapshot event if the document changed since the last one
  void ScriptEvaluated();      // the script's task is over: document.currentScript becomes null
  void QueueUserInput(uint32_t element_id, bool release);  // a press (or release) task for element_id

  static BrowserModel* From(v8::Isolate* isolate);
  static void ConsoleCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ClearTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void QueueMicrotaskCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FrameCallbackRequest(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FrameCallbackCancel(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludePostTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeReportError(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeReportErrorFromScript(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeStructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeCheckpoint(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PreludeNameBuiltins(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HostCreateSchedulingQueue(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HostSetSchedulingQueuePriority(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HostPostSchedulingTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HostCancelSchedulingTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HostFillRandom(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PerformanceNowCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void PromiseRejectCallback(v8::PromiseRejectMessage message);
  // WindowErrors.cpp: the window's error and rejection events.
  void InstallErrorEvents(v8::Local<v8::Context> context, v8::Local<v8::Object> host);
  bool FireErrorEvent(v8::Local<v8::Context> context, v8::Local<v8::Value> exception, v8::Local<v8::Message> message);
  // The ErrorEvent's message for `exception` as Chromium words it; empty while terminating.
  v8::MaybeLocal<v8::String> ErrorEventMessage(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                                               v8::Local<v8::Message> message) const;
  bool IsDomException(v8::Local<v8::Value> value) const;
  bool FireRejectionEvent(v8::Local<v8::Context> context, const char* type, v8::Local<v8::Value> promise,
                          v8::Local<v8::Value> reason);
  static void NotifyRejectionsTask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void RejectionHandledTask(const v8::FunctionCallbackInfo<v8::Value>& info);

  RunEnvironment m_env;
  InterruptGate m_interrupts;         // TerminateExecution while the isolate exists
  v8::Isolate* m_isolate = nullptr;   // while Run() has one (runtime thread only)
  v8::Global<v8::Context> m_context;
  std::unique_ptr<Engine> m_engine;
  std::unique_ptr<BrowserEventLoop> m_loop;
  std::unique_ptr<FetchHost> m_fetch;                      // fetch.js's native half (after m_loop)
  std::vector<PendingRejection> m_pending_rejections;      // rejected without a handler since the last checkpoint
  std::vector<PendingRejection> m_outstanding_rejections;  // reported as unhandled (HTML's weak set)
  v8::Global<v8::Function> m_fire_error_event;             // event_target.js host.fireErrorEvent
  v8::Global<v8::Function> m_fire_rejection_event;         // host.fireRejectionEvent
  v8::Global<v8::Object> m_dom_exception_prototype;        // host.DOMException.prototype, taken before the script
  std::map<std::string, uint64_t> m_console_counts;  // console.count labels
  v8::Global<v8::Object> m_dom;                       // dom.js host.dom
  bool m_page_changed = true;                         // the document changed since the last PageSnapshot
  std::size_t m_next_input_click = 0;                 // RunOptions::input_clicks not yet delivered
  std::deque<uint32_t> m_pending_releases;            // pressed elements whose release is still to come
};

}  // namespace loopscope
