// MicrotaskTracker.h — records every microtask job at the moment it enters V8's queue, and when
// it runs, naming the callback and where it came from.
//
// How: V8's PromiseHook reports init(promise, parent), resolve(promise), before(promise) and
// after(promise) but not the handlers or the jobs themselves. The tracker rebuilds the jobs:
//  - init(child, parent) for a `then` (Promise.prototype.then/catch/finally are wrapped natively
//    to note the handlers' names — no extra ticks) or an `await` (the instrumenter's
//    __ls.awaiting marks the site): if the parent is already settled the reaction job is queued
//    now, otherwise it is registered on the parent and queued when the parent settles, in
//    registration order.
//  - resolve(P) fires before P changes state, so it is looked at on the next observation (the next
//    hook or host callback): P settled → its registered reactions were queued; P still pending →
//    P was resolved with a thenable and a PromiseResolveThenableJob was queued.
//  - before(P) / after(P) bracket the job queued under P (a reaction job runs as its derived
//    promise; a thenable job as the promise being resolved).
//  - await's hidden wrapper promise W is recognised by being resolved right after its init.
// queueMicrotask jobs are enqueued by the host through EnqueueCallback and bracketed natively.
//
// Thread: runtime thread only (PromiseHook runs there). Owns: per-promise bookkeeping keyed by a
// private-symbol id on each promise; nothing observable by the script.
#pragma once

#include <v8.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/engine/TraceRecorder.h"

namespace loopscope {

class MicrotaskTracker {
 public:
  MicrotaskTracker(v8::Isolate* isolate, TraceRecorder& recorder);
  ~MicrotaskTracker();

  v8::Isolate* Isolate() const { return m_isolate; }

  // Installs the PromiseHook and wraps Promise.prototype.then/catch/finally in `context`.
  void Install(v8::Local<v8::Context> context);
  void Uninstall();

  // The next observation point: turns pending hook observations into enqueue events.
  // Called by every host callback before it records anything.
  void Observe();

  // The instrumenter's await site: function `function_id` is about to await `value`.
  void NoteAwait(uint32_t function_id, v8::Local<v8::Value> value);

  // queueMicrotask(callback) (or a host microtask of another source, e.g. the mutation observer
  // microtask): records the enqueue and queues a native wrapper that records the run.
  void EnqueueCallback(v8::Local<v8::Context> context, v8::Local<v8::Function> callback,
                       MicrotaskSource source = MicrotaskSource::QueueMicrotask);

  // Safety net at the end of a checkpoint: any registered reaction whose promise has settled
  // without a hook being seen is queued now.
  void SweepSettled();
  // An id for a microtask the host queues itself (node: nextTick, queueMicrotask), from the same
  // id space as the jobs this tracker records.
  uint32_t NewMicrotaskId() { return m_next_microtask_id++; }
  // Jobs recorded as enqueued and not yet started; jobs started so far.
  uint64_t QueuedJobs() const { return m_enqueued_count - m_started_count; }
  uint64_t StartedJobs() const { return m_started_count; }
  // The jobs V8 threw away (a terminated checkpoint empties its queue): forgets them; returns how
  // many there were. Reactions still waiting for their promise stay.
  uint64_t DropQueued();

  // Called when the script calls then/catch/finally, before anything is recorded (the host notes
  // the call site's line).
  void SetCallSiteHook(std::function<void()> hook) { m_call_site_hook = std::move(hook); }

  // Called by the host when a job threw and nobody caught it (queueMicrotask callbacks).
  using ErrorCallback = void (*)(void* user, v8::Local<v8::Context> context, const v8::TryCatch& try_catch);
  void SetErrorCallback(ErrorCallback callback, void* user) { m_error_callback = callback; m_error_user = user; }

 private:
  struct Job {
    uint32_t microtask_id;
    uint32_t name;
    MicrotaskSource source;
    uint32_t await_function_id;  // resumes this function's frame when it runs (0: none)
  };
  struct Reaction {
    uint32_t child;              // promise id the job runs as
    uint32_t on_fulfilled_name;  // string ids; 0 = no handler (value passes through)
    uint32_t on_rejected_name;
    MicrotaskSource source;
    uint32_t await_function_id;
  };
  struct PromiseRecord {
    v8::Global<v8::Promise> handle;    // held only while reactions are registered (SweepSettled)
    std::vector<Reaction> reactions;   // registered while pending, in registration order
    std::deque<Job> queued;            // jobs that will run as before(this promise)
    bool thenable_job_queued = false;  // a PromiseResolveThenableJob for it is queued and not yet run
  };
  struct HandlerNote {                 // set by the then/catch/finally wrappers, consumed by init
    v8::Global<v8::Value> receiver;
    uint32_t on_fulfilled_name = 0;
    uint32_t on_rejected_name = 0;
    MicrotaskSource source = MicrotaskSource::Then;
    bool active = false;
  };
  struct AwaitNote {
    uint32_t function_id = 0;
    v8::Global<v8::Value> awaited;
    uint32_t wrapper = 0;              // W, once seen
    bool active = false;
  };
  struct PendingObservation {          // in hook order
    enum class Kind { Resolved, Unclassified } kind;
    uint32_t promise;                  // Resolved: P; Unclassified: the child
    uint32_t parent = 0;               // Unclassified: its parent
    v8::Global<v8::Promise> handle;    // Resolved: P; Unclassified: the parent
  };

  static void HookThunk(v8::PromiseHookType type, v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent);
  void OnInit(v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent);
  void OnResolve(v8::Local<v8::Promise> promise);
  void OnBefore(v8::Local<v8::Promise> promise);
  void OnAfter(v8::Local<v8::Promise> promise);

  static void ThenWrapper(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void CatchWrapper(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void FinallyWrapper(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void RunQueuedCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
  void CallOriginal(const v8::FunctionCallbackInfo<v8::Value>& info, const v8::Global<v8::Function>& original,
                    HandlerNote note);

  uint32_t PromiseId(v8::Local<v8::Promise> promise);  // assigns one on first sight
  void RegisterReaction(uint32_t parent_id, v8::Local<v8::Promise> parent, Reaction reaction);
  void QueueReaction(const Reaction& reaction, v8::Promise::PromiseState parent_state);
  void QueueJob(uint32_t run_as_promise, Job job);
  void SettleObserved(uint32_t promise_id, v8::Local<v8::Promise> promise);
  uint32_t NameOf(v8::Local<v8::Value> callback);

  v8::Isolate* m_isolate;
  TraceRecorder& m_recorder;
  v8::Global<v8::Context> m_context;
  v8::Global<v8::Private> m_id_key;
  v8::Global<v8::Function> m_original_then, m_original_catch, m_original_finally;
  std::unordered_map<uint32_t, PromiseRecord> m_promises;
  std::vector<PendingObservation> m_pending;
  std::vector<Job> m_running;          // jobs between before and after (nesting is possible in theory)
  HandlerNote m_handler_note;
  AwaitNote m_await_note;
  uint32_t m_next_promise_id = 1;
  uint32_t m_next_microtask_id = 1;
  uint64_t m_enqueued_count = 0;
  uint64_t m_started_count = 0;
  uint32_t m_thenable_job_name = 0;
  uint32_t m_pass_through_name = 0;
  uint32_t m_internal_continuation_name = 0;  // an await V8 made itself (async iteration…)
  std::function<void()> m_call_site_hook;
  ErrorCallback m_error_callback = nullptr;
  void* m_error_user = nullptr;
};

}  // namespace loopscope
