#include "runtime/loop/BrowserEventLoop.h"

#include <cmath>
#include <limits>

#include "runtime/clock/RunClock.h"
#include "runtime/host/MicrotaskTracker.h"
#include "runtime/host/V8Strings.h"
#include "runtime/v8/V8Platform.h"

namespace loopscope {
namespace {

// Chromium's DOMTimer: from the 5th nested level on, delays under 4 ms become 4 ms.
constexpr uint32_t kMaxTimerNestingLevel = 5;
constexpr uint32_t kMinimumNestedDelayMs = 4;
constexpr uint64_t kNsPerMs = 1'000'000;

// WebIDL `long` conversion of the timeout argument (ToNumber, then ToInt32 semantics).
int32_t ToWebIdlLong(double value) {
  if (!std::isfinite(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  return static_cast<int32_t>(static_cast<uint32_t>(modulo));
}

}  // namespace

BrowserEventLoop::BrowserEventLoop(v8::Isolate* isolate, v8::Local<v8::Context> context, TraceRecorder& recorder,
                                   MicrotaskTracker& microtasks, RunClock& clock, LoopHost& host,
                                   const std::atomic<bool>& stop)
    : m_isolate(isolate),
      m_context(isolate, context),
      m_recorder(recorder),
      m_microtasks(microtasks),
      m_clock(clock),
      m_host(host),
      m_stop(stop) {}

BrowserEventLoop::~BrowserEventLoop() = default;

void BrowserEventLoop::RunImmediateTask(TaskSource source, uint32_t name, const std::function<void()>& body) {
  uint32_t task_id = m_next_task_id++;
  m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(source), task_id, name);
  m_recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(source), task_id, name);
  body();
  // HTML 8.1.7.3 step 7: perform a microtask checkpoint.
  PerformMicrotaskCheckpoint();
  m_recorder.Emit(EventKind::TaskEnded, static_cast<uint8_t>(source), task_id);
}

uint32_t BrowserEventLoop::SetTimer(v8::Local<v8::Value> handler, double timeout_ms,
                                    std::vector<v8::Local<v8::Value>> args, bool repeating) {
  m_microtasks.Observe();
  // HTML 8.6 timer initialization steps.
  Timer timer;
  timer.id = m_next_timer_id++;
  timer.handler.Reset(m_isolate, handler);
  for (v8::Local<v8::Value> arg : args) timer.args.emplace_back(m_isolate, arg);
  timer.repeating = repeating;
  timer.name = handler->IsFunction()
                   ? m_recorder.Intern(FunctionDisplayName(m_isolate, handler.As<v8::Function>()))
                   : m_recorder.Intern("(timer code)");
  // Step 4: negative timeouts become 0.
  int32_t timeout = ToWebIdlLong(timeout_ms);
  if (timeout < 0) timeout = 0;
  // Steps 3 and 5: nesting level and the clamp (Chromium counts the new timer's level).
  timer.nesting_level = (m_in_timer_task ? m_current_nesting_level : 0) + 1;
  uint32_t delay = static_cast<uint32_t>(timeout);
  if (timer.nesting_level >= kMaxTimerNestingLevel && delay < kMinimumNestedDelayMs) delay = kMinimumNestedDelayMs;
  uint32_t id = timer.id;
  Timer& stored = m_timers.emplace(id, std::move(timer)).first->second;
  ArmTimer(stored, delay);
  return id;
}

void BrowserEventLoop::ArmTimer(Timer& timer, uint32_t delay_ms) {
  timer.delay_ms = delay_ms;
  timer.due_ns = m_clock.NowNs() + uint64_t{delay_ms} * kNsPerMs;
  timer.sequence = m_next_sequence++;
  m_timer_order.emplace(timer.due_ns, timer.sequence, timer.id);
  m_recorder.EmitWithDetail(EventKind::TimerInstalled, timer.repeating ? 1 : 0, timer.id, timer.name, delay_ms, 0);
}

void BrowserEventLoop::ClearTimer(uint32_t timer_id) {
  m_microtasks.Observe();
  auto it = m_timers.find(timer_id);
  if (it == m_timers.end()) return;
  Timer& timer = it->second;
  m_timer_order.erase({timer.due_ns, timer.sequence, timer.id});
  if (timer.queued_task_id != 0) {
    // Its task already waits in the task queue: HTML lets it run and find the timer gone; we drop
    // it now (same observable result) — the replay removes it on TimerCleared.
    std::erase_if(m_tasks, [&](const Task& task) { return task.id == timer.queued_task_id; });
  }
  m_recorder.Emit(EventKind::TimerCleared, 0, timer_id);
  m_timers.erase(it);
}

void BrowserEventLoop::QueueDueTimers() {
  uint64_t now = m_clock.NowNs();
  while (!m_timer_order.empty()) {
    auto [due, sequence, timer_id] = *m_timer_order.begin();
    if (due > now) break;
    m_timer_order.erase(m_timer_order.begin());
    Timer& timer = m_timers.at(timer_id);
    Task task{m_next_task_id++, timer.repeating ? TaskSource::Interval : TaskSource::Timer, timer.name, timer_id};
    timer.queued_task_id = task.id;
    m_recorder.Emit(EventKind::TimerFired, 0, timer_id, task.id);
    m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(task.source), task.id, task.name);
    m_tasks.push_back(task);
  }
}

LoopExit BrowserEventLoop::Run() {
  while (!Stopped()) {
    PumpPlatformTasks(m_isolate);
    QueueDueTimers();
    if (!m_tasks.empty()) {
      // HTML 8.1.7.3 steps 1–2: take the oldest runnable task.
      Task task = m_tasks.front();
      m_tasks.pop_front();
      RunTask(task);
      continue;
    }
    if (m_timer_order.empty()) return LoopExit::Quiescent;
    // Nothing runnable: idle until the next timer is due.
    uint64_t next_due = std::get<0>(*m_timer_order.begin());
    uint64_t now = m_clock.NowNs();
    if (next_due > now) {
      uint64_t idle_us = (next_due - now) / 1000;
      m_recorder.Emit(EventKind::IdleBegin, 0,
                      static_cast<uint32_t>(std::min<uint64_t>(idle_us, std::numeric_limits<uint32_t>::max())));
      bool reached = m_clock.WaitUntil(next_due);
      m_recorder.Emit(EventKind::IdleEnd);
      if (!reached) break;
    }
  }
  return LoopExit::Stopped;
}

void BrowserEventLoop::RunTask(const Task& task) {
  m_recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(task.source), task.id, task.name);
  auto it = m_timers.find(task.timer_id);
  if (it != m_timers.end()) {
    it->second.queued_task_id = 0;
    RunTimerTask(it->second);
  }
  // HTML 8.1.7.3 step 7: perform a microtask checkpoint.
  PerformMicrotaskCheckpoint();
  m_recorder.Emit(EventKind::TaskEnded, static_cast<uint8_t>(task.source), task.id);
}

void BrowserEventLoop::RunTimerTask(Timer& timer) {
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  uint32_t timer_id = timer.id;
  v8::Local<v8::Value> handler = timer.handler.Get(m_isolate);
  std::vector<v8::Local<v8::Value>> args;
  for (auto& arg : timer.args) args.push_back(arg.Get(m_isolate));
  if (timer.repeating) {
    // Chromium re-arms a repeating timer when it fires, before running the callback; each
    // repetition is one nesting level deeper.
    ++timer.nesting_level;
    uint32_t delay = timer.delay_ms;
    if (timer.nesting_level >= kMaxTimerNestingLevel && delay < kMinimumNestedDelayMs) delay = kMinimumNestedDelayMs;
    ArmTimer(timer, delay);
  }
  uint32_t nesting_level = timer.nesting_level;
  if (!timer.repeating) m_timers.erase(timer_id);  // HTML 8.6: a one-shot timer is removed from the map before it runs

  m_in_timer_task = true;
  m_current_nesting_level = nesting_level;
  v8::TryCatch try_catch(m_isolate);
  if (handler->IsFunction()) {
    v8::MaybeLocal<v8::Value> ignored =
        handler.As<v8::Function>()->Call(context, context->Global(), static_cast<int>(args.size()), args.data());
    (void)ignored;
  } else {
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (handler->ToString(context).ToLocal(&code) && v8::Script::Compile(context, code).ToLocal(&script)) {
      v8::MaybeLocal<v8::Value> ignored = script->Run(context);
      (void)ignored;
    }
  }
  if (try_catch.HasCaught() && try_catch.CanContinue()) m_host.ReportException(context, try_catch);
  m_in_timer_task = false;
  m_current_nesting_level = 0;
}

void BrowserEventLoop::PerformMicrotaskCheckpoint() {
  if (Stopped()) return;
  m_microtasks.Observe();
  bool any = m_microtasks.QueuedJobs() > 0;
  uint64_t started_before = m_microtasks.StartedJobs();
  if (any) m_recorder.Emit(EventKind::CheckpointBegin);
  // HTML 8.1.4.4 perform a microtask checkpoint, steps 1–3: V8 drains its own queue.
  m_isolate->PerformMicrotaskCheckpoint();
  m_microtasks.SweepSettled();
  if (m_microtasks.QueuedJobs() > 0 && !Stopped() && !m_isolate->IsExecutionTerminating()) {
    // A reaction we could only see late: drain it too, so the queue is empty when we say so.
    m_isolate->PerformMicrotaskCheckpoint();
  }
  if (any) {
    uint64_t ran = m_microtasks.StartedJobs() - started_before;
    m_recorder.Emit(EventKind::CheckpointEnd, 0, static_cast<uint32_t>(ran));
  }
  // HTML 8.1.4.4 step 4: notify about rejected promises.
  m_host.AfterMicrotaskCheckpoint();
}

}  // namespace loopscope
