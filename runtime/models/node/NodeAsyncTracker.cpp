#include "runtime/models/node/NodeAsyncTracker.h"

#include <cmath>

#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

// Node's async resource types whose work runs on libuv's thread pool.
bool IsThreadPoolType(const std::string& type) {
  return type == "FSREQCALLBACK" || type == "FSREQPROMISE" || type == "GETADDRINFOREQWRAP" ||
         type == "GETNAMEINFOREQWRAP" || type == "ZLIB" || type == "PBKDF2REQUEST" || type == "RANDOMBYTESREQUEST" ||
         type == "SCRYPTREQUEST" || type == "HASHREQUEST" || type == "KEYGENREQUEST" || type == "CHECKPRIMEREQUEST" ||
         type == "RANDOMPRIMEREQUEST" || type == "SIGNREQUEST" || type == "DERIVEBITSREQUEST" || type == "QUERYWRAP";
}

// What a learner calls the work behind a thread-pool resource type.
const char* ThreadPoolLabel(const std::string& type) {
  if (type == "FSREQCALLBACK" || type == "FSREQPROMISE") return "fs";
  if (type == "GETADDRINFOREQWRAP" || type == "GETNAMEINFOREQWRAP" || type == "QUERYWRAP") return "dns";
  if (type == "ZLIB") return "zlib";
  return "crypto";
}

uint32_t IdOf(double async_id) {
  return async_id >= 1 && async_id < 4294967295.0 ? static_cast<uint32_t>(async_id) : 0;
}

v8::Local<v8::Value> Field(v8::Local<v8::Context> context, v8::Local<v8::Value> object, const char* key) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> value;
  if (!object->IsObject() || !object.As<v8::Object>()->Get(context, V8String(isolate, key)).ToLocal(&value)) {
    return v8::Undefined(isolate);
  }
  return value;
}

}  // namespace

MicrotaskSource NodeAsyncTracker::MicrotaskSourceOf(Kind kind) {
  return kind == Kind::NextTick ? MicrotaskSource::NextTick : MicrotaskSource::QueueMicrotask;
}

NodeAsyncTracker::Kind NodeAsyncTracker::KindOf(const std::string& type) {
  if (type == "Timeout") return Kind::Timer;
  if (type == "Immediate") return Kind::Immediate;
  if (type == "TickObject") return Kind::NextTick;
  if (type == "Microtask") return Kind::QueueMicrotask;
  if (IsThreadPoolType(type)) return Kind::ThreadPool;
  return Kind::Other;
}

uint32_t NodeAsyncTracker::CallbackName(v8::Local<v8::Context> context, v8::Local<v8::Value> callback) {
  TraceRecorder& recorder = m_engine.Recorder();
  if (!callback->IsFunction()) return 0;
  v8::Local<v8::Function> function = callback.As<v8::Function>();
  std::string name = FunctionDisplayName(context->GetIsolate(), function);
  // Node's own lib/ callbacks (a stream's afterWriteTick, timers/promises…) are Node's, not the user's.
  if (!m_engine.IsUserFunction(function)) name = "(node) " + name;
  return recorder.Intern(name);
}

void NodeAsyncTracker::InstallTimer(Resource& resource) {
  m_engine.Recorder().EmitWithDetail(EventKind::TimerInstalled, resource.kind == Kind::Interval ? 1 : 0, resource.id,
                                     resource.name, resource.delay_ms, 0);
}

void NodeAsyncTracker::Init(v8::Local<v8::Context> context, double async_id, const std::string& type,
                            v8::Local<v8::Value> resource_object) {
  uint32_t id = IdOf(async_id);
  if (id == 0) return;
  m_engine.EnterFromScript();
  TraceRecorder& recorder = m_engine.Recorder();
  Resource resource;
  resource.kind = KindOf(type);
  resource.id = id;
  switch (resource.kind) {
    case Kind::Timer: {
      resource.name = CallbackName(context, Field(context, resource_object, "_onTimeout"));
      double delay = Field(context, resource_object, "_idleTimeout")->NumberValue(context).FromMaybe(1);
      resource.delay_ms = std::isfinite(delay) && delay > 0 ? static_cast<uint32_t>(std::min(delay, 4294967295.0)) : 0;
      if (Field(context, resource_object, "_repeat")->IsNumber()) {
        resource.kind = Kind::Interval;
        resource.timeout.Reset(context->GetIsolate(), resource_object.As<v8::Object>());
      }
      InstallTimer(resource);
      break;
    }
    case Kind::Immediate:
      resource.name = CallbackName(context, Field(context, resource_object, "_onImmediate"));
      recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Immediate), id, resource.name);
      break;
    case Kind::NextTick:
    case Kind::QueueMicrotask: {
      resource.name = CallbackName(context, Field(context, resource_object, "callback"));
      if (resource.kind == Kind::QueueMicrotask) {
        // queueMicrotask sets the resource's callback only after init: named again at Before.
        if (resource.name == 0) resource.name = recorder.Intern("queueMicrotask callback");
        if (resource_object->IsObject()) resource.object.Reset(context->GetIsolate(), resource_object.As<v8::Object>());
      }
      resource.microtask_id = m_engine.Microtasks().NewMicrotaskId();
      recorder.Emit(EventKind::MicrotaskEnqueued, static_cast<uint8_t>(MicrotaskSourceOf(resource.kind)),
                    resource.microtask_id, resource.name);
      break;
    }
    case Kind::ThreadPool:
      // Node sets the request's completion callback (oncomplete) only after init: named at Before.
      resource.label = ThreadPoolLabel(type);
      resource.name = recorder.Intern(resource.label + " request");
      if (resource_object->IsObject()) resource.object.Reset(context->GetIsolate(), resource_object.As<v8::Object>());
      recorder.Emit(EventKind::ThreadPoolQueued, 0, id, resource.name);
      break;
    case Kind::Other:
    case Kind::Interval:
      resource.name = recorder.Intern(type);
      break;
  }
  m_resources[id] = std::move(resource);
}

void NodeAsyncTracker::Before(double async_id) {
  auto it = m_resources.find(IdOf(async_id));
  if (it == m_resources.end()) return;
  m_engine.Microtasks().Observe();
  Resource& resource = it->second;
  TraceRecorder& recorder = m_engine.Recorder();
  m_running.push_back(resource.id);
  resource.ran = true;
  auto phase_for = [&](NodeLoopObserver::CallbackKind kind) {
    return m_loop != nullptr ? m_loop->EnterPhaseFor(kind) : LoopPhase::Timers;
  };
  switch (resource.kind) {
    case Kind::Timer:
    case Kind::Interval: {
      phase_for(NodeLoopObserver::CallbackKind::Timer);
      auto source = static_cast<uint8_t>(resource.kind == Kind::Interval ? TaskSource::Interval : TaskSource::Timer);
      resource.running_task = resource.kind == Kind::Interval ? m_next_task_id++ : resource.id;
      recorder.Emit(EventKind::TimerFired, 0, resource.id, resource.running_task);
      recorder.Emit(EventKind::TaskEnqueued, source, resource.running_task, resource.name);
      recorder.Emit(EventKind::TaskStarted, source, resource.running_task, resource.name);
      break;
    }
    case Kind::Immediate:
      phase_for(NodeLoopObserver::CallbackKind::Immediate);
      resource.running_task = resource.id;
      recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(TaskSource::Immediate), resource.id, resource.name);
      break;
    case Kind::NextTick:
    case Kind::QueueMicrotask: {
      if (!resource.object.IsEmpty()) {
        v8::Isolate* isolate = m_engine.Isolate();
        v8::HandleScope scope(isolate);
        v8::Local<v8::Context> context = isolate->GetCurrentContext();
        if (uint32_t name = CallbackName(context, Field(context, resource.object.Get(isolate), "callback"))) resource.name = name;
        resource.object.Reset();
      }
      recorder.Emit(EventKind::MicrotaskStarted, static_cast<uint8_t>(MicrotaskSourceOf(resource.kind)),
                    resource.microtask_id, resource.name);
      break;
    }
    case Kind::ThreadPool:
    case Kind::Other: {
      LoopPhase phase = phase_for(NodeLoopObserver::CallbackKind::Other);
      if (resource.kind == Kind::ThreadPool && !resource.object.IsEmpty()) {
        // "fs → readFileAfterRead": which step of the user's call this completion continues.
        v8::Isolate* isolate = m_engine.Isolate();
        v8::HandleScope scope(isolate);
        v8::Local<v8::Context> context = isolate->GetCurrentContext();
        if (uint32_t callback = CallbackName(context, Field(context, resource.object.Get(isolate), "oncomplete"))) {
          std::string step(recorder.GetTrace().String(callback));
          if (step.rfind("(node) ", 0) == 0) step.erase(0, 7);
          resource.name = recorder.Intern(resource.label + " → " + step);
        }
      }
      if (resource.kind == Kind::ThreadPool && !resource.done) {
        // The pool finished the work before the loop noticed; when, only libuv knows: estimated.
        resource.done = true;
        recorder.Emit(EventKind::ThreadPoolDone, 1, resource.id);
      }
      auto source = static_cast<uint8_t>(phase == LoopPhase::Close ? TaskSource::Close : TaskSource::Io);
      resource.running_task = m_next_task_id++;
      recorder.Emit(EventKind::TaskEnqueued, source, resource.running_task, resource.name);
      recorder.Emit(EventKind::TaskStarted, source, resource.running_task, resource.name);
      break;
    }
  }
}

void NodeAsyncTracker::After(double async_id) {
  uint32_t id = IdOf(async_id);
  auto it = m_resources.find(id);
  if (it == m_resources.end()) return;
  m_engine.Microtasks().Observe();
  if (!m_running.empty() && m_running.back() == id) m_running.pop_back();
  Resource& resource = it->second;
  TraceRecorder& recorder = m_engine.Recorder();
  switch (resource.kind) {
    case Kind::NextTick:
    case Kind::QueueMicrotask: {
      recorder.Emit(EventKind::MicrotaskEnded, static_cast<uint8_t>(MicrotaskSourceOf(resource.kind)),
                    resource.microtask_id);
      break;
    }
    case Kind::Interval: {
      recorder.Emit(EventKind::TaskEnded, static_cast<uint8_t>(TaskSource::Interval), resource.running_task);
      // Node re-arms an interval after its callback unless it was cleared (_destroyed) meanwhile.
      v8::Isolate* isolate = m_engine.Isolate();
      v8::HandleScope scope(isolate);
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      bool destroyed = !resource.timeout.IsEmpty() &&
                       Field(context, resource.timeout.Get(isolate), "_destroyed")->BooleanValue(isolate);
      if (!destroyed && !resource.cleared) InstallTimer(resource);
      break;
    }
    case Kind::Timer:
    case Kind::Immediate:
    case Kind::ThreadPool:
    case Kind::Other: {
      auto source = static_cast<uint8_t>(resource.kind == Kind::Timer       ? TaskSource::Timer
                                         : resource.kind == Kind::Immediate ? TaskSource::Immediate
                                         : m_loop != nullptr && m_loop->CurrentPhase() == LoopPhase::Close
                                             ? TaskSource::Close
                                             : TaskSource::Io);
      recorder.Emit(EventKind::TaskEnded, source, resource.running_task);
      break;
    }
  }
  resource.running_task = 0;
}

void NodeAsyncTracker::Destroy(double async_id) {
  auto it = m_resources.find(IdOf(async_id));
  if (it == m_resources.end()) return;
  Resource& resource = it->second;
  // A resource that goes away without its callback having run (a timer unref'd at exit, an
  // aborted timers/promises timer, a request whose result came back as a promise).
  if ((resource.kind == Kind::Timer || resource.kind == Kind::Interval) && !resource.cleared &&
      (resource.kind == Kind::Interval || !resource.ran)) {
    m_engine.Recorder().Emit(EventKind::TimerCleared, 0, resource.id, 0);
  }
  if (resource.kind == Kind::ThreadPool && !resource.done) {
    m_engine.Recorder().Emit(EventKind::ThreadPoolDone, 1, resource.id);
  }
  m_resources.erase(it);
}

void NodeAsyncTracker::Cleared(double async_id, bool immediate) {
  auto it = m_resources.find(IdOf(async_id));
  if (it == m_resources.end() || it->second.cleared) return;
  m_engine.EnterFromScript();
  Resource& resource = it->second;
  resource.cleared = true;
  if (immediate && resource.kind == Kind::Immediate) {
    m_engine.Recorder().Emit(EventKind::TimerCleared, 0, 0, resource.id);  // its task leaves the immediate queue
  } else if (resource.kind == Kind::Timer || resource.kind == Kind::Interval) {
    m_engine.Recorder().Emit(EventKind::TimerCleared, 0, resource.id, 0);
  }
}

void NodeAsyncTracker::Reset() {
  m_resources.clear();
  m_running.clear();
}

}  // namespace loopscope
