// Event.h — every kind of event Loopscope records, and the fixed-size record that carries it.
//
// The trace is a flat, append-only array of `Event`s written by the runtime thread and read by
// the UI thread (see Trace.h). Each event is 16 bytes: a timestamp in nanoseconds on the run's
// trace clock (0 = the moment the run started; RunClock::TraceNowNs), a kind, one byte of kind-
// specific detail (`aux`) and two 32-bit operands (`a`, `b`) whose meaning the table below gives
// per kind. Strings (names, console text, messages) are ids into the trace's StringTable;
// functions are ids into its FunctionTable. Where one event needs more than two operands it is
// followed immediately by a `Detail` event carrying the rest; readers attach a `Detail` to the
// event just before it.
//
// Ids: task, microtask, timer and request ids are unique within one run and start at 1
// (0 means "none"). String id 0 is the empty string.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/core/RunTypes.h"

namespace loopscope {

// Where a task came from (HTML "task source"; node: the libuv phase that ran it).
enum class TaskSource : uint8_t {
  Script = 0,          // the top-level script evaluation
  Timer = 1,           // setTimeout
  Interval = 2,        // setInterval
  Networking = 3,      // fetch / XHR responses
  UserInteraction = 4, // clicks and other dispatched input
  PostedMessage = 5,   // postMessage / MessageChannel
  IdleCallback = 6,    // requestIdleCallback
  Immediate = 7,       // node: setImmediate (check phase)
  Io = 8,              // node: I/O callbacks (poll phase)
  Close = 9,           // node: close callbacks
  DomManipulation = 10,  // browser: unhandledrejection / rejectionhandled events (HTML 8.1.4.7)
  PrioritizedTask = 11,  // scheduler.postTask / scheduler.yield (Prioritized Task Scheduling)
  Count
};

// Why a microtask job was enqueued.
enum class MicrotaskSource : uint8_t {
  Then = 0,            // reaction of promise.then(onFulfilled, onRejected)
  Catch = 1,           // reaction of promise.catch(onRejected)
  Finally = 2,         // reaction of promise.finally(onFinally)
  Await = 3,           // continuation of an async function after `await`
  QueueMicrotask = 4,  // queueMicrotask(callback)
  ResolveThenable = 5, // the spec's hidden PromiseResolveThenableJob (resolve(p) with a thenable)
  NextTick = 6,        // node: process.nextTick
  Internal = 7,        // a reaction V8 or the host attached (Promise.all element, async iteration…)
  MutationObserver = 8,  // browser: the mutation observer microtask (DOM 4.3: delivers the records of a batch)
  Count
};

enum class RenderStep : uint8_t { AnimationFrames = 0, StyleLayout = 1, Paint = 2 };

enum class GcKind : uint8_t { Minor = 0, Major = 1, Other = 2 };

enum class JitKind : uint8_t { Compile = 0, Optimize = 1 };

// node model: libuv's phases in libuv's order.
enum class LoopPhase : uint8_t { Timers = 0, Pending = 1, IdlePrepare = 2, Poll = 3, Check = 4, Close = 5 };

// Values are explicit and never reused: saved recordings store them.
enum class EventKind : uint8_t {
  //                            aux               a                    b
  Detail = 0,                // -                 extra operand 1      extra operand 2  (belongs to the previous event)
  RunStarted = 1,            // ClockMode         script name (str)    LoopModel
  ScriptCompiled = 2,        // -                 script name (str)    function count   (node: once per instrumented module)
  RunEnded = 3,              // RunEndReason      message (str)        exit code        (always the last event)
  TraceTruncated = 4,        // -                 events dropped cap   -                (last event before RunEnded)

  TaskEnqueued = 5,          // TaskSource        task id              callback name (str)
  TaskStarted = 6,           // TaskSource        task id              callback name (str)
  TaskEnded = 7,             // TaskSource        task id              -

  MicrotaskEnqueued = 8,     // MicrotaskSource   microtask id         callback name (str)
  MicrotaskStarted = 9,      // MicrotaskSource   microtask id         callback name (str)
  MicrotaskEnded = 10,       // MicrotaskSource   microtask id         -
  CheckpointBegin = 11,      // -                 -                    -                (microtask checkpoint)
  CheckpointEnd = 12,        // 1 = stopped       jobs run             jobs dropped     (stopped: ran past the checkpoint limit, the queue was emptied)

  FunctionEnter = 13,        // -                 function id          line the caller is at (0 = unknown)
  FunctionExit = 14,         // -                 function id          -
  FunctionSuspend = 15,      // -                 function id          -                (await / yield: frame leaves the stack)
  FunctionResume = 16,       // -                 function id          -                (frame returns to the stack)

  TimerInstalled = 17,       // 1 = repeating     timer id             callback name (str);  Detail a = delay ms (after clamping), b = task id it will run as (0 = assigned later)
  TimerCleared = 18,         // -                 timer id             task id dropped from the task queue (0 = it had not fallen due)
                             //                   (timer id 0: no timer — a queued scheduler.postTask task whose signal aborted)
  TimerFired = 19,           // -                 timer id             task id          (due: its task enters the task queue)

  RenderingBegin = 20,       // RenderStep        frame number         -
  RenderingEnd = 21,         // RenderStep        frame number         -
  IdleBegin = 22,            // 1 = until input   would-be length µs (saturating)  -     (the loop has nothing to run;
                             //                   aux 1: a page waits for the user's input, a = 0, the script clock stands still)
  IdleEnd = 23,              // -                 -                    -

  LoopPhaseBegin = 24,       // LoopPhase         loop iteration       -
  LoopPhaseEnd = 25,         // LoopPhase         loop iteration       Poll: µs the poll blocked waiting for I/O (saturating)

  GcBegin = 26,              // GcKind            -                    -
  GcEnd = 27,                // GcKind            -                    -
  JitCode = 28,              // JitKind           function name (str)  -

  NetworkRequest = 29,       // -                 request id           url (str)        (browser: fetch() sent it to the network service: IPC send)
  NetworkResponse = 30,      // ResponseOutcome   request id           HTTP status (0 unless a response)  (its answer reached the loop: IPC receive; its task follows)

  ConsoleOutput = 31,        // ConsoleLevel      text (str)           -
  UncaughtError = 32,        // 1 = in promise    message (str)        stack (str)
  SourceLine = 33,           // -                 line (1-based)       column (1-based)  (the innermost frame is at this point of the user's source: a host call it made)

  ThreadPoolQueued = 34,     // -                 work id              what (str, e.g. "fs.readFile")  (node: a request handed to libuv's thread pool)
  ThreadPoolDone = 35,       // 1 = time estimated  work id            -                (its result reached the loop; the callback is a task that follows)
  ProcessLifecycle = 36,     // ProcessStep       exit code            -                (node: the process's steps after the main module)
  PageSnapshot = 37,         // -                 page (str)           -                (browser: the document changed; one line per element, js/dom.js snapshot())
  Count
};

// How a network request ended (NetworkResponse aux).
enum class ResponseOutcome : uint8_t {
  Response = 0,      // an HTTP response (any status)
  NetworkError = 1,  // refused or failed: fetch rejects with "TypeError: Failed to fetch"
  Aborted = 2,       // its AbortSignal aborted before the answer came
  Count
};

// node model: what happens after the main module ran (ProcessLifecycle aux).
enum class ProcessStep : uint8_t {
  LoopStarted = 0,  // the environment's event loop starts (uv_run)
  LoopEmpty = 1,    // uv_run returned: nothing keeps the loop alive
  BeforeExit = 2,   // process 'beforeExit' is emitted (it may schedule more work)
  Exit = 3,         // process 'exit' has been emitted: the process is done; a = the exit code
  Terminated = 4,   // process.exit() or an uncaught exception ended the environment at once (queued
                    // callbacks and jobs never run); a = the exit code
  Count
};

// One trace record. Timestamps use 48 bits (78 hours of nanoseconds).
struct Event {
  uint64_t time_ns : 48;
  uint64_t kind : 8;  // EventKind
  uint64_t aux : 8;   // kind-specific, see the table above
  uint32_t a;
  uint32_t b;

  EventKind Kind() const { return static_cast<EventKind>(kind); }
};
static_assert(sizeof(Event) == 16, "Event must stay 16 bytes: the trace holds millions of them");

inline constexpr uint8_t kIdleUntilInput = 1;  // IdleBegin's aux: waiting for the user, not for a time

inline constexpr uint64_t kMaxEventTimeNs = (uint64_t{1} << 48) - 1;

inline Event MakeEvent(uint64_t time_ns, EventKind kind, uint8_t aux = 0, uint32_t a = 0, uint32_t b = 0) {
  Event event{};
  event.time_ns = time_ns > kMaxEventTimeNs ? kMaxEventTimeNs : time_ns;
  event.kind = static_cast<uint8_t>(kind);
  event.aux = aux;
  event.a = a;
  event.b = b;
  return event;
}

// Stable, human-readable names used by the text trace format and the UI.
std::string_view EventKindName(EventKind kind);
std::string_view TaskSourceName(TaskSource source);
std::string_view MicrotaskSourceName(MicrotaskSource source);
std::string_view ConsoleLevelName(ConsoleLevel level);
std::string_view RenderStepName(RenderStep step);
std::string_view GcKindName(GcKind kind);
std::string_view JitKindName(JitKind kind);
std::string_view LoopPhaseName(LoopPhase phase);
std::string_view ProcessStepName(ProcessStep step);
std::string_view ResponseOutcomeName(ResponseOutcome outcome);
std::string_view RunEndReasonName(RunEndReason reason);

}  // namespace loopscope
