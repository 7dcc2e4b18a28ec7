#include "runtime/engine/MicrotaskTracker.h"

#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

// The runtime thread's tracker. A thread-local rather than an isolate data slot: under the node
// model the isolate is Node's, and its slots are not ours to take.
thread_local MicrotaskTracker* t_tracker = nullptr;

MicrotaskTracker* TrackerOf(v8::Isolate* isolate) {
  return t_tracker != nullptr && t_tracker->Isolate() == isolate ? t_tracker : nullptr;
}

bool IsSettled(v8::Local<v8::Promise> promise) { return promise->State() != v8::Promise::kPending; }

}  // namespace

MicrotaskTracker::MicrotaskTracker(v8::Isolate* isolate, TraceRecorder& recorder)
    : m_isolate(isolate), m_recorder(recorder) {
  m_thenable_job_name = m_recorder.Intern("PromiseResolveThenableJob");
  m_pass_through_name = m_recorder.Intern("(pass-through)");
  m_internal_continuation_name = m_recorder.Intern("(async continuation)");
}

MicrotaskTracker::~MicrotaskTracker() { Uninstall(); }

void MicrotaskTracker::Install(v8::Local<v8::Context> context) {
  v8::HandleScope scope(m_isolate);
  m_context.Reset(m_isolate, context);
  m_id_key.Reset(m_isolate, v8::Private::New(m_isolate, V8String(m_isolate, "loopscope:promise-id")));
  t_tracker = this;

  // Wrap then/catch/finally natively: the wrappers note the handlers' names, then call the
  // original synchronously, so the number of ticks is exactly the spec's.
  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::Object> promise_ctor =
      global->Get(context, V8String(m_isolate, "Promise")).ToLocalChecked().As<v8::Object>();
  v8::Local<v8::Object> prototype =
      promise_ctor->Get(context, V8String(m_isolate, "prototype")).ToLocalChecked().As<v8::Object>();
  struct WrapSpec {
    const char* name;
    int length;
    v8::FunctionCallback callback;
    v8::Global<v8::Function>* original;
  };
  const WrapSpec specs[] = {{"then", 2, &ThenWrapper, &m_original_then},
                            {"catch", 1, &CatchWrapper, &m_original_catch},
                            {"finally", 1, &FinallyWrapper, &m_original_finally}};
  for (const WrapSpec& spec : specs) {
    v8::Local<v8::String> key = V8String(m_isolate, spec.name);
    spec.original->Reset(m_isolate, prototype->Get(context, key).ToLocalChecked().As<v8::Function>());
    v8::Local<v8::Function> wrapper =
        v8::Function::New(context, spec.callback, v8::Local<v8::Value>(), spec.length,
                          v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
    wrapper->SetName(key);
    prototype->DefineOwnProperty(context, key, wrapper, v8::DontEnum).Check();
  }
  m_isolate->SetPromiseHook(&HookThunk);
}

void MicrotaskTracker::Uninstall() {
  if (m_context.IsEmpty()) return;
  m_isolate->SetPromiseHook(nullptr);
  if (t_tracker == this) t_tracker = nullptr;
  m_context.Reset();
}

uint32_t MicrotaskTracker::PromiseId(v8::Local<v8::Promise> promise) {
  v8::Local<v8::Context> context = m_isolate->GetCurrentContext();
  v8::Local<v8::Private> key = m_id_key.Get(m_isolate);
  v8::Local<v8::Value> stored;
  if (promise->GetPrivate(context, key).ToLocal(&stored) && stored->IsUint32()) {
    return stored.As<v8::Uint32>()->Value();
  }
  uint32_t id = m_next_promise_id++;
  (void)promise->SetPrivate(context, key, v8::Integer::NewFromUnsigned(m_isolate, id));
  return id;
}

uint32_t MicrotaskTracker::NameOf(v8::Local<v8::Value> callback) {
  if (!callback->IsFunction()) return 0;
  return m_recorder.Intern(FunctionDisplayName(m_isolate, callback.As<v8::Function>()));
}

void MicrotaskTracker::HookThunk(v8::PromiseHookType type, v8::Local<v8::Promise> promise,
                                 v8::Local<v8::Value> parent) {
  v8::Isolate* isolate = promise->GetIsolate();
  MicrotaskTracker* tracker = TrackerOf(isolate);
  // While V8 unwinds a terminated script, no API call may allocate: record nothing more.
  if (tracker == nullptr || isolate->IsExecutionTerminating()) return;
  switch (type) {
    case v8::PromiseHookType::kInit: tracker->OnInit(promise, parent); break;
    case v8::PromiseHookType::kResolve: tracker->OnResolve(promise); break;
    case v8::PromiseHookType::kBefore: tracker->OnBefore(promise); break;
    case v8::PromiseHookType::kAfter: tracker->OnAfter(promise); break;
  }
}

void MicrotaskTracker::OnInit(v8::Local<v8::Promise> promise, v8::Local<v8::Value> parent) {
  Observe();
  uint32_t child = PromiseId(promise);
  if (!parent->IsPromise()) return;  // new Promise, Promise.resolve, an async function's own promise…
  v8::Local<v8::Promise> parent_promise = parent.As<v8::Promise>();
  uint32_t parent_id = PromiseId(parent_promise);

  if (m_handler_note.active && m_handler_note.receiver.Get(m_isolate)->StrictEquals(parent)) {
    m_handler_note.active = false;
    RegisterReaction(parent_id, parent_promise,
                     Reaction{child, m_handler_note.on_fulfilled_name, m_handler_note.on_rejected_name,
                              m_handler_note.source, 0});
    return;
  }
  // Not a then we saw: an await's wrapper W (parent = the async function's promise; W is resolved
  // next) or the await's reaction (parent = the awaited promise or W). Decided at the next hook.
  PendingObservation observation{PendingObservation::Kind::Unclassified, child, parent_id, {}};
  observation.handle.Reset(m_isolate, parent_promise);
  m_pending.push_back(std::move(observation));
}

void MicrotaskTracker::OnResolve(v8::Local<v8::Promise> promise) {
  uint32_t id = PromiseId(promise);
  // A promise resolved right after its unexplained init is an await's wrapper, not a reaction.
  if (!m_pending.empty() && m_pending.back().kind == PendingObservation::Kind::Unclassified &&
      m_pending.back().promise == id) {
    if (m_await_note.active && m_await_note.wrapper == 0) m_await_note.wrapper = id;
    m_pending.pop_back();
  }
  Observe();
  PendingObservation observation{PendingObservation::Kind::Resolved, id, 0, {}};
  observation.handle.Reset(m_isolate, promise);
  m_pending.push_back(std::move(observation));
}

void MicrotaskTracker::Observe() {
  if (m_pending.empty()) return;
  std::vector<PendingObservation> pending;
  pending.swap(m_pending);
  v8::HandleScope scope(m_isolate);
  for (PendingObservation& observation : pending) {
    v8::Local<v8::Promise> handle = observation.handle.Get(m_isolate);
    if (observation.kind == PendingObservation::Kind::Resolved) {
      SettleObserved(observation.promise, handle);
      continue;
    }
    Reaction reaction{observation.promise, 0, 0, MicrotaskSource::Internal, 0};
    bool from_await = m_await_note.active &&
                      (m_await_note.awaited.Get(m_isolate)->StrictEquals(handle) ||
                       (m_await_note.wrapper != 0 && m_await_note.wrapper == observation.parent));
    if (from_await) {
      uint32_t name = m_recorder.GetTrace().Function(m_await_note.function_id).name;
      reaction = Reaction{observation.promise, name, name, MicrotaskSource::Await, m_await_note.function_id};
      m_await_note.active = false;
      m_await_note.awaited.Reset();
    } else {
      reaction.on_fulfilled_name = reaction.on_rejected_name = m_internal_continuation_name;
    }
    RegisterReaction(observation.parent, handle, reaction);
  }
}

void MicrotaskTracker::SettleObserved(uint32_t promise_id, v8::Local<v8::Promise> promise) {
  auto it = m_promises.find(promise_id);
  if (IsSettled(promise)) {
    if (it == m_promises.end()) return;
    std::vector<Reaction> reactions;
    reactions.swap(it->second.reactions);
    it->second.handle.Reset();
    v8::Promise::PromiseState state = promise->State();
    for (const Reaction& reaction : reactions) QueueReaction(reaction, state);
    if (it->second.queued.empty() && !it->second.thenable_job_queued) m_promises.erase(it);
    return;
  }
  // Still pending after resolve: resolved with a thenable (the spec's NewPromiseResolveThenableJob).
  PromiseRecord& record = m_promises[promise_id];
  if (record.thenable_job_queued) return;  // a repeated resolve call; the first one won
  record.thenable_job_queued = true;
  QueueJob(promise_id, Job{0, m_thenable_job_name, MicrotaskSource::ResolveThenable, 0});
}

void MicrotaskTracker::RegisterReaction(uint32_t parent_id, v8::Local<v8::Promise> parent, Reaction reaction) {
  if (IsSettled(parent)) {
    QueueReaction(reaction, parent->State());
    return;
  }
  PromiseRecord& record = m_promises[parent_id];
  if (record.handle.IsEmpty()) record.handle.Reset(m_isolate, parent);
  record.reactions.push_back(reaction);
}

void MicrotaskTracker::QueueReaction(const Reaction& reaction, v8::Promise::PromiseState parent_state) {
  uint32_t name = parent_state == v8::Promise::kRejected ? reaction.on_rejected_name : reaction.on_fulfilled_name;
  if (name == 0) name = m_pass_through_name;
  QueueJob(reaction.child, Job{0, name, reaction.source, reaction.await_function_id});
}

void MicrotaskTracker::QueueJob(uint32_t run_as_promise, Job job) {
  job.microtask_id = m_next_microtask_id++;
  m_promises[run_as_promise].queued.push_back(job);
  ++m_enqueued_count;
  m_recorder.Emit(EventKind::MicrotaskEnqueued, static_cast<uint8_t>(job.source), job.microtask_id, job.name);
}

void MicrotaskTracker::OnBefore(v8::Local<v8::Promise> promise) {
  Observe();
  uint32_t id = PromiseId(promise);
  Job job{0, 0, MicrotaskSource::Internal, 0};
  auto it = m_promises.find(id);
  if (it != m_promises.end() && !it->second.queued.empty()) {
    job = it->second.queued.front();
    it->second.queued.pop_front();
    if (job.source == MicrotaskSource::ResolveThenable) it->second.thenable_job_queued = false;
    ++m_started_count;
  } else {
    // A job queued before we could see it (should not happen): show it rather than hide it.
    job = Job{m_next_microtask_id++, m_recorder.Intern("(unknown job)"), MicrotaskSource::Internal, 0};
  }
  m_running.push_back(job);
  m_recorder.Emit(EventKind::MicrotaskStarted, static_cast<uint8_t>(job.source), job.microtask_id, job.name);
  if (job.await_function_id != 0) m_recorder.Emit(EventKind::FunctionResume, 0, job.await_function_id);
}

void MicrotaskTracker::OnAfter(v8::Local<v8::Promise> promise) {
  Observe();
  if (m_running.empty()) return;
  Job job = m_running.back();
  m_running.pop_back();
  m_recorder.Emit(EventKind::MicrotaskEnded, static_cast<uint8_t>(job.source), job.microtask_id);
  uint32_t id = PromiseId(promise);
  auto it = m_promises.find(id);
  if (it != m_promises.end() && it->second.queued.empty() && it->second.reactions.empty() &&
      !it->second.thenable_job_queued) {
    m_promises.erase(it);
  }
}

void MicrotaskTracker::NoteAwait(uint32_t function_id, v8::Local<v8::Value> value) {
  Observe();
  m_await_note.function_id = function_id;
  m_await_note.awaited.Reset(m_isolate, value);
  m_await_note.wrapper = 0;
  m_await_note.active = true;
}

void MicrotaskTracker::SweepSettled() {
  Observe();
  v8::HandleScope scope(m_isolate);
  std::vector<uint32_t> settled;
  for (auto& [id, record] : m_promises) {
    if (!record.reactions.empty() && !record.handle.IsEmpty() && IsSettled(record.handle.Get(m_isolate))) {
      settled.push_back(id);
    }
  }
  for (uint32_t id : settled) {
    v8::Local<v8::Promise> promise = m_promises[id].handle.Get(m_isolate);
    SettleObserved(id, promise);
  }
}

// --- then / catch / finally wrappers -------------------------------------------------------------

void MicrotaskTracker::CallOriginal(const v8::FunctionCallbackInfo<v8::Value>& info,
                                    const v8::Global<v8::Function>& original, HandlerNote note) {
  Observe();
  if (m_call_site_hook && !m_handler_note.active) m_call_site_hook();
  v8::Local<v8::Context> context = m_isolate->GetCurrentContext();
  std::vector<v8::Local<v8::Value>> args;
  for (int i = 0; i < info.Length(); ++i) args.push_back(info[i]);
  // catch and finally call this.then internally: their note (names, source) must survive that
  // inner then, which only updates the receiver.
  m_handler_note.receiver.Reset(m_isolate, info.This());
  if (!m_handler_note.active || note.source != MicrotaskSource::Then) {
    m_handler_note.on_fulfilled_name = note.on_fulfilled_name;
    m_handler_note.on_rejected_name = note.on_rejected_name;
    m_handler_note.source = note.source;
    m_handler_note.active = true;
  }
  v8::Local<v8::Value> result;
  bool ok = original.Get(m_isolate)
                ->Call(context, info.This(), static_cast<int>(args.size()), args.data())
                .ToLocal(&result);
  if (ok && m_handler_note.active && result->IsPromise() && info.This()->IsPromise()) {
    // No init(child, this) was seen: a Promise subclass built the derived promise through its own
    // constructor. Its reaction still runs as before(result): register it here.
    v8::Local<v8::Promise> parent = info.This().As<v8::Promise>();
    RegisterReaction(PromiseId(parent), parent,
                     Reaction{PromiseId(result.As<v8::Promise>()), m_handler_note.on_fulfilled_name,
                              m_handler_note.on_rejected_name, m_handler_note.source, 0});
  }
  m_handler_note.active = false;
  if (ok) info.GetReturnValue().Set(result);
}

void MicrotaskTracker::ThenWrapper(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MicrotaskTracker* tracker = TrackerOf(info.GetIsolate());
  HandlerNote note;
  note.on_fulfilled_name = tracker->NameOf(info[0]);
  note.on_rejected_name = tracker->NameOf(info[1]);
  note.source = MicrotaskSource::Then;
  tracker->CallOriginal(info, tracker->m_original_then, std::move(note));
}

void MicrotaskTracker::CatchWrapper(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MicrotaskTracker* tracker = TrackerOf(info.GetIsolate());
  HandlerNote note;
  note.on_rejected_name = tracker->NameOf(info[0]);
  note.source = MicrotaskSource::Catch;
  tracker->CallOriginal(info, tracker->m_original_catch, std::move(note));
}

void MicrotaskTracker::FinallyWrapper(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MicrotaskTracker* tracker = TrackerOf(info.GetIsolate());
  HandlerNote note;
  note.on_fulfilled_name = note.on_rejected_name = tracker->NameOf(info[0]);
  note.source = MicrotaskSource::Finally;
  tracker->CallOriginal(info, tracker->m_original_finally, std::move(note));
}

// --- queueMicrotask ----------------------------------------------------------------------------

uint64_t MicrotaskTracker::DropQueued() {
  const uint64_t dropped = QueuedJobs();
  for (auto it = m_promises.begin(); it != m_promises.end();) {
    it->second.queued.clear();
    it->second.thenable_job_queued = false;
    it = it->second.reactions.empty() ? m_promises.erase(it) : std::next(it);
  }
  m_enqueued_count = m_started_count;
  return dropped;
}

void MicrotaskTracker::EnqueueCallback(v8::Local<v8::Context> context, v8::Local<v8::Function> callback,
                                       MicrotaskSource source) {
  Observe();
  uint32_t id = m_next_microtask_id++;
  uint32_t name = NameOf(callback);
  v8::Local<v8::Value> items[] = {callback, v8::Integer::NewFromUnsigned(m_isolate, id),
                                  v8::Integer::NewFromUnsigned(m_isolate, name),
                                  v8::Integer::NewFromUnsigned(m_isolate, static_cast<uint32_t>(source))};
  v8::Local<v8::Array> data = v8::Array::New(m_isolate, items, 4);
  v8::Local<v8::Function> runner;
  if (!v8::Function::New(context, &RunQueuedCallback, data, 0, v8::ConstructorBehavior::kThrow).ToLocal(&runner)) {
    return;  // terminating
  }
  ++m_enqueued_count;
  m_recorder.Emit(EventKind::MicrotaskEnqueued, static_cast<uint8_t>(source), id, name);
  m_isolate->EnqueueMicrotask(runner);
}

void MicrotaskTracker::RunQueuedCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  MicrotaskTracker* tracker = TrackerOf(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Value> callback_value, id_value, name_value, source_value;
  if (isolate->IsExecutionTerminating() || !data->Get(context, 0).ToLocal(&callback_value) ||
      !data->Get(context, 1).ToLocal(&id_value) || !data->Get(context, 2).ToLocal(&name_value) ||
      !data->Get(context, 3).ToLocal(&source_value)) {
    return;
  }
  v8::Local<v8::Function> callback = callback_value.As<v8::Function>();
  uint32_t id = id_value.As<v8::Uint32>()->Value();
  uint32_t name = name_value.As<v8::Uint32>()->Value();
  auto source = static_cast<uint8_t>(source_value.As<v8::Uint32>()->Value());
  if (tracker != nullptr) {
    tracker->Observe();
    ++tracker->m_started_count;
    tracker->m_recorder.Emit(EventKind::MicrotaskStarted, source, id, name);
  }
  {
    // HTML: queueMicrotask's callback is invoked with "report the exception" on throw (the mutation
    // observer microtask reports its callbacks' exceptions itself).
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> ignored = callback->Call(context, v8::Undefined(isolate), 0, nullptr);
    (void)ignored;
    if (try_catch.HasCaught() && try_catch.CanContinue() && tracker != nullptr && tracker->m_error_callback) {
      tracker->m_error_callback(tracker->m_error_user, context, try_catch);
    }
    // A termination (Stop, --timeout, a resource limit) must go on ending the run: re-throwing it
    // would turn it into an ordinary exception ("Uncaught null") and let later jobs run.
    if (try_catch.HasTerminated()) {
      isolate->TerminateExecution();
      return;
    }
  }
  if (tracker != nullptr) {
    tracker->Observe();
    tracker->m_recorder.Emit(EventKind::MicrotaskEnded, source, id);
  }
}

}  // namespace loopscope
