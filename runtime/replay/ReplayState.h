// ReplayState.h — what the event loop looked like at one point of a trace, and the rule that
// advances it by one event.
//
// A ReplayState is the fold of events [0, event_index) of a trace: the call stack, the task and
// microtask queues in FIFO order, the timers waiting in the "Web APIs", pending network requests,
// what is running, and the loop's current step. Ids are those of the trace (Event.h); string ids
// resolve through Trace::String, function ids through Trace::Function.
//
// Pure data and pure functions: no threads, no trace access. ReplayModel (ReplayModel.h) keeps
// keyframes of these so that any index can be reached quickly.
//
// Cost: ApplyEvent is amortised O(1) per event whatever the queue depths, the number of pending
// timers or the number of unmatched exits (the lists are IdLists, the stack a CallStack). Copying
// a state is O(its size).
#pragma once

#include <cstdint>
#include <optional>

#include "runtime/replay/CallStack.h"
#include "runtime/replay/IdList.h"
#include "runtime/trace/Event.h"

namespace loopscope {

struct QueueEntry {
  uint32_t id;                 // task id or microtask id
  uint32_t name;               // string id of the callback's name (0 = unknown)
  uint8_t source;              // TaskSource (task queue) or MicrotaskSource (microtask queue)
  uint64_t enqueued_at_event;  // index of the *Enqueued event
  uint64_t enqueued_ns;        // its time

  bool operator==(const QueueEntry&) const = default;
};

struct PendingTimer {
  uint32_t timer_id;
  uint32_t name;                // string id of the callback's name
  uint32_t delay_ms;            // after clamping; 0 until the TimerInstalled's Detail is applied
  uint32_t task_id;             // the task it will run as (0 = assigned when it fires); from the Detail
  bool repeating;               // setInterval
  uint64_t installed_ns;        // on the script's clock (ScriptTimeNs), which decides when it fires
  uint64_t due_ns;              // installed_ns + delay, on the script's clock
  uint64_t installed_at_event;  // index of the TimerInstalled event

  bool operator==(const PendingTimer&) const = default;
};

// node model: a request handed to libuv's thread pool (fs, dns, crypto…), not yet back.
struct PendingWork {
  uint32_t work_id;
  uint32_t what;  // string id ("fs.readFile"…)
  uint64_t queued_ns;
  uint64_t queued_at_event;

  bool operator==(const PendingWork&) const = default;
};

struct PendingRequest {
  uint32_t request_id;
  uint32_t url;  // string id
  uint64_t sent_ns;
  uint64_t sent_at_event;

  bool operator==(const PendingRequest&) const = default;
};

using QueueList = IdList<QueueEntry, &QueueEntry::id>;
using TimerList = IdList<PendingTimer, &PendingTimer::timer_id>;
using WorkList = IdList<PendingWork, &PendingWork::work_id>;
using RequestList = IdList<PendingRequest, &PendingRequest::request_id>;

// Where the loop is, in the terms the Loop panel draws.
enum class LoopStep : uint8_t {
  NotStarted,    // before the first task
  RunningTask,   // a task's callback is on the stack
  Microtasks,    // inside a microtask checkpoint
  Rendering,     // a rendering opportunity (rAF callbacks, style/layout, paint)
  BetweenTasks,  // picking the next task
  Idle,          // nothing to run: waiting for a timer or I/O
  Finished,      // RunEnded
};

struct ReplayState {
  uint64_t event_index = 0;  // events [0, event_index) are applied
  uint64_t time_ns = 0;      // time of the last applied event (0 before any)
  CallStack stack;                                 // bottom first
  QueueList task_queue;                            // front (next to run) first; jobs leave from the front
  QueueList microtask_queue;                       // front first (node: promise jobs and queueMicrotask)
  QueueList next_tick_queue;                       // node: process.nextTick callbacks, front first; drained before microtask_queue
  TimerList timers;                                // installation order (a re-installed interval moves to the back)
  uint32_t console_line_count = 0;                 // ReplayModel::ConsoleLines()[0, this) have been printed
  LoopStep step = LoopStep::NotStarted;
  uint32_t current_task_id = 0;                    // 0 = none
  uint32_t current_task_name = 0;                  // string id
  uint8_t current_task_source = 0;                 // TaskSource
  uint32_t current_microtask_id = 0;               // 0 = none
  uint32_t current_microtask_name = 0;             // string id
  bool truncated = false;                          // TraceTruncated applied
  bool finished = false;                           // RunEnded applied
  // Beyond the basic model:
  uint8_t current_microtask_source = 0;            // MicrotaskSource
  RequestList requests;                            // network requests sent, not yet answered; send order
  std::optional<RenderStep> render_step;           // inside RenderingBegin/End
  std::optional<LoopPhase> loop_phase;             // node model: inside LoopPhaseBegin/End
  std::optional<LoopPhase> last_loop_phase;        // node model: the phase most recently begun (stays after its end)
  uint32_t loop_iteration = 0;                     // node model: of the last LoopPhaseBegin
  uint32_t last_poll_blocked_us = 0;               // node model: how long the last poll phase waited for I/O
  WorkList thread_pool;                            // node model: work on libuv's thread pool, queue order
  std::optional<ProcessStep> process_step;         // node model: the last ProcessLifecycle step
  uint32_t exit_code = 0;                          // node model: from ProcessLifecycle Exit / RunEnded
  LoopModel model = LoopModel::Browser;            // RunStarted b
  // The script's clock (performance.now(), timer due times). Under skip-idle it stands still while
  // JavaScript runs and advances by each idle period's length (RunClock.h); under the real clock
  // (RunStarted aux 1) it is the trace time.
  bool real_clock = false;
  uint64_t script_time_ns = 0;                     // skip-idle: the idle periods so far
  uint64_t idle_length_ns = 0;                     // of the idle period in progress (IdleBegin)
  bool waiting_for_input = false;                  // browser: the settled page waits for a click (IdleBegin aux)
  uint32_t page = 0;                               // browser: string id of the last PageSnapshot (0 = no document shown yet)

  bool operator==(const ReplayState&) const = default;
};

// Where the script's clock stands in `state` (see ReplayState::script_time_ns).
uint64_t ScriptTimeNs(const ReplayState& state);

// Advances `state` by one event: `event` must be the event at index state.event_index of the
// trace. Robust to any sequence (unmatched exits, unknown ids and kinds are ignored), so a
// truncated or buggy trace still replays.
void ApplyEvent(ReplayState& state, const Event& event);

}  // namespace loopscope
