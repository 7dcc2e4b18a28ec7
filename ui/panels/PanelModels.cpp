#include "ui/panels/PanelModels.h"

#include <algorithm>
#include <cstdio>

namespace loopscope::ui {

std::string OrAnonymous(std::string_view name) { return name.empty() ? std::string("(anonymous)") : std::string(name); }

std::string RequestDisplayName(std::string_view url) {
  constexpr std::string_view kFileScheme = "file://";
  if (url.substr(0, kFileScheme.size()) != kFileScheme) return std::string(url);
  const std::size_t last = url.rfind('/');
  const std::size_t before = last == std::string_view::npos || last == 0 ? std::string_view::npos : url.rfind('/', last - 1);
  if (before == std::string_view::npos || before < kFileScheme.size()) return std::string(url);
  return "…" + std::string(url.substr(before));
}

std::vector<StackRow> CallStackRows(const ReplayState& state, const Trace& trace) {
  std::vector<StackRow> rows;
  rows.reserve(state.stack.size());
  for (auto it = state.stack.rbegin(); it != state.stack.rend(); ++it) {
    const FunctionInfo& info = trace.Function(it->function_id);
    StackRow row;
    row.name = OrAnonymous(trace.String(info.name));
    row.function_id = it->function_id;
    row.line = it->line != 0 ? it->line : info.line;
    row.column = it->line != 0 ? 0 : info.column;
    row.pushed_at_event = it->pushed_at_event;
    rows.push_back(std::move(row));
  }
  return rows;
}

const char* EmptyStackText(const ReplayState& state) {
  return state.step == LoopStep::Microtasks ? kEmptyStackInCheckpointText : kEmptyStackText;
}

bool IsTopLevelFrame(const FunctionInfo& info, const Trace& trace) {
  // The host registers the script's top-level code as "(anonymous)" at 1:1 (BrowserHost).
  const std::string_view name = trace.String(info.name);
  return (name.empty() || name == "(anonymous)") && info.line == 1 && info.column == 1;
}

std::optional<uint32_t> CurrentSourceLine(const ReplayState& state, const Trace& trace) {
  if (state.stack.empty()) return std::nullopt;
  if (state.stack.back().line != 0) return state.stack.back().line;  // where the frame is now
  const FunctionInfo& info = trace.Function(state.stack.back().function_id);
  // The top-level script's frame spans the whole file: pointing at line 1 would mislead.
  if (info.line == 0 || IsTopLevelFrame(info, trace)) return std::nullopt;
  return info.line;
}

std::string_view TaskSourceBadge(TaskSource source) {
  switch (source) {
    case TaskSource::Script: return "script";
    case TaskSource::Timer: return "setTimeout";
    case TaskSource::Interval: return "setInterval";
    case TaskSource::Networking: return "fetch";
    case TaskSource::UserInteraction: return "click";
    case TaskSource::PostedMessage: return "postMessage";
    case TaskSource::IdleCallback: return "requestIdleCallback";
    case TaskSource::Immediate: return "setImmediate";
    case TaskSource::Io: return "I/O";
    case TaskSource::Close: return "close";
    case TaskSource::DomManipulation: return "event";
    case TaskSource::PrioritizedTask: return "postTask";
    default: return "task";
  }
}

std::string_view MicrotaskSourceBadge(MicrotaskSource source) {
  switch (source) {
    case MicrotaskSource::Then: return "then";
    case MicrotaskSource::Catch: return "catch";
    case MicrotaskSource::Finally: return "finally";
    case MicrotaskSource::Await: return "await";
    case MicrotaskSource::QueueMicrotask: return "queueMicrotask";
    case MicrotaskSource::ResolveThenable: return "resolve(thenable)";
    case MicrotaskSource::NextTick: return "nextTick";
    case MicrotaskSource::Internal: return "internal";
    case MicrotaskSource::MutationObserver: return "MutationObserver";
    default: return "job";
  }
}

namespace {
template <typename Source, typename BadgeFn>
std::vector<QueueCard> Cards(const auto& queue, const Trace& trace, BadgeFn badge) {
  std::vector<QueueCard> cards;
  cards.reserve(std::min(queue.size(), kMaxQueueCards));
  for (const auto& entry : queue) {
    if (cards.size() == kMaxQueueCards) break;
    QueueCard card;
    card.id = entry.id;
    card.name = OrAnonymous(trace.String(entry.name));
    card.source = static_cast<uint8_t>(entry.source);
    card.badge = std::string(badge(static_cast<Source>(entry.source)));
    card.enqueued_at_event = entry.enqueued_at_event;
    card.enqueued_ns = entry.enqueued_ns;
    cards.push_back(std::move(card));
  }
  return cards;
}
}  // namespace

std::vector<QueueCard> TaskQueueCards(const ReplayState& state, const Trace& trace) {
  return Cards<TaskSource>(state.task_queue, trace, TaskSourceBadge);
}

std::vector<QueueCard> MicrotaskQueueCards(const ReplayState& state, const Trace& trace) {
  return Cards<MicrotaskSource>(state.microtask_queue, trace, MicrotaskSourceBadge);
}

std::vector<QueueCard> NextTickQueueCards(const ReplayState& state, const Trace& trace) {
  return Cards<MicrotaskSource>(state.next_tick_queue, trace, MicrotaskSourceBadge);
}

const char* NodePhaseLabel(LoopPhase phase) {
  switch (phase) {
    case LoopPhase::Timers: return "timers";
    case LoopPhase::Pending: return "pending";
    case LoopPhase::IdlePrepare: return "idle · prepare";
    case LoopPhase::Poll: return "poll";
    case LoopPhase::Check: return "check";
    case LoopPhase::Close: return "close";
  }
  return "?";
}

const char* NodePhaseRuns(LoopPhase phase) {
  switch (phase) {
    case LoopPhase::Timers: return "expired setTimeout / setInterval callbacks";
    case LoopPhase::Pending: return "I/O callbacks deferred from the last poll";
    case LoopPhase::IdlePrepare: return "libuv's internal handles";
    case LoopPhase::Poll: return "waits for I/O, runs its callbacks";
    case LoopPhase::Check: return "setImmediate callbacks";
    case LoopPhase::Close: return "'close' callbacks";
  }
  return "";
}

const char* NodeStageLabel(NodeStage stage) {
  switch (stage) {
    case NodeStage::MainModule: return "main module";
    case NodeStage::Loop: return "event loop";
    case NodeStage::BeforeExit: return "beforeExit";
    case NodeStage::Exit: return "exit";
  }
  return "";
}

namespace {
NodeStage StageOf(const ReplayState& state) {
  if (state.finished) return NodeStage::Exit;
  if (!state.process_step) return NodeStage::MainModule;
  switch (*state.process_step) {
    case ProcessStep::LoopStarted: return NodeStage::Loop;
    case ProcessStep::LoopEmpty:
    case ProcessStep::BeforeExit: return state.loop_phase ? NodeStage::Loop : NodeStage::BeforeExit;  // a listener restarted the loop
    default: return NodeStage::Exit;
  }
}

// Whether a poll phase has ended yet (so last_poll_blocked_us means something).
bool PollHasEnded(const ReplayState& state) {
  if (state.loop_iteration > 1) return true;
  if (!state.last_loop_phase || state.loop_iteration == 0) return false;
  return *state.last_loop_phase > LoopPhase::Poll || (*state.last_loop_phase == LoopPhase::Poll && !state.loop_phase);
}
}  // namespace

NodeLoopView DescribeNodeLoop(const ReplayState& state, const Trace& trace) {
  NodeLoopView view;
  view.iteration = state.loop_iteration;
  const std::optional<LoopPhase> phase = state.loop_phase ? state.loop_phase : state.last_loop_phase;
  if (phase) view.phase = static_cast<int>(*phase);
  view.in_phase = state.loop_phase.has_value();
  view.stage = StageOf(state);
  if (view.stage == NodeStage::Exit) view.stage_note = "code " + std::to_string(state.exit_code);
  if (state.loop_phase == LoopPhase::Poll) {
    view.poll_note = "poll blocks until I/O is ready or a timer is due";
  } else if (PollHasEnded(state)) {
    view.poll_note = state.last_poll_blocked_us == 0
                         ? std::string("last poll did not wait")
                         : "last poll waited " + FormatDuration(uint64_t{state.last_poll_blocked_us} * 1000);
  }
  const bool running_callback = state.current_task_id != 0 && state.current_task_source != static_cast<uint8_t>(TaskSource::Script);
  if (state.finished) {
    view.phase = -1;
    // Stopped, timed out, failed: said as for any run; otherwise Node exited by itself.
    const LoopStepView end = DescribeLoopStep(state, trace);
    const bool exited = end.title == "Finished";
    view.title = exited ? "Exited" : end.title;
    view.detail = exited ? "exit code " + std::to_string(state.exit_code) : end.detail;
    return view;
  }
  if (state.process_step == ProcessStep::Terminated) {
    view.phase = -1;
    view.title = "process.exit()";
    view.detail = "exit code " + std::to_string(state.exit_code) + " — nothing queued runs any more";
    return view;
  }
  if (state.process_step == ProcessStep::Exit) {
    view.phase = -1;
    view.title = "'exit'";
    view.detail = "exit code " + std::to_string(state.exit_code);
    return view;
  }
  if (state.process_step == ProcessStep::BeforeExit || state.process_step == ProcessStep::LoopEmpty) {
    if (!state.loop_phase) {
      view.phase = -1;
      view.title = state.process_step == ProcessStep::BeforeExit ? "'beforeExit'" : "Loop empty";
      view.detail = "nothing keeps the loop alive; a listener may queue more work";
      return view;
    }
  }
  if (!state.process_step && state.current_task_source == static_cast<uint8_t>(TaskSource::Script) &&
      state.current_task_id != 0) {
    view.phase = -1;
    view.title = "Main module";
    view.detail = state.current_microtask_id != 0 || !state.next_tick_queue.empty() || !state.microtask_queue.empty()
                      ? "then nextTicks and microtasks, before the loop starts"
                      : "the script's top-level code runs before the loop";
    return view;
  }
  if (!phase) {
    view.title = state.step == LoopStep::NotStarted ? "Not started" : "Starting";
    view.detail = state.step == LoopStep::NotStarted ? "Press Run to start Node.js" : "";
    return view;
  }
  view.title = std::string(NodePhaseLabel(*phase)) + " phase";
  if (state.current_microtask_id != 0) {
    view.detail = (state.current_microtask_source == static_cast<uint8_t>(MicrotaskSource::NextTick) ? "nextTick: "
                                                                                                     : "microtask: ") +
                  OrAnonymous(trace.String(state.current_microtask_name));
  } else if (running_callback) {
    view.detail = std::string(TaskSourceBadge(static_cast<TaskSource>(state.current_task_source))) + " → " +
                  OrAnonymous(trace.String(state.current_task_name));
  } else if (*phase == LoopPhase::Poll && view.in_phase) {
    view.detail = state.thread_pool.empty() ? "waiting for I/O or the next timer"
                                            : "waiting for " + std::to_string(state.thread_pool.size()) + " thread-pool request(s)";
  } else if (*phase == LoopPhase::Check && state.last_poll_blocked_us > 0) {
    view.detail = "poll waited " + FormatDuration(uint64_t{state.last_poll_blocked_us} * 1000);
  } else {
    view.detail = NodePhaseRuns(*phase);
  }
  return view;
}

std::string NodeInternalsFrame(const ReplayState& state) {
  if (!IsNodeRun(state) || state.finished) return {};
  // Which of Node's functions calls the callback (lib/internal/timers.js, process/task_queues.js…).
  if (state.current_microtask_id != 0) return "(node internals) processTicksAndRejections";
  if (state.current_task_id == 0) return {};
  switch (static_cast<TaskSource>(state.current_task_source)) {
    case TaskSource::Script: return "(node internals) Module._load";
    case TaskSource::Timer:
    case TaskSource::Interval: return "(node internals) listOnTimeout";
    case TaskSource::Immediate: return "(node internals) processImmediate";
    default: return "(node internals)";
  }
}

std::vector<ThreadPoolRow> ThreadPoolRows(const ReplayState& state, const Trace& trace) {
  std::vector<ThreadPoolRow> rows;
  rows.reserve(std::min(state.thread_pool.size(), kMaxWebApiRows));
  for (const PendingWork& work : state.thread_pool) {
    if (rows.size() == kMaxWebApiRows) break;
    ThreadPoolRow row;
    row.work_id = work.work_id;
    row.what = OrAnonymous(trace.String(work.what));
    row.elapsed_ms = state.time_ns > work.queued_ns ? (state.time_ns - work.queued_ns) / 1e6 : 0.0;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<TimerRow> WebApiRows(const ReplayState& state, const Trace& trace) {
  // Only the rows shown are formatted: the soonest kMaxWebApiRows by (due, installation event,
  // installation order), found with a partial sort over small keys.
  struct Keyed {
    uint64_t due_ns;
    uint64_t installed_at_event;
    std::size_t order;
    const PendingTimer* timer;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(state.timers.size());
  for (const PendingTimer& timer : state.timers) keyed.push_back({timer.due_ns, timer.installed_at_event, keyed.size(), &timer});
  const std::size_t shown = std::min(keyed.size(), kMaxWebApiRows);
  std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(shown), keyed.end(),
                    [](const Keyed& x, const Keyed& y) {
                      if (x.due_ns != y.due_ns) return x.due_ns < y.due_ns;
                      if (x.installed_at_event != y.installed_at_event) return x.installed_at_event < y.installed_at_event;
                      return x.order < y.order;
                    });
  const uint64_t now = ScriptTimeNs(state);  // timers run on the script's clock
  std::vector<TimerRow> rows;
  rows.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i) {
    const PendingTimer& timer = *keyed[i].timer;
    TimerRow row;
    row.timer_id = timer.timer_id;
    row.repeating = timer.repeating;
    row.call = std::string(timer.repeating ? "setInterval(" : "setTimeout(") + OrAnonymous(trace.String(timer.name)) +
               ", " + std::to_string(timer.delay_ms) + ")";
    const uint64_t due = timer.due_ns;
    row.remaining_ms = due > now ? static_cast<double>(due - now) / 1e6 : 0.0;
    const uint64_t span = due > timer.installed_ns ? due - timer.installed_ns : 0;
    if (span == 0 || now >= due) {
      row.progress = 1.0;
    } else if (now <= timer.installed_ns) {
      row.progress = 0.0;
    } else {
      row.progress = static_cast<double>(now - timer.installed_ns) / static_cast<double>(span);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

const char* LoopStationName(LoopStation station) {
  switch (station) {
    case LoopStation::Task: return "Task";
    case LoopStation::Microtasks: return "Microtasks";
    case LoopStation::Render: return "Render";
    case LoopStation::Idle: return "Idle";
    default: return "";
  }
}

LoopStepView DescribeLoopStep(const ReplayState& state, const Trace& trace) {
  LoopStepView view;
  const std::string task_name = OrAnonymous(trace.String(state.current_task_name));
  const auto task_source = static_cast<TaskSource>(state.current_task_source);
  switch (state.step) {
    case LoopStep::NotStarted:
      view.title = "Not started";
      view.detail = "Press Run to evaluate the script";
      break;
    case LoopStep::RunningTask:
      view.station = LoopStation::Task;
      view.title = "Running a task";
      view.detail = task_source == TaskSource::Script
                        ? std::string("the script's top-level code")
                        : std::string(TaskSourceBadge(task_source)) + " → " + task_name;
      break;
    case LoopStep::Microtasks:
      view.station = LoopStation::Microtasks;
      view.title = "Microtask checkpoint";
      view.detail = state.current_microtask_id != 0
                        ? "running " + OrAnonymous(trace.String(state.current_microtask_name))
                        : std::string("draining the microtask queue");
      break;
    case LoopStep::Rendering:
      view.station = LoopStation::Render;
      view.title = "Rendering";
      view.detail = "requestAnimationFrame · style · layout · paint";
      break;
    case LoopStep::BetweenTasks:
      view.station = LoopStation::Task;
      view.title = "Picking the next task";
      view.detail = state.task_queue.empty() ? std::string("the task queue is empty")
                                             : "next: " + OrAnonymous(trace.String(state.task_queue.front().name));
      break;
    case LoopStep::Idle:
      view.station = LoopStation::Idle;
      view.title = "Idle";
      view.detail = !state.requests.empty() ? (state.timers.empty() ? "waiting for " : "waiting for a timer or ") +
                                                  std::to_string(state.requests.size()) + " network request(s)"
                    : state.timers.empty() ? std::string("nothing to do")
                                           : std::string("waiting for a timer");
      break;
    case LoopStep::Finished: {
      view.title = "Finished";
      view.detail = "no tasks, timers or requests: the loop has ended";
      // Why it ended is in the RunEnded event (the last one applied).
      if (state.event_index > 0 && state.event_index <= trace.PublishedCount()) {
        const Event& last = trace.At(state.event_index - 1);
        if (last.Kind() == EventKind::RunEnded) {
          switch (static_cast<RunEndReason>(last.aux)) {
            case RunEndReason::Stopped: view.title = "Stopped"; view.detail = "the run was ended with Stop"; break;
            case RunEndReason::TimedOut: view.title = "Timed out"; view.detail = "the run hit its time limit"; break;
            case RunEndReason::SyntaxError: view.title = "Not started"; view.detail = "the script did not compile"; break;
            case RunEndReason::Fatal: view.title = "Failed"; view.detail = "the runtime could not go on"; break;
            default: break;
          }
        }
      }
      break;
    }
  }
  return view;
}

SourceError ParseSourceError(std::string_view message) {
  SourceError error;
  error.message = std::string(message);
  // The position is the last "(line:column)" group.
  const auto open = message.rfind('(');
  const auto close = message.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return error;
  unsigned line = 0, column = 0;
  const std::string inner(message.substr(open + 1, close - open - 1));
  if (std::sscanf(inner.c_str(), "%u:%u", &line, &column) == 2) {
    error.line = line;
    error.column = column;
    std::string_view head = message.substr(0, open);
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    error.message = std::string(head);
  }
  return error;
}

std::string FormatDuration(uint64_t ns) {
  char buf[32];
  const double v = static_cast<double>(ns);
  auto fmt = [&](double value, const char* unit) {
    const char* pattern = value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s";
    std::snprintf(buf, sizeof buf, pattern, value, unit);
  };
  if (ns == 0) return "0 ns";
  if (ns < 1000) {
    std::snprintf(buf, sizeof buf, "%llu ns", static_cast<unsigned long long>(ns));
  } else if (ns < 1000000) {
    fmt(v / 1e3, "µs");
  } else if (ns < 1000000000) {
    fmt(v / 1e6, "ms");
  } else {
    fmt(v / 1e9, "s");
  }
  return buf;
}

std::string FormatDurationMs(double ms) {
  if (ms <= 0) return "due";
  return FormatDuration(static_cast<uint64_t>(ms * 1e6));
}

std::string FormatCountdown(double ms) {
  if (ms <= 0) return "due";
  char buf[32];
  if (ms < 1) {
    std::snprintf(buf, sizeof buf, "%.2f ms", ms);
  } else if (ms < 10) {
    std::snprintf(buf, sizeof buf, "%.1f ms", ms);
  } else if (ms < 10000) {
    std::snprintf(buf, sizeof buf, "%.0f ms", ms);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f s", ms / 1000);
  }
  return buf;
}

}  // namespace loopscope::ui
