// Event.cpp — the stable names of event kinds and their enums (used by the text trace format,
// the golden tests and the UI). Changing a name changes every golden file: add, never rename.
#include "runtime/trace/Event.h"

#include <array>

namespace loopscope {
namespace {

// Looks a name up in a table indexed by the enum's value; values a newer writer may have
// produced (or a corrupt trace) read as "Unknown" instead of indexing out of bounds.
template <std::size_t N>
std::string_view NameFrom(const std::array<std::string_view, N>& names, std::size_t value) {
  return value < N ? names[value] : std::string_view{"Unknown"};
}

// A table with fewer initialisers than its enum has values would silently hold empty names.
template <std::size_t N>
constexpr bool AllNamed(const std::array<std::string_view, N>& names) {
  for (std::string_view name : names) {
    if (name.empty()) return false;
  }
  return true;
}

constexpr std::array<std::string_view, static_cast<std::size_t>(EventKind::Count)> kEventKindNames = {
    "Detail",         "RunStarted",      "ScriptCompiled",    "RunEnded",         "TraceTruncated",
    "TaskEnqueued",   "TaskStarted",     "TaskEnded",         "MicrotaskEnqueued", "MicrotaskStarted",
    "MicrotaskEnded", "CheckpointBegin", "CheckpointEnd",     "FunctionEnter",    "FunctionExit",
    "FunctionSuspend", "FunctionResume", "TimerInstalled",    "TimerCleared",     "TimerFired",
    "RenderingBegin", "RenderingEnd",    "IdleBegin",         "IdleEnd",          "LoopPhaseBegin",
    "LoopPhaseEnd",   "GcBegin",         "GcEnd",             "JitCode",          "NetworkRequest",
    "NetworkResponse", "ConsoleOutput",  "UncaughtError",     "SourceLine",       "ThreadPoolQueued",
    "ThreadPoolDone", "ProcessLifecycle", "PageSnapshot",
};

constexpr std::array<std::string_view, static_cast<std::size_t>(TaskSource::Count)> kTaskSourceNames = {
    "Script", "Timer", "Interval", "Networking", "UserInteraction",
    "PostedMessage", "IdleCallback", "Immediate", "Io", "Close", "DomManipulation", "PrioritizedTask",
};

constexpr std::array<std::string_view, static_cast<std::size_t>(MicrotaskSource::Count)> kMicrotaskSourceNames = {
    "Then", "Catch", "Finally", "Await", "QueueMicrotask", "ResolveThenable", "NextTick", "Internal", "MutationObserver",
};

constexpr std::array<std::string_view, 6> kConsoleLevelNames = {"Log", "Info", "Debug", "Warn", "Error", "Other"};
constexpr std::array<std::string_view, 3> kRenderStepNames = {"AnimationFrames", "StyleLayout", "Paint"};
constexpr std::array<std::string_view, 3> kGcKindNames = {"Minor", "Major", "Other"};
constexpr std::array<std::string_view, 2> kJitKindNames = {"Compile", "Optimize"};
constexpr std::array<std::string_view, 6> kLoopPhaseNames = {"Timers", "Pending", "IdlePrepare", "Poll", "Check", "Close"};
constexpr std::array<std::string_view, static_cast<std::size_t>(ProcessStep::Count)> kProcessStepNames = {
    "LoopStarted", "LoopEmpty", "BeforeExit", "Exit", "Terminated"};
constexpr std::array<std::string_view, static_cast<std::size_t>(ResponseOutcome::Count)> kResponseOutcomeNames = {
    "Response", "NetworkError", "Aborted"};
constexpr std::array<std::string_view, 5> kRunEndReasonNames = {"Completed", "Stopped", "TimedOut", "SyntaxError", "Fatal"};

static_assert(AllNamed(kEventKindNames), "every EventKind needs a name");
static_assert(AllNamed(kTaskSourceNames), "every TaskSource needs a name");
static_assert(AllNamed(kMicrotaskSourceNames), "every MicrotaskSource needs a name");
static_assert(AllNamed(kProcessStepNames), "every ProcessStep needs a name");
static_assert(AllNamed(kResponseOutcomeNames), "every ResponseOutcome needs a name");

}  // namespace

std::string_view EventKindName(EventKind kind) { return NameFrom(kEventKindNames, static_cast<std::size_t>(kind)); }
std::string_view TaskSourceName(TaskSource source) { return NameFrom(kTaskSourceNames, static_cast<std::size_t>(source)); }
std::string_view MicrotaskSourceName(MicrotaskSource source) {
  return NameFrom(kMicrotaskSourceNames, static_cast<std::size_t>(source));
}
std::string_view ConsoleLevelName(ConsoleLevel level) { return NameFrom(kConsoleLevelNames, static_cast<std::size_t>(level)); }
std::string_view RenderStepName(RenderStep step) { return NameFrom(kRenderStepNames, static_cast<std::size_t>(step)); }
std::string_view GcKindName(GcKind kind) { return NameFrom(kGcKindNames, static_cast<std::size_t>(kind)); }
std::string_view JitKindName(JitKind kind) { return NameFrom(kJitKindNames, static_cast<std::size_t>(kind)); }
std::string_view LoopPhaseName(LoopPhase phase) { return NameFrom(kLoopPhaseNames, static_cast<std::size_t>(phase)); }
std::string_view ProcessStepName(ProcessStep step) { return NameFrom(kProcessStepNames, static_cast<std::size_t>(step)); }
std::string_view ResponseOutcomeName(ResponseOutcome outcome) {
  return NameFrom(kResponseOutcomeNames, static_cast<std::size_t>(outcome));
}
std::string_view RunEndReasonName(RunEndReason reason) {
  return NameFrom(kRunEndReasonNames, static_cast<std::size_t>(reason));
}

}  // namespace loopscope
