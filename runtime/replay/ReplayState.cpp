// ReplayState.cpp — the folding rule. Each case mirrors what the runtime did when it wrote the
// event; where the trace can be inconsistent (truncation, a hook that fired without its pair),
// the rule degrades to "ignore" rather than guessing.
#include "runtime/replay/ReplayState.h"

#include "runtime/core/RunOptions.h"

#include <algorithm>

namespace loopscope {
namespace {

void RemoveById(std::deque<QueueEntry>& queue, uint32_t id) {
  // Usually the front (FIFO), but a started task may come from anywhere in a multi-source queue.
  auto found = std::find_if(queue.begin(), queue.end(), [id](const QueueEntry& entry) { return entry.id == id; });
  if (found != queue.end()) queue.erase(found);
}

void RemoveTimer(std::vector<PendingTimer>& timers, uint32_t timer_id) {
  std::erase_if(timers, [timer_id](const PendingTimer& timer) { return timer.timer_id == timer_id; });
}

// FunctionExit / FunctionSuspend: pop the frame; if it is not on top (an exit we never saw the
// inner exits of, e.g. after an exception), pop down to it; if it is not on the stack at all,
// the exit is unmatched and changes nothing.
void PopFrame(std::vector<StackFrame>& stack, uint32_t function_id) {
  for (auto frame = stack.rbegin(); frame != stack.rend(); ++frame) {
    if (frame->function_id == function_id) {
      stack.erase(std::next(frame).base(), stack.end());
      return;
    }
  }
}

// What the loop is doing once a nested step (a checkpoint, a render step) is over.
LoopStep ResumedStep(const ReplayState& state) {
  if (state.current_task_id != 0) return LoopStep::RunningTask;
  if (state.render_step) return LoopStep::Rendering;
  return LoopStep::BetweenTasks;
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
      break;
    case EventKind::TraceTruncated:
      state.truncated = true;
      break;

    case EventKind::TaskEnqueued:
      state.task_queue.push_back(QueueEntry{event.a, event.b, static_cast<uint8_t>(event.aux), index, time_ns});
      break;
    case EventKind::TaskStarted:
      RemoveById(state.task_queue, event.a);
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
          .push_back(QueueEntry{event.a, event.b, static_cast<uint8_t>(event.aux), index, time_ns});
      break;
    case EventKind::MicrotaskStarted:
      RemoveById(event.aux == static_cast<uint8_t>(MicrotaskSource::NextTick) ? state.next_tick_queue
                                                                              : state.microtask_queue,
                 event.a);
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
      state.step = ResumedStep(state);
      break;

    case EventKind::FunctionEnter:
      if (event.b != 0 && !state.stack.empty()) state.stack.back().line = event.b;  // the call site
      state.stack.push_back(StackFrame{event.a, index});
      break;
    case EventKind::FunctionResume:
      state.stack.push_back(StackFrame{event.a, index});
      break;
    case EventKind::FunctionExit:
    case EventKind::FunctionSuspend:
      PopFrame(state.stack, event.a);
      break;
    case EventKind::SourceLine:
      if (!state.stack.empty()) state.stack.back().line = event.a;
      break;

    case EventKind::TimerInstalled:
      // An interval is re-installed after each run under the same id: replace, don't duplicate.
      RemoveTimer(state.timers, event.a);
      state.timers.push_back(
          PendingTimer{event.a, event.b, 0, 0, event.aux != 0, ScriptTimeNs(state), ScriptTimeNs(state), index});
      break;
    case EventKind::TimerCleared:
      RemoveTimer(state.timers, event.a);
      // Cleared after it fell due: its task leaves the task queue unrun.
      if (event.b != 0) {
        std::erase_if(state.task_queue, [&](const QueueEntry& entry) { return entry.id == event.b; });
      }
      break;
    case EventKind::TimerFired:
      RemoveTimer(state.timers, event.a);
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
      break;
    case EventKind::IdleEnd:
      state.step = LoopStep::BetweenTasks;
      state.script_time_ns += state.idle_length_ns;
      state.idle_length_ns = 0;
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
      state.thread_pool.push_back(PendingWork{event.a, event.b, time_ns, index});
      break;
    case EventKind::ThreadPoolDone:
      std::erase_if(state.thread_pool, [id = event.a](const PendingWork& work) { return work.work_id == id; });
      break;
    case EventKind::ProcessLifecycle:
      state.process_step = static_cast<ProcessStep>(event.aux);
      if (state.process_step == ProcessStep::Exit || state.process_step == ProcessStep::Terminated) state.exit_code = event.a;
      if (state.process_step == ProcessStep::LoopEmpty) state.step = LoopStep::BetweenTasks;
      break;

    case EventKind::NetworkRequest:
      state.requests.push_back(PendingRequest{event.a, event.b, time_ns, index});
      break;
    case EventKind::NetworkResponse:
      std::erase_if(state.requests, [id = event.a](const PendingRequest& request) { return request.request_id == id; });
      break;

    case EventKind::ConsoleOutput:
    case EventKind::UncaughtError:
      ++state.console_line_count;
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
