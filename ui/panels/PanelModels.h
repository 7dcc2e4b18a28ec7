// PanelModels.h — what each panel shows, computed from the replay state at the playback cursor.
//
// These are the panels' view models: pure functions of (ReplayState, Trace) with no ImGui, so the
// rules that decide what a learner sees ("the stack is empty", "this microtask came from an
// await", "this timer is due in 12 ms") are unit-tested without a window (tests/ui).
// Threads: UI thread (they read the trace lock-free).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Event.h"
#include "runtime/trace/Trace.h"

namespace loopscope::ui {

// ---- Call Stack ----------------------------------------------------------------------------------
inline constexpr const char* kEmptyStackText = "stack empty — the loop may take the next task";
inline constexpr const char* kEmptyStackInCheckpointText = "stack empty — the next microtask runs before any task";
// What the empty stack means now: between tasks the loop may take the next one; inside a
// microtask checkpoint the microtask queue drains first.
const char* EmptyStackText(const ReplayState& state);

struct StackRow {
  std::string name;          // as DevTools names it: the function's name, or "(anonymous)"
  uint32_t function_id = 0;
  uint32_t line = 0;         // 1-based; 0 if unknown
  uint32_t column = 0;
  uint64_t pushed_at_event = 0;
};
// Top of the stack first (as DevTools lists it).
std::vector<StackRow> CallStackRows(const ReplayState& state, const Trace& trace);
// The instrumenter's frame for the script's top-level code (anonymous, at 1:1).
bool IsTopLevelFrame(const FunctionInfo& info, const Trace& trace);
// The source line of the innermost frame (what the Source panel highlights), if any; none for the
// top-level code, whose frame spans the whole file.
std::optional<uint32_t> CurrentSourceLine(const ReplayState& state, const Trace& trace);

// ---- Task Queue / Microtask Queue ----------------------------------------------------------------
// The API that put a callback in a queue, as a learner would write it.
std::string_view TaskSourceBadge(TaskSource source);            // "setTimeout", "fetch", "click" …
std::string_view MicrotaskSourceBadge(MicrotaskSource source);  // "then", "await", "queueMicrotask" …

struct QueueCard {
  uint32_t id = 0;             // task / microtask id (stable: used to animate the card)
  std::string name;            // callback name or "(anonymous)"
  std::string badge;           // TaskSourceBadge / MicrotaskSourceBadge
  uint8_t source = 0;          // the TaskSource / MicrotaskSource value (picks the badge colour)
  uint64_t enqueued_at_event = 0;
  uint64_t enqueued_ns = 0;
};
// Front of the queue (the next to run) first; at most kMaxQueueCards (the strip shows a handful,
// the panel header says how many wait in all).
inline constexpr std::size_t kMaxQueueCards = 200;
std::vector<QueueCard> TaskQueueCards(const ReplayState& state, const Trace& trace);
std::vector<QueueCard> MicrotaskQueueCards(const ReplayState& state, const Trace& trace);

// ---- Web APIs ------------------------------------------------------------------------------------
struct TimerRow {
  uint32_t timer_id = 0;
  std::string call;            // "setTimeout(tick, 100)" / "setInterval(poll, 50)"
  double remaining_ms = 0;     // until due at the cursor's time; 0 once due
  double progress = 0;         // 0 when installed … 1 when due
  bool repeating = false;
};
// The Web APIs panel draws at most this many timers, requests and thread-pool rows each; its
// header says how many are pending in all.
inline constexpr std::size_t kMaxWebApiRows = 200;
// Soonest due first (ties: installation order, like the timer heap); at most kMaxWebApiRows.
// O(pending timers) per call, formatting only the rows returned.
std::vector<TimerRow> WebApiRows(const ReplayState& state, const Trace& trace);

// ---- Event Loop ----------------------------------------------------------------------------------
// The stations of the loop diagram, in the order the loop visits them.
enum class LoopStation : uint8_t { Task, Microtasks, Render, Idle, None };
inline constexpr int kLoopStationCount = 4;

struct LoopStepView {
  LoopStation station = LoopStation::None;
  std::string title;   // "Running a task", "Microtask checkpoint" …
  std::string detail;  // "setTimeout → tick", "then: onDone" …
};
LoopStepView DescribeLoopStep(const ReplayState& state, const Trace& trace);
const char* LoopStationName(LoopStation station);

// ---- Node model ----------------------------------------------------------------------------------
// The panels a run shows follow the model its trace recorded (RunStarted), not the UI's switch.
inline bool IsNodeRun(const ReplayState& state) { return state.model == LoopModel::Node; }

// libuv's phases, in the order one loop iteration visits them (the wheel's stations).
inline constexpr int kNodePhaseCount = 6;
const char* NodePhaseLabel(LoopPhase phase);   // "timers", "pending", "idle · prepare", "poll", "check", "close"
const char* NodePhaseRuns(LoopPhase phase);    // what runs there: "expired setTimeout/setInterval callbacks" …

// Where the process is in its life (the strip under the wheel): the main module runs first, then
// the loop turns until nothing keeps it alive, 'beforeExit' may restart it, then 'exit'.
enum class NodeStage : uint8_t { MainModule, Loop, BeforeExit, Exit };
inline constexpr int kNodeStageCount = 4;
const char* NodeStageLabel(NodeStage stage);  // "main module", "event loop", "beforeExit", "exit"

struct NodeLoopView {
  int phase = -1;        // LoopPhase the wheel lights; -1: none (the main module, or the end)
  bool in_phase = false; // inside that phase now (else: it is the last one the loop was in)
  uint32_t iteration = 0;
  std::string title;     // "poll — waiting for I/O", "main module", "beforeExit" …
  std::string detail;
  NodeStage stage = NodeStage::MainModule;
  std::string stage_note;  // beside the stage: "exit code 0" once known, else empty
  std::string poll_note;   // "last poll waited 1.98 ms" / "poll is waiting for I/O"; empty before the first poll
};
NodeLoopView DescribeNodeLoop(const ReplayState& state, const Trace& trace);
std::vector<QueueCard> NextTickQueueCards(const ReplayState& state, const Trace& trace);

// Node runs: the folded frame of Node's own code under the user's frames while Node runs a
// callback ("(node internals) listOnTimeout"); empty when nothing of Node's is on the stack.
std::string NodeInternalsFrame(const ReplayState& state);

struct ThreadPoolRow {
  uint32_t work_id = 0;
  std::string what;      // "fs request", "dns request"…
  double elapsed_ms = 0; // since it was handed to the pool
};
// Queue order; at most kMaxWebApiRows.
std::vector<ThreadPoolRow> ThreadPoolRows(const ReplayState& state, const Trace& trace);

// ---- Source --------------------------------------------------------------------------------------
struct SourceError {
  uint32_t line = 0;    // 1-based; 0 if the message had no position
  uint32_t column = 0;  // 1-based
  std::string message;  // without the position suffix
};
// Parses "SyntaxError: Unexpected token ')' (3:14)" (RunSession's SyntaxError message).
SourceError ParseSourceError(std::string_view message);

// ---- Formatting ----------------------------------------------------------------------------------
// "0 ns", "850 ns", "12.4 µs", "1.25 ms", "3.20 s": three significant digits, unit chosen by size.
std::string FormatDuration(uint64_t ns);
std::string FormatDurationMs(double ms);
// A timer's remaining time, steady while it counts down: "0.45 ms", "7.5 ms", "250 ms", "12.0 s", "due".
std::string FormatCountdown(double ms);
std::string OrAnonymous(std::string_view name);
// A request's URL as the panels show it: a file URL by its last two path segments
// ("…/fetch_files/data.json", "…/delay/300": the page's folder is implied), any other URL whole.
std::string RequestDisplayName(std::string_view url);

}  // namespace loopscope::ui
