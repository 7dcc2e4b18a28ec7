// ReplayState.cpp — the folding rule. Each case mirrors what the runtime did when it wrote the
// event; where the trace can be inconsistent (truncation, a hook that fired without its pair),
// the rule degrades to "ignore" rather than guessing.
#include "runtime/replay/ReplayState.h"

#include "runtime/core/RunOptions.h"

namespace loopscope {
namespace {

// What the loop is doing once a nested step (a checkpoint, a render step) is over.
LoopStep ResumedStep(const ReplayState& state) {
  if (state.current_task_id != 0) return LoopStep::RunningTask;
  if (state.render_step) return LoopStep::Rendering;
  return LoopStep::BetweenTasks;
}

// What is known to be true once a run has ended, whatever events came before: after truncation
// the events that emptied the stack and the queues were dropped, and an impossible sequence (a
// frame entered and never left) must not outlive the run. A run that completed has no frame, no
// running task and nothing pending (its loop ran dry); a stopped run keeps its last frames (where
// it was stopped) unless the trace was truncated.
void ApplyRunEnd(ReplayState& state, RunEndReason reason) {
  if (reason != RunEndReason::Completed && !state.truncated) return;
  state.stack = CallStack{};
  state.current_task_id = 0;
  state.current_task_name = 0;
  state.current_task_source = 0;
  state.current_microtask_id = 0;
  state.current_microtask_name = 0;
  state.current_microtask_source = 0;
  state.render_step.reset();
  if (reason != RunEndReason::Completed) return;
  state.task_queue = QueueList{};
  state.microtask_queue = QueueList{};
  state.next_tick_queue = QueueList{};
  state.timers = TimerList{};
  state.requests = RequestList{};
  state.thread_pool = WorkList{};
}

}  // namespace

uint64_t ScriptTimeNs(const ReplayState& state) { return state.real_clock ? state.time_ns : state.script_time_ns; }

void ApplyEvent(ReplayState& state, const Event& event) {
  const uint64_t index = state.event_index;
  const uint64_t time_ns = event.time_ns;
  state.event_index = index + 1;
  state.time_ns = time_ns;

  switch (event.Kind()) {
    case EventKind::Detail:
      // Only TimerInstalled's Detail changes the state: it carries the delay and the task id.
      if (index > 0 && !state.timers.empty() && state.timers.back().installed_at_event == index - 1) {
        PendingTimer& timer = state.timers.back();
        timer.delay_ms = event.a;
        timer.task_id = event.b;
        timer.due_ns = timer.installed_ns + uint64_t{event.a} * 1'000'000;  // both on the script's clock
      }
      break;

    case EventKind::RunStarted:
      state.real_clock = event.aux == static_cast<uint8_t>(ClockMode::Real);
      state.model = event.b == static_cast<uint32_t>(LoopModel::Node) ? LoopModel::Node : LoopModel::Browser;
      break;
    case EventKind::ScriptCompiled:
      break;
    case EventKind::RunEnded:
      state.step = LoopStep::Finished;
      state.finished = true;
      state.loop_phase.reset();
      if (event.b != 0) state.exit_code = event.b;
      ApplyRunEnd(state, static_cast<RunEndReason>(event.aux));
      break;
    case EventKind::TraceTruncated:
      state.truncated = true;
      break;

    case EventKind::TaskEnqueued:
      state.task_queue.PushBack(QueueEntry{event.a, event.b, static_cast<uint8_t>(event.aux), index, time_ns});
      break;
    case EventKind::TaskStarted:
      // Usually the front (FIFO), but a started task may come from anywhere in a multi-source queue.
      state.task_queue.RemoveFirst(event.a);
      state.current_task_id = event.a;
      state.current_task_name = event.b;
      state.current_task_source = static_cast<uint8_t>(event.aux);
      state.step = LoopStep::RunningTask;
      break;
    case EventKind::TaskEnded:
      state.current_task_id = 0;
      state.current_task_name = 0;
      state.current_task_source = 0;
      state.step = LoopStep::BetweenTasks;
      break;

    case EventKind::MicrotaskEnqueued:
      (event.aux == static_cast<uint8_t>(MicrotaskSource::NextTick) ? state.next_tick_queue : state.microtask_queue)
          .PushBack(QueueEntry{event.a, event.b, static_cast<uint8_t>(event.aux), index, time_ns});
      break;
    case EventKind::MicrotaskStarted:
      (event.aux == static_cast<uint8_t>(MicrotaskSource::NextTick) ? state.next_tick_queue : state.microtask_queue)
          .RemoveFirst(event.a);
      state.current_microtask_id = event.a;
      state.current_microtask_name = event.b;
      state.current_microtask_source = static_cast<uint8_t>(event.aux);
      break;
    case EventKind::MicrotaskEnded:
      state.current_microtask_id = 0;
      state.current_microtask_name = 0;
      state.current_microtask_source = 0;
      break;
    case EventKind::CheckpointBegin:
      state.step = LoopStep::Microtasks;
      break;
    case EventKind::CheckpointEnd:
      if (event.aux == 1) {
        // Stopped at the checkpoint limit: the jobs still queued were dropped, and the one that
        // was running (its frames too) was cut short.
        state.microtask_queue = QueueList{};
        state.stack = CallStack{};  // a checkpoint runs on an empty stack: only the job's frames were there
        state.current_microtask_id = 0;
        state.current_microtask_name = 0;
        state.current_microtask_source = 0;
      }
      state.step = ResumedStep(state);
      break;

    case EventKind::FunctionEnter:
      if (event.b != 0) state.stack.SetTopLine(event.b);  // the call site
      state.stack.Push(StackFrame{event.a, index});
      break;
    case EventKind::FunctionResume:
      state.stack.Push(StackFrame{event.a, index});
      break;
    case EventKind::FunctionExit:
    case EventKind::FunctionSuspend:
      // Not on top (an exit we never saw the inner exits of, e.g. after an exception): pop down
      // to it; not on the stack at all: unmatched, nothing changes.
      state.stack.PopTo(event.a);
      break;
    case EventKind::SourceLine:
      state.stack.SetTopLine(event.a);
      break;

    case EventKind::TimerInstalled:
      // An interval is re-installed after each run under the same id: replace, don't duplicate.
      state.timers.RemoveAll(event.a);
      state.timers.PushBack(
          PendingTimer{event.a, event.b, 0, 0, event.aux != 0, ScriptTimeNs(state), ScriptTimeNs(state), index});
      break;
    case EventKind::TimerCleared:
      state.timers.RemoveAll(event.a);
      // Cleared after it fell due: its task leaves the task queue unrun.
      if (event.b != 0) state.task_queue.RemoveAll(event.b);
      break;
    case EventKind::TimerFired:
      state.timers.RemoveAll(event.a);
      break;

    case EventKind::RenderingBegin:
      state.render_step = static_cast<RenderStep>(event.aux);
      state.step = LoopStep::Rendering;
      break;
    case EventKind::RenderingEnd:
      state.render_step.reset();
      state.step = ResumedStep(state);
      break;
    case EventKind::IdleBegin:
      state.step = LoopStep::Idle;
      state.idle_length_ns = uint64_t{event.a} * 1000;
      state.waiting_for_input = event.aux == kIdleUntilInput;
      break;
    case EventKind::IdleEnd:
      state.step = LoopStep::BetweenTasks;
      state.script_time_ns += state.idle_length_ns;
      state.idle_length_ns = 0;
      state.waiting_for_input = false;
      break;

    case EventKind::LoopPhaseBegin:
      state.loop_phase = static_cast<LoopPhase>(event.aux);
      state.last_loop_phase = state.loop_phase;
      state.loop_iteration = event.a;
      break;
    case EventKind::LoopPhaseEnd:
      state.loop_phase.reset();
      if (event.aux == static_cast<uint8_t>(LoopPhase::Poll)) state.last_poll_blocked_us = event.b;
      break;

    case EventKind::ThreadPoolQueued:
      state.thread_pool.PushBack(PendingWork{event.a, event.b, time_ns, index});
      break;
    case EventKind::ThreadPoolDone:
      state.thread_pool.RemoveAll(event.a);
      break;
    case EventKind::ProcessLifecycle:
      state.process_step = static_cast<ProcessStep>(event.aux);
      if (state.process_step == ProcessStep::Exit || state.process_step == ProcessStep::Terminated) state.exit_code = event.a;
      if (state.process_step == ProcessStep::LoopEmpty) state.step = LoopStep::BetweenTasks;
      break;

    case EventKind::NetworkRequest:
      state.requests.PushBack(PendingRequest{event.a, event.b, time_ns, index});
      break;
    case EventKind::NetworkResponse:
      state.requests.RemoveAll(event.a);
      break;

    case EventKind::ConsoleOutput:
    case EventKind::UncaughtError:
      ++state.console_line_count;
      break;

    case EventKind::PageSnapshot:
      state.page = event.a;
      break;

    case EventKind::GcBegin:
    case EventKind::GcEnd:
    case EventKind::JitCode:
    case EventKind::Count:
    default:
      break;
  }
}

}  // namespace loopscope
