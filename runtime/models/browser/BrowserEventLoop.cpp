#include "runtime/models/browser/BrowserEventLoop.h"

#include <cmath>
#include <limits>

#include "runtime/clock/RunClock.h"
#include "runtime/engine/MicrotaskTracker.h"
#include "runtime/v8/V8Strings.h"
#include "runtime/v8/V8Platform.h"

namespace loopscope {
namespace {

// HTML 8.6 step 5 (and Chromium, measured): a timer set from a task whose timer nesting level is
// greater than 5 waits at least 4 ms.
constexpr uint32_t kMaxUnclampedNestingLevel = 5;
constexpr uint32_t kMinimumNestedDelayMs = 4;
constexpr uint64_t kNsPerMs = 1'000'000;
// A 60 Hz display: rendering opportunities on multiples of this from the run's start.
constexpr uint64_t kFrameIntervalNs = 16'666'667;
// HTML 8.1.7.3 "start an idle period": deadlines are capped at 50 ms.
constexpr uint64_t kMaxIdlePeriodNs = 50 * kNsPerMs;
// Poller tokens: what woke the loop.
constexpr uint64_t kCommandToken = 1;
constexpr uint64_t kNetworkToken = 2;

// WebIDL `long` conversion of the timeout argument (ToNumber, then ToInt32 semantics).
int32_t ToWebIdlLong(double value) {
  if (!std::isfinite(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  return static_cast<int32_t>(static_cast<uint32_t>(modulo));
}

uint32_t ClampedDelay(uint32_t delay_ms, uint32_t parent_nesting_level) {
  if (parent_nesting_level > kMaxUnclampedNestingLevel && delay_ms < kMinimumNestedDelayMs) return kMinimumNestedDelayMs;
  return delay_ms;
}

// Chromium's main-thread scheduler ranks (lower runs first): a scheduling queue's rank, and the
// rank of every other task source (Chromium's kNormalPriority, where user-visible tasks also go).
constexpr int kNormalTaskRank = 3;
int SchedulingRank(SchedulingPriority priority, SchedulingQueueKind kind) {
  const int continuation = kind == SchedulingQueueKind::Continuations ? 1 : 0;
  return static_cast<int>(priority) * 2 + 1 - continuation;
}

}  // namespace

BrowserEventLoop::BrowserEventLoop(v8::Isolate* isolate, v8::Local<v8::Context> context, TraceRecorder& recorder,
                                   MicrotaskTracker& microtasks, RunClock& clock, LoopHost& host,
                                   std::atomic<bool>& stop, CommandQueue& commands, CheckpointWatch& checkpoint_watch)
    : m_isolate(isolate),
      m_context(isolate, context),
      m_recorder(recorder),
      m_microtasks(microtasks),
      m_clock(clock),
      m_host(host),
      m_stop(stop),
      m_commands(commands),
      m_checkpoint_watch(checkpoint_watch) {
  m_poller.Watch(m_commands.WakeFd(), kCommandToken);
}

BrowserEventLoop::~BrowserEventLoop() = default;

void BrowserEventLoop::RunImmediateTask(TaskSource source, uint32_t name, const std::function<void()>& body) {
  uint32_t task_id = m_next_task_id++;
  m_frame_origin_ns = m_clock.ScriptNowNs();
  m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(source), task_id, name);
  m_recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(source), task_id, name);
  body();
  // HTML 8.1.7.3 step 7: perform a microtask checkpoint.
  PerformMicrotaskCheckpoint();
  m_clock.NoteTaskEnded();
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
  // Steps 3 and 5: the running task's nesting level, and the clamp; step 10: the task's level is one more.
  uint32_t parent_level = m_in_timer_task ? m_current_nesting_level : 0;
  timer.nesting_level = parent_level + 1;
  timer.requested_delay_ms = static_cast<uint32_t>(timeout);
  uint32_t id = timer.id;
  Timer& stored = m_timers.emplace(id, std::move(timer)).first->second;
  ArmTimer(stored, ClampedDelay(stored.requested_delay_ms, parent_level));
  return id;
}

void BrowserEventLoop::ArmTimer(Timer& timer, uint32_t delay_ms) {
  timer.delay_ms = delay_ms;
  timer.due_ns = SaturatingAddNs(m_clock.ScriptNowNs(), SaturatingMulNs(delay_ms, kNsPerMs));
  timer.sequence = m_next_sequence++;
  m_recorder.EmitWithDetail(EventKind::TimerInstalled, timer.repeating ? 1 : 0, timer.id, timer.name, delay_ms, 0);
  if (delay_ms == 0) {
    // Chromium (measured): a 0 ms timer's task joins the task queue at once, while a delayed one
    // joins only when the loop next picks a task (QueueDueTimers) — so after a long task a 0 ms
    // timer set at its end runs before delayed timers that fell due during it.
    QueueTimerTask(timer);
    return;
  }
  m_timer_order.emplace(timer.due_ns, timer.sequence, timer.id);
}

void BrowserEventLoop::QueueTimerTask(Timer& timer) {
  Task task{m_next_task_id++, timer.repeating ? TaskSource::Interval : TaskSource::Timer, timer.name, timer.id, {}};
  timer.queued_task_id = task.id;
  m_recorder.Emit(EventKind::TimerFired, 0, timer.id, task.id);
  m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(task.source), task.id, task.name);
  m_tasks.push_back(std::move(task));
}

void BrowserEventLoop::PostTask(TaskSource source, uint32_t name, v8::Local<v8::Function> callback) {
  m_microtasks.Observe();
  Task task{m_next_task_id++, source, name, 0, v8::Global<v8::Function>(m_isolate, callback)};
  m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(source), task.id, name);
  m_tasks.push_back(std::move(task));
}

uint32_t BrowserEventLoop::CreateSchedulingQueue(SchedulingPriority priority, SchedulingQueueKind kind) {
  const uint32_t id = m_next_scheduling_id++;
  m_scheduling_queues[id] = SchedulingQueue{priority, kind, {}};
  return id;
}

void BrowserEventLoop::SetSchedulingQueuePriority(uint32_t queue_id, SchedulingPriority priority) {
  if (auto it = m_scheduling_queues.find(queue_id); it != m_scheduling_queues.end()) it->second.priority = priority;
}

uint32_t BrowserEventLoop::PostSchedulingTask(uint32_t queue_id, uint32_t delay_ms, uint32_t name,
                                              v8::Local<v8::Function> callback) {
  m_microtasks.Observe();
  if (m_scheduling_queues.count(queue_id) == 0) return 0;
  const uint32_t handle = m_next_scheduling_id++;
  if (delay_ms == 0) {
    QueueSchedulingTask(handle, queue_id, name, callback);
    return handle;
  }
  // Scheduling APIs "schedule a postTask task" step 7: after `delay` ms, queue the task. Unlike a
  // timer's, the delay is not clamped by nesting.
  const uint64_t due = SaturatingAddNs(m_clock.ScriptNowNs(), SaturatingMulNs(delay_ms, kNsPerMs));
  const uint64_t sequence = m_next_sequence++;
  m_delayed_scheduling_tasks[handle] =
      DelayedSchedulingTask{due, sequence, queue_id, name, v8::Global<v8::Function>(m_isolate, callback)};
  m_delayed_scheduling_order.emplace(due, sequence, handle);
  return handle;
}

void BrowserEventLoop::QueueSchedulingTask(uint32_t handle, uint32_t queue_id, uint32_t name,
                                           v8::Local<v8::Function> callback) {
  auto it = m_scheduling_queues.find(queue_id);
  if (it == m_scheduling_queues.end()) return;
  Task task{m_next_task_id++, TaskSource::PrioritizedTask, name, 0, v8::Global<v8::Function>(m_isolate, callback), handle};
  m_recorder.Emit(EventKind::TaskEnqueued, static_cast<uint8_t>(task.source), task.id, name);
  m_queued_scheduling_tasks[handle] = QueuedSchedulingTask{queue_id, task.id};
  it->second.tasks.push_back(std::move(task));
}

void BrowserEventLoop::CancelSchedulingTask(uint32_t handle) {
  m_microtasks.Observe();
  if (auto delayed = m_delayed_scheduling_tasks.find(handle); delayed != m_delayed_scheduling_tasks.end()) {
    m_delayed_scheduling_order.erase({delayed->second.due_ns, delayed->second.sequence, handle});
    m_delayed_scheduling_tasks.erase(delayed);
    return;
  }
  auto queued = m_queued_scheduling_tasks.find(handle);
  if (queued == m_queued_scheduling_tasks.end()) return;
  const QueuedSchedulingTask where = queued->second;
  m_queued_scheduling_tasks.erase(queued);
  // Scheduling APIs "schedule a postTask task" step 5: an abort removes the task from its queue.
  auto queue = m_scheduling_queues.find(where.queue_id);
  if (queue == m_scheduling_queues.end()) return;
  std::deque<Task>& tasks = queue->second.tasks;
  for (auto it = tasks.begin(); it != tasks.end(); ++it) {
    if (it->id != where.task_id) continue;
    tasks.erase(it);
    m_recorder.Emit(EventKind::TimerCleared, 0, 0, where.task_id);
    return;
  }
}

bool BrowserEventLoop::TakeNextTask(Task& task) {
  DropCancelledTasks();
  // Task ids grow in enqueue order, so the smallest front id among queues of the best rank is the
  // oldest task: Chromium orders tasks of equal priority by their enqueue order across queues.
  std::deque<Task>* best = m_tasks.empty() ? nullptr : &m_tasks;
  int best_rank = kNormalTaskRank;
  for (auto& [id, queue] : m_scheduling_queues) {
    if (queue.tasks.empty()) continue;
    const int rank = SchedulingRank(queue.priority, queue.kind);
    if (best == nullptr || rank < best_rank || (rank == best_rank && queue.tasks.front().id < best->front().id)) {
      best = &queue.tasks;
      best_rank = rank;
    }
  }
  if (best == nullptr) return false;
  task = std::move(best->front());
  best->pop_front();
  return true;
}

void BrowserEventLoop::ClearTimer(uint32_t timer_id) {
  m_microtasks.Observe();
  auto it = m_timers.find(timer_id);
  if (it == m_timers.end()) return;
  Timer& timer = it->second;
  m_timer_order.erase({timer.due_ns, timer.sequence, timer.id});
  if (timer.queued_task_id != 0) {
    // Its task already waits in the task queue: HTML lets it run and find the timer gone; we drop
    // it unrun (same observable result) — the replay removes it on TimerCleared.
    m_cancelled_tasks.insert(timer.queued_task_id);
  }
  m_recorder.Emit(EventKind::TimerCleared, 0, timer_id, timer.queued_task_id);
  m_timers.erase(it);
}

void BrowserEventLoop::DropCancelledTasks() {
  while (!m_tasks.empty() && m_cancelled_tasks.erase(m_tasks.front().id) != 0) m_tasks.pop_front();
}

void BrowserEventLoop::QueueDueTimers() {
  uint64_t now = m_clock.ScriptNowNs();
  // Due timers and due delayed postTask tasks join their queues in due-time order, ties broken by
  // when they were set (one sequence counter serves both).
  while (true) {
    const bool timer_due = !m_timer_order.empty() && std::get<0>(*m_timer_order.begin()) <= now;
    const bool delayed_due =
        !m_delayed_scheduling_order.empty() && std::get<0>(*m_delayed_scheduling_order.begin()) <= now;
    if (!timer_due && !delayed_due) break;
    if (timer_due && (!delayed_due || *m_timer_order.begin() < *m_delayed_scheduling_order.begin())) {
      const uint32_t timer_id = std::get<2>(*m_timer_order.begin());
      m_timer_order.erase(m_timer_order.begin());
      QueueTimerTask(m_timers.at(timer_id));
      continue;
    }
    const uint32_t id = std::get<2>(*m_delayed_scheduling_order.begin());
    m_delayed_scheduling_order.erase(m_delayed_scheduling_order.begin());
    auto node = m_delayed_scheduling_tasks.extract(id);
    v8::HandleScope scope(m_isolate);
    QueueSchedulingTask(id, node.mapped().queue_id, node.mapped().name, node.mapped().callback.Get(m_isolate));
  }
}

LoopExit BrowserEventLoop::Run() {
  while (true) {
    DrainCommands();
    if (Stopped()) break;
    // V8's own foreground tasks (GC, async WebAssembly results). One that resolved the script's
    // promises leaves their reactions queued: the microtask checkpoint after it runs them.
    if (PumpPlatformTasks(m_isolate)) PerformMicrotaskCheckpoint();
    QueueDueTimers();
    if (m_network) m_network->DeliverDue(m_clock.ScriptNowNs());
    if (Task task; TakeNextTask(task)) {
      // HTML 8.1.7.3 steps 1–2: take the oldest runnable task of the highest priority.
      RunTask(task);
      // HTML 8.1.7.3 step 14: update the rendering, if this is a rendering opportunity.
      if (RenderingOpportunity()) UpdateTheRendering();
      continue;
    }
    if (RenderingOpportunity()) {
      UpdateTheRendering();
      continue;
    }
    if (m_host.OnNothingRunnable()) continue;
    // Nothing runnable: the loop is idle until the next timer or frame.
    uint64_t now = m_clock.ScriptNowNs();
    // The next timer or frame; a timer due at the end of time (kEndOfTimeNs) still counts.
    const bool has_wake =
        !m_timer_order.empty() || !m_delayed_scheduling_order.empty() || !m_animation_callbacks.empty();
    uint64_t next_wake = kEndOfTimeNs;
    if (!m_timer_order.empty()) next_wake = std::get<0>(*m_timer_order.begin());
    if (!m_delayed_scheduling_order.empty()) {
      next_wake = std::min(next_wake, std::get<0>(*m_delayed_scheduling_order.begin()));
    }
    if (!m_animation_callbacks.empty()) next_wake = std::min(next_wake, NextFrameTimeNs());
    const std::optional<uint64_t> network_due = m_network ? m_network->NextDueNs() : std::nullopt;
    if (network_due) next_wake = std::min(next_wake, *network_due);
    const bool awaiting_replies = m_network && m_network->AwaitingReplies();
    if (awaiting_replies && (m_clock.Mode() == ClockMode::SkipIdle || (!has_wake && !network_due))) {
      // A reply is on its way and its due time is not known yet: wait for it without moving
      // script time (skip-idle), or until it or the next wake comes (real clock, in IdleUntil).
      // The service answers at once, so this is a short real-time wait; a Stop still gets in.
      while (!Stopped() && !WaitOnPoller(Poller::kForever)) {
      }
      if (Stopped()) break;
      continue;
    }
    if (m_idle_period) {
      // requestIdleCallback 5.4 "invoke idle callbacks": one runnable callback per task while the
      // period lasts. Callbacks requested meanwhile wait for the next period.
      auto runnable = m_idle_callbacks.begin();
      if (runnable != m_idle_callbacks.end() && runnable->first < m_idle_period->first_later_id &&
          now < m_idle_period->deadline_ns) {
        RunIdleCallback(m_idle_period->deadline_ns);
        continue;
      }
      // The period is over when its deadline comes; the next one cannot start before (so a chain
      // of idle callbacks lets the clock reach timers and frames, as in Chromium).
      const uint64_t deadline = m_idle_period->deadline_ns;
      m_idle_period.reset();
      if (!m_idle_callbacks.empty() && deadline > now && !IdleUntil(deadline)) break;
      continue;
    }
    if (!m_idle_callbacks.empty()) {
      // HTML 8.1.7.3 step 16 / requestIdleCallback 5.2 "start an idle period": its deadline is
      // the next timer or frame, at most 50 ms away; the callbacks requested so far are runnable.
      m_idle_period = IdlePeriod{std::min(next_wake, SaturatingAddNs(now, kMaxIdlePeriodNs)), m_next_frame_callback_id};
      continue;
    }
    if (m_isolate->HasPendingBackgroundTasks()) {
      // V8 is still working for the script on its worker threads (async WebAssembly.compile /
      // instantiate) and will post the result as a foreground task: wait for it before idling
      // towards a timer, or the promise would never settle.
      WaitForBackgroundWork();
      continue;
    }
    if (!has_wake && !network_due && !awaiting_replies) {
      const QuiescentAction action = m_host.WhenQuiescent();
      if (action == QuiescentAction::Continue) continue;
      if (action == QuiescentAction::WaitForInput && WaitForInput()) continue;
      if (action == QuiescentAction::WaitForInput) break;
      return LoopExit::Quiescent;
    }
    if (next_wake > now && !IdleUntil(next_wake)) break;
  }
  return LoopExit::Stopped;
}

void BrowserEventLoop::AttachNetwork(NetworkClient& client) {
  m_network = &client;
  m_poller.Watch(client.Fd(), kNetworkToken);
}

void BrowserEventLoop::StopWatchingNetwork() {
  if (m_network) m_poller.Unwatch(m_network->Fd());
}

bool BrowserEventLoop::WaitOnPoller(uint64_t timeout_ns) {
  bool network = false;
  for (uint64_t token : m_poller.Wait(timeout_ns)) {
    if (token == kCommandToken) DrainCommands();
    if (token == kNetworkToken && m_network) {
      m_network->OnReadable();
      network = true;
    }
  }
  return network;
}

void BrowserEventLoop::DrainCommands() {
  for (const RunCommand& command : m_commands.TakeAll()) {
    switch (command.kind) {
      case RunCommandKind::Stop: m_stop.store(true); break;
      case RunCommandKind::Click:
        if (!Stopped()) m_host.UserClick(command.target);
        break;
    }
  }
}

bool BrowserEventLoop::WaitForInput() {
  m_recorder.Emit(EventKind::IdleBegin, kIdleUntilInput, 0);
  while (!Stopped() && m_tasks.empty()) (void)WaitOnPoller(Poller::kForever);
  m_recorder.Emit(EventKind::IdleEnd);
  return !Stopped();
}

void BrowserEventLoop::WaitForBackgroundWork() {
  // The worker threads do not wake the poller: look again every millisecond (real time; the
  // script clock does not move). A Stop command still gets in at once.
  constexpr uint64_t kPollNs = 1'000'000;
  (void)WaitOnPoller(kPollNs);
}

bool BrowserEventLoop::IdleUntil(uint64_t wake_ns) {
  uint64_t now = m_clock.ScriptNowNs();
  uint64_t idle_us = (wake_ns - now) / 1000;
  m_recorder.Emit(EventKind::IdleBegin, 0,
                  static_cast<uint32_t>(std::min<uint64_t>(idle_us, std::numeric_limits<uint32_t>::max())));
  // Under skip-idle nothing needs to sleep (a zero-length look at the poller still lets a command
  // in); under the real clock the poller sleeps until the deadline or a wake.
  bool reply_arrived = false;
  do {
    reply_arrived = WaitOnPoller(m_clock.SleepNeededNs(wake_ns));
  } while (!Stopped() && !reply_arrived && m_clock.SleepNeededNs(wake_ns) > 0);
  if (!Stopped() && !reply_arrived) m_clock.AdvanceTo(wake_ns);
  m_recorder.Emit(EventKind::IdleEnd);
  return !Stopped();
}

BrowserEventLoop::FrameCallback BrowserEventLoop::NewFrameCallback(v8::Local<v8::Function> callback) {
  m_microtasks.Observe();
  return FrameCallback{m_next_frame_callback_id++, v8::Global<v8::Function>(m_isolate, callback),
                       m_recorder.Intern(FunctionDisplayName(m_isolate, callback))};
}

uint32_t BrowserEventLoop::RequestAnimationFrame(v8::Local<v8::Function> callback) {
  if (m_animation_callbacks.empty()) m_frame_requested_ns = m_clock.ScriptNowNs();
  FrameCallback entry = NewFrameCallback(callback);
  const uint32_t id = entry.id;
  m_animation_callbacks.emplace_hint(m_animation_callbacks.end(), id, std::move(entry));
  return id;
}

void BrowserEventLoop::CancelAnimationFrame(uint32_t id) {
  m_animation_callbacks.erase(id);
}

uint32_t BrowserEventLoop::RequestIdleCallback(v8::Local<v8::Function> callback) {
  FrameCallback entry = NewFrameCallback(callback);
  const uint32_t id = entry.id;
  m_idle_callbacks.emplace_hint(m_idle_callbacks.end(), id, std::move(entry));
  return id;
}

void BrowserEventLoop::CancelIdleCallback(uint32_t id) {
  m_idle_callbacks.erase(id);
}

uint64_t BrowserEventLoop::FrameBoundaryAtOrBefore(uint64_t time_ns) const {
  if (time_ns < m_frame_origin_ns) return m_frame_origin_ns;
  return m_frame_origin_ns + (time_ns - m_frame_origin_ns) / kFrameIntervalNs * kFrameIntervalNs;
}

uint64_t BrowserEventLoop::NextFrameTimeNs() const {
  return SaturatingAddNs(FrameBoundaryAtOrBefore(m_frame_requested_ns), kFrameIntervalNs);
}

bool BrowserEventLoop::RenderingOpportunity() const {
  // No DOM changes exist to paint, so a frame is needed only when callbacks wait for one; it comes
  // at the first display refresh (60 Hz, counted from the script's start) after the request.
  return !m_animation_callbacks.empty() && m_clock.ScriptNowNs() >= NextFrameTimeNs();
}

void BrowserEventLoop::UpdateTheRendering() {
  uint32_t frame = ++m_frame_number;
  uint64_t now = m_clock.ScriptNowNs();
  double frame_time_ms = static_cast<double>(now) / 1e6;
  // HTML 8.1.7.3 step 14.13: run the animation frame callbacks queued before this frame.
  m_recorder.Emit(EventKind::RenderingBegin, static_cast<uint8_t>(RenderStep::AnimationFrames), frame);
  std::map<uint32_t, FrameCallback> callbacks;
  callbacks.swap(m_animation_callbacks);
  for (auto& [id, entry] : callbacks) {
    if (Stopped()) break;
    v8::HandleScope scope(m_isolate);
    InvokeCallback(entry.callback.Get(m_isolate), {v8::Number::New(m_isolate, frame_time_ms)});
  }
  m_recorder.Emit(EventKind::RenderingEnd, static_cast<uint8_t>(RenderStep::AnimationFrames), frame);
  // Steps 14.14–14.16 (style and layout) and painting: there is no DOM, but the steps are shown.
  for (RenderStep step : {RenderStep::StyleLayout, RenderStep::Paint}) {
    m_recorder.Emit(EventKind::RenderingBegin, static_cast<uint8_t>(step), frame);
    m_recorder.Emit(EventKind::RenderingEnd, static_cast<uint8_t>(step), frame);
  }
  m_clock.NoteTaskEnded();
}

void BrowserEventLoop::IdleDeadlineTimeRemaining(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> loop_value, deadline_value;
  if (!data->Get(context, 0).ToLocal(&loop_value) || !data->Get(context, 1).ToLocal(&deadline_value)) return;
  auto* loop = static_cast<BrowserEventLoop*>(loop_value.As<v8::External>()->Value());
  loop->m_clock.NoteScriptRead();
  double now_ms = static_cast<double>(loop->m_clock.ScriptNowNs()) / 1e6;
  info.GetReturnValue().Set(std::max(0.0, deadline_value.As<v8::Number>()->Value() - now_ms));
}

void BrowserEventLoop::RunIdleCallback(uint64_t deadline_ns) {
  FrameCallback entry = std::move(m_idle_callbacks.begin()->second);
  m_idle_callbacks.erase(m_idle_callbacks.begin());
  // HTML "invoke idle callbacks": each runs as a task from the idle-task source.
  uint32_t task_id = m_next_task_id++;
  auto source = static_cast<uint8_t>(TaskSource::IdleCallback);
  m_recorder.Emit(EventKind::TaskEnqueued, source, task_id, entry.name);
  m_recorder.Emit(EventKind::TaskStarted, source, task_id, entry.name);
  {
    v8::HandleScope scope(m_isolate);
    v8::Local<v8::Context> context = m_context.Get(m_isolate);
    v8::Local<v8::Value> data_items[] = {v8::External::New(m_isolate, this),
                                         v8::Number::New(m_isolate, static_cast<double>(deadline_ns) / 1e6)};
    v8::Local<v8::Function> time_remaining;
    v8::Local<v8::Object> deadline = v8::Object::New(m_isolate);
    if (v8::Function::New(context, &IdleDeadlineTimeRemaining, v8::Array::New(m_isolate, data_items, 2))
            .ToLocal(&time_remaining) &&
        deadline->Set(context, V8String(m_isolate, "timeRemaining"), time_remaining).FromMaybe(false) &&
        deadline->Set(context, V8String(m_isolate, "didTimeout"), v8::False(m_isolate)).FromMaybe(false)) {
      InvokeCallback(entry.callback.Get(m_isolate), {deadline});
    }
  }
  m_clock.NoteTaskEnded();
  m_recorder.Emit(EventKind::TaskEnded, source, task_id);
}

void BrowserEventLoop::CallReportingErrors(v8::Local<v8::Function> callback, std::vector<v8::Local<v8::Value>> args) {
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  v8::TryCatch try_catch(m_isolate);
  v8::MaybeLocal<v8::Value> ignored = callback->Call(context, context->Global(), static_cast<int>(args.size()), args.data());
  (void)ignored;
  if (try_catch.HasCaught() && try_catch.CanContinue()) m_host.ReportException(context, try_catch);
}

void BrowserEventLoop::InvokeCallback(v8::Local<v8::Function> callback, std::vector<v8::Local<v8::Value>> args) {
  CallReportingErrors(callback, std::move(args));
  // HTML "clean up after running script": the stack is empty again, so microtasks run now.
  PerformMicrotaskCheckpoint();
}

void BrowserEventLoop::RunTask(const Task& task) {
  if (task.scheduling_handle != 0) m_queued_scheduling_tasks.erase(task.scheduling_handle);
  m_recorder.Emit(EventKind::TaskStarted, static_cast<uint8_t>(task.source), task.id, task.name);
  if (!task.callback.IsEmpty()) {
    v8::HandleScope scope(m_isolate);
    CallReportingErrors(task.callback.Get(m_isolate), {});
  } else if (auto it = m_timers.find(task.timer_id); it != m_timers.end()) {
    it->second.queued_task_id = 0;
    RunTimerTask(it->second);
  }
  // HTML 8.1.7.3 step 7: perform a microtask checkpoint.
  PerformMicrotaskCheckpoint();
  m_clock.NoteTaskEnded();
  m_recorder.Emit(EventKind::TaskEnded, static_cast<uint8_t>(task.source), task.id);
}

void BrowserEventLoop::RunTimerTask(Timer& timer) {
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  uint32_t timer_id = timer.id;
  v8::Local<v8::Value> handler = timer.handler.Get(m_isolate);
  std::vector<v8::Local<v8::Value>> args;
  for (auto& arg : timer.args) args.push_back(arg.Get(m_isolate));
  uint32_t nesting_level = timer.nesting_level;
  if (timer.repeating) {
    // Chromium re-arms a repeating timer when it fires, before running the callback; each
    // repetition is one nesting level deeper and is clamped like a timer set from this task.
    timer.nesting_level = nesting_level + 1;
    ArmTimer(timer, ClampedDelay(timer.requested_delay_ms, nesting_level));
  }
  if (!timer.repeating) m_timers.erase(timer_id);  // HTML 8.6: a one-shot timer is removed from the map before it runs

  m_in_timer_task = true;
  m_current_nesting_level = nesting_level;
  if (handler->IsFunction()) {
    CallReportingErrors(handler.As<v8::Function>(), std::move(args));
  } else {
    v8::TryCatch try_catch(m_isolate);
    v8::Local<v8::String> code;
    v8::Local<v8::Script> script;
    if (handler->ToString(context).ToLocal(&code) &&
        v8::Script::Compile(context, m_host.RuntimeCode(code)).ToLocal(&script)) {
      v8::MaybeLocal<v8::Value> ignored = script->Run(context);
      (void)ignored;
    }
    if (try_catch.HasCaught() && try_catch.CanContinue()) m_host.ReportException(context, try_catch);
  }
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
  m_checkpoint_watch.Begin();
  m_isolate->PerformMicrotaskCheckpoint();
  m_microtasks.SweepSettled();
  if (m_microtasks.QueuedJobs() > 0 && !Stopped() && !m_isolate->IsExecutionTerminating()) {
    // A reaction we could only see late: drain it too, so the queue is empty when we say so.
    m_isolate->PerformMicrotaskCheckpoint();
  }
  const bool starved = m_checkpoint_watch.End();
  uint64_t dropped = 0;
  if (starved && !Stopped()) {
    // Stopped for running past the limit (the watchdog terminated it; a real stop wins). V8
    // empties its microtask queue when it terminates a checkpoint: the jobs still queued are
    // gone, and the loop goes on with the next task.
    m_isolate->CancelTerminateExecution();
    dropped = m_microtasks.DropQueued();
  }
  if (any || starved) {
    uint64_t ran = m_microtasks.StartedJobs() - started_before;
    // aux 1: stopped at the limit; b = the jobs dropped.
    m_recorder.Emit(EventKind::CheckpointEnd, starved ? 1 : 0, static_cast<uint32_t>(ran),
                    static_cast<uint32_t>(std::min<uint64_t>(dropped, UINT32_MAX)));
    if (starved && !Stopped()) m_host.CheckpointStopped(ran, dropped);
  }
  // HTML 8.1.4.4 step 4: notify about rejected promises.
  m_host.AfterMicrotaskCheckpoint();
}

}  // namespace loopscope
