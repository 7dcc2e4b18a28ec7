// BrowserEventLoop.h — the HTML event loop processing model, as Loopscope runs it.
//
// One task per iteration from the task queue (FIFO; a 0 ms timer's task joins it when the timer
// is set, delayed timers join when the loop picks its next task, in due-time order with a stable
// tie-break on when they were set), a microtask checkpoint after every task, rendering
// opportunities for requestAnimationFrame, idle periods for requestIdleCallback,
// and when nothing is runnable the loop idles in its Poller until the next timer (the clock
// decides whether that is a jump or a real sleep) or until a command wakes it. A page that
// fetched also has its network service's socket in the Poller (NetworkClient, FetchHost.h): the
// replies it holds are wakes like timers, and while a request has no reply yet the loop is not
// quiescent — under skip-idle script time then waits for the reply instead of moving on. Commands from the
// UI (CommandQueue) are drained at one named step: before the loop picks its next task. Spec steps are quoted as `// HTML 8.1.7.3 step N`.
// Timers follow the HTML timer initialisation steps (8.6) with Chromium's nesting clamp.
// Prioritized tasks (scheduler.postTask / scheduler.yield, https://wicg.github.io/scheduling-apis/)
// wait in scheduling queues, each with a priority; the loop picks the oldest task of the highest
// priority that has one, ranked as Chromium's main-thread scheduler ranks them (measured,
// tests/puzzles/scheduler_*.js): user-blocking continuation, user-blocking, user-visible
// continuation, user-visible = every other task source (timers, messages… one FIFO with them),
// background continuation, background. "Oldest" is the order of enqueueing, across queues.
//
// Thread: runtime thread only. Does not own the isolate, the context, the clock or the trace.
#pragma once

#include <v8.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "runtime/core/CheckpointWatch.h"
#include "runtime/engine/TraceRecorder.h"
#include "runtime/io/CommandQueue.h"
#include "runtime/io/Poller.h"

namespace loopscope {

class MicrotaskTracker;
class RunClock;

// The three priorities of the Prioritized Task Scheduling spec ("TaskPriority").
enum class SchedulingPriority : uint8_t { UserBlocking, UserVisible, Background };
// A queue of posted tasks, or of scheduler.yield() continuations (one rank above tasks of its priority).
enum class SchedulingQueueKind : uint8_t { Tasks, Continuations };

enum class QuiescentAction { Finish, Continue, WaitForInput };

// What the loop needs from its host: error reporting, the end-of-checkpoint duties, user input.
class LoopHost {
 public:
  virtual ~LoopHost() = default;
  virtual void ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) = 0;
  virtual void AfterMicrotaskCheckpoint() = 0;  // HTML 8.1.7.3 "notify about rejected promises"
  // A checkpoint ran past the limit and was stopped (CheckpointWatch.h): tell the user.
  virtual void CheckpointStopped(uint64_t jobs_run, uint64_t jobs_dropped) = 0;
  // A string timer's code as it will run (instrumented, as eval code is).
  virtual v8::Local<v8::String> RuntimeCode(v8::Local<v8::String> code) = 0;
  // The user clicked page element `element_id` (a Click command was drained).
  virtual void UserClick(uint32_t element_id) = 0;
  // Nothing is runnable and no timer is pending: what now (queue the next scripted input, wait
  // for the user, or end the loop).
  virtual QuiescentAction WhenQuiescent() = 0;
  // Nothing is runnable now (timers may be pending): the host may queue input that arrives "a
  // moment later" (a mouse release). True if it queued a task.
  virtual bool OnNothingRunnable() = 0;
};

// What the loop needs from the page's network client (FetchHost.h): the descriptor the network
// service answers on, and the replies the client holds until their due time (script time).
class NetworkClient {
 public:
  virtual ~NetworkClient() = default;
  virtual int Fd() const = 0;                 // readable when a reply has arrived
  virtual void OnReadable() = 0;              // takes what arrived off the socket
  // A request is on its way whose reply has not arrived: its due time is not known yet, so
  // under the skip-idle clock script time may not move (Chromium's virtual time pauses the same
  // way while a fetch is in flight).
  virtual bool AwaitingReplies() const = 0;
  virtual std::optional<uint64_t> NextDueNs() const = 0;  // the earliest reply held back
  virtual void DeliverDue(uint64_t now_ns) = 0;           // queues the tasks of replies due by now
};

enum class LoopExit { Quiescent, Stopped };

class BrowserEventLoop {
 public:
  BrowserEventLoop(v8::Isolate* isolate, v8::Local<v8::Context> context, TraceRecorder& recorder,
                   MicrotaskTracker& microtasks, RunClock& clock, LoopHost& host, std::atomic<bool>& stop,
                   CommandQueue& commands, CheckpointWatch& checkpoint_watch);
  ~BrowserEventLoop();

  // A task whose body the host supplies (the script evaluation). Runs it now, as the first task.
  void RunImmediateTask(TaskSource source, uint32_t name, const std::function<void()>& body);

  // setTimeout / setInterval: `handler` is a function or source text. Returns the timer id.
  uint32_t SetTimer(v8::Local<v8::Value> handler, double timeout_ms, std::vector<v8::Local<v8::Value>> args,
                    bool repeating);
  void ClearTimer(uint32_t timer_id);

  // Queues a task from `source` (posted messages…) that calls `callback` with no arguments.
  void PostTask(TaskSource source, uint32_t name, v8::Local<v8::Function> callback);

  // Scheduling queues (scheduler.postTask): a queue keeps its tasks in FIFO order and can change
  // priority (TaskController.setPriority) with its tasks in it. Ids are never reused.
  uint32_t CreateSchedulingQueue(SchedulingPriority priority, SchedulingQueueKind kind);
  void SetSchedulingQueuePriority(uint32_t queue_id, SchedulingPriority priority);
  // Queues a task calling `callback` in the queue now (delay_ms == 0) or when delay_ms of script
  // time have passed (it then joins the queue when the loop next picks a task, as a delayed timer).
  // Returns a handle for CancelSchedulingTask (0 if the queue does not exist).
  uint32_t PostSchedulingTask(uint32_t queue_id, uint32_t delay_ms, uint32_t name, v8::Local<v8::Function> callback);
  // The task's signal aborted: a task still waiting (delayed or queued) is removed unrun (the trace
  // records TimerCleared with timer id 0 and the dropped task); one that ran already is unaffected.
  void CancelSchedulingTask(uint32_t handle);

  // requestAnimationFrame / cancelAnimationFrame: callbacks for the next rendering opportunity.
  uint32_t RequestAnimationFrame(v8::Local<v8::Function> callback);
  void CancelAnimationFrame(uint32_t id);
  // requestIdleCallback / cancelIdleCallback: run in idle periods, one per idle task.
  uint32_t RequestIdleCallback(v8::Local<v8::Function> callback);
  void CancelIdleCallback(uint32_t id);

  // The page's network (watched from now on; not owned, must outlive Run). A request in flight
  // or a reply held back keeps the loop alive.
  void AttachNetwork(NetworkClient& client);
  // The client's descriptor will never be readable with news again (its service has gone): the
  // poller stops watching it; held replies are still delivered.
  void StopWatchingNetwork();

  // Runs until nothing is queued, no timer is pending and no request is in flight, or until
  // `stop` becomes true.
  LoopExit Run();

  void PerformMicrotaskCheckpoint();

 private:
  struct Timer {
    uint32_t id = 0;
    v8::Global<v8::Value> handler;
    std::vector<v8::Global<v8::Value>> args;
    uint32_t name = 0;
    uint32_t requested_delay_ms = 0;  // as the script asked (after WebIDL conversion)
    uint32_t delay_ms = 0;            // as armed (after the nesting clamp)
    bool repeating = false;
    uint32_t nesting_level = 0;
    uint64_t due_ns = 0;
    uint64_t sequence = 0;
    uint32_t queued_task_id = 0;  // != 0 while its task waits in the task queue
  };
  struct Task {
    uint32_t id = 0;
    TaskSource source = TaskSource::Script;
    uint32_t name = 0;
    uint32_t timer_id = 0;                 // a timer's task: the timer to run
    v8::Global<v8::Function> callback;     // a posted task: the function to call
    uint32_t scheduling_handle = 0;        // a postTask task: its handle (CancelSchedulingTask)
  };
  struct FrameCallback {
    uint32_t id = 0;
    v8::Global<v8::Function> callback;
    uint32_t name = 0;
  };
  using TimerKey = std::tuple<uint64_t, uint64_t, uint32_t>;  // due, sequence, id
  struct SchedulingQueue {
    SchedulingPriority priority = SchedulingPriority::UserVisible;
    SchedulingQueueKind kind = SchedulingQueueKind::Tasks;
    std::deque<Task> tasks;
  };
  struct DelayedSchedulingTask {
    uint64_t due_ns = 0;
    uint64_t sequence = 0;
    uint32_t queue_id = 0;
    uint32_t name = 0;
    v8::Global<v8::Function> callback;
  };

  // Takes the task the loop runs next (HTML 8.1.7.3 step 1 "a task queue … chosen in an
  // implementation-defined manner"); false when none is runnable.
  bool TakeNextTask(Task& task);
  void QueueSchedulingTask(uint32_t handle, uint32_t queue_id, uint32_t name, v8::Local<v8::Function> callback);

  void ArmTimer(Timer& timer, uint32_t delay_ms);
  void QueueTimerTask(Timer& timer);
  void QueueDueTimers();
  // Pops the cancelled tasks at the front of m_tasks, so that it is empty or starts with a runnable task.
  void DropCancelledTasks();
  void RunTask(const Task& task);
  void RunTimerTask(Timer& timer);
  // Calls `callback` as the host does for any callback invoked with an empty stack: report what
  // it throws, then perform a microtask checkpoint.
  void CallReportingErrors(v8::Local<v8::Function> callback, std::vector<v8::Local<v8::Value>> args);
  void InvokeCallback(v8::Local<v8::Function> callback, std::vector<v8::Local<v8::Value>> args);
  bool RenderingOpportunity() const;
  FrameCallback NewFrameCallback(v8::Local<v8::Function> callback);  // a fresh id, the callback's name
  uint64_t FrameBoundaryAtOrBefore(uint64_t time_ns) const;
  uint64_t NextFrameTimeNs() const;
  void UpdateTheRendering();
  void RunIdleCallback(uint64_t deadline_ns);
  static void IdleDeadlineTimeRemaining(const v8::FunctionCallbackInfo<v8::Value>& info);
  bool Stopped() const { return m_stop.load(std::memory_order_relaxed); }
  // The loop step "drain the command queue": applies what the UI asked for since the last time.
  void DrainCommands();
  // Nothing is runnable: wait (in the poller) until script time reaches `wake_ns` or a command
  // arrives. Returns false when the run is to stop.
  // V8 has background work that will post a foreground task (HasPendingBackgroundTasks): a
  // short real-time wait on the poller before the loop looks again.
  void WaitForBackgroundWork();
  // Waits in the poller for at most timeout_ns (real time) and handles what woke it: commands are
  // drained, network replies taken. True if a network reply arrived.
  bool WaitOnPoller(uint64_t timeout_ns);
  // Idles until script time reaches wake_ns, a command stops the run (false) or a network reply
  // arrives (true, early: it may be due before wake_ns).
  bool IdleUntil(uint64_t wake_ns);
  // The page has settled and waits for the user: sleep in the poller until a command brings work
  // (a click) or a Stop. Returns false when the run is to stop.
  bool WaitForInput();

  v8::Isolate* m_isolate;
  v8::Global<v8::Context> m_context;
  TraceRecorder& m_recorder;
  MicrotaskTracker& m_microtasks;
  RunClock& m_clock;
  LoopHost& m_host;
  std::atomic<bool>& m_stop;
  CommandQueue& m_commands;
  CheckpointWatch& m_checkpoint_watch;
  Poller m_poller;
  NetworkClient* m_network = nullptr;

  std::deque<Task> m_tasks;
  // Tasks still in m_tasks whose timer was cleared: dropped unrun when they reach the front, so
  // clearing costs O(1) instead of a search of the queue.
  std::unordered_set<uint32_t> m_cancelled_tasks;
  std::map<uint32_t, Timer> m_timers;  // active timers by id ("map of active timers")
  std::set<TimerKey> m_timer_order;    // armed, not yet due
  std::map<uint32_t, SchedulingQueue> m_scheduling_queues;  // by id
  std::map<uint32_t, DelayedSchedulingTask> m_delayed_scheduling_tasks;  // by id, not yet due
  std::set<TimerKey> m_delayed_scheduling_order;  // due, sequence (shared with timers), id
  struct QueuedSchedulingTask {
    uint32_t queue_id;
    uint32_t task_id;
  };
  std::unordered_map<uint32_t, QueuedSchedulingTask> m_queued_scheduling_tasks;  // by handle, until run
  uint32_t m_next_scheduling_id = 1;
  uint32_t m_next_timer_id = 1;
  uint32_t m_next_task_id = 1;
  uint64_t m_next_sequence = 1;
  // By id; ids only grow, so this is also request order. O(log n) to request or cancel.
  std::map<uint32_t, FrameCallback> m_animation_callbacks;  // "map of animation frame callbacks"
  std::map<uint32_t, FrameCallback> m_idle_callbacks;       // "list of idle request callbacks"
  // The idle period under way (requestIdleCallback 5.2): until deadline_ns, the callbacks with ids
  // below first_later_id are runnable; later ones wait for the next period.
  struct IdlePeriod {
    uint64_t deadline_ns;
    uint32_t first_later_id;
  };
  std::optional<IdlePeriod> m_idle_period;
  uint32_t m_next_frame_callback_id = 1;
  uint32_t m_frame_number = 0;
  uint64_t m_frame_origin_ns = 0;     // display refreshes are counted from the script's start
  uint64_t m_frame_requested_ns = 0;  // when the oldest waiting animation callback was requested
  uint32_t m_current_nesting_level = 0;  // timer nesting level of the running task
  bool m_in_timer_task = false;
};

}  // namespace loopscope
