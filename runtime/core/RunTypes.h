// RunTypes.h — the vocabulary every layer of the runtime (and the UI) shares: which clock and
// which event-loop model a run uses, how a run ended, and the levels of console output.
// Plain enums and structs; no dependencies. Values marked "in the trace" are stored in recorded
// events (Event.h) and must never be renumbered.
#pragma once

#include <cstdint>
#include <string>

namespace loopscope {

// skip-idle (default): script time stands still while JavaScript runs and jumps straight to the
// next due timer when the loop would sleep (headless Chromium's virtual time). real: the loop
// really sleeps. The node model always runs on Node's own (real) clock.
enum class ClockMode : uint8_t { SkipIdle = 0, Real = 1 };  // in the trace (RunStarted aux, low bit)

// Which host runs the script: the HTML event loop (sandboxed, Loopscope's own) or the real
// Node.js runtime (libnode; the script has Node's powers, like `node FILE.js`).
enum class LoopModel : uint8_t { Browser = 0, Node = 1 };  // in the trace (RunStarted b)

enum class RunEndReason : uint8_t { Completed = 0, Stopped = 1, TimedOut = 2, SyntaxError = 3, Fatal = 4 };  // in the trace

// How a run ended. `exit_code` is the script's own exit status where the model has one (node:
// process.exitCode / process.exit(n) / 1 after an uncaught exception); 0 otherwise.
struct RunOutcome {
  RunEndReason reason = RunEndReason::Completed;
  std::string message;  // SyntaxError: "SyntaxError: … (line:column)"; TimedOut / Fatal / Stopped: why
  int exit_code = 0;
};

// Other: console.dir/table/count/trace/group/assert-style output, which is not console.log/info/debug.
enum class ConsoleLevel : uint8_t { Log = 0, Info = 1, Debug = 2, Warn = 3, Error = 4, Other = 5 };  // in the trace

// What the headless CLI prints on stdout: exactly console.log/info/debug; everything else (warn,
// error, other console methods, uncaught errors) goes to stderr.
inline bool IsStdoutLevel(ConsoleLevel level) {
  return level == ConsoleLevel::Log || level == ConsoleLevel::Info || level == ConsoleLevel::Debug;
}

}  // namespace loopscope
