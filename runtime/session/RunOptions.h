// RunOptions.h — what one run of a script needs: the source, the loop model, the clock, limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/trace/Event.h"

namespace loopscope {

// skip-idle (default): time runs with the real clock while JavaScript runs and jumps straight to
// the next due timer when the loop would sleep. real: the loop really sleeps.
enum class ClockMode : uint8_t { SkipIdle = 0, Real = 1 };  // values appear in the trace (RunStarted aux)

enum class LoopModel { Browser, Node };

// Called on the runtime thread for every console call and every reported error, in order.
// `text` is the formatted line (no trailing newline). Must not block for long.
using ConsoleSink = std::function<void(ConsoleLevel level, std::string_view text)>;

struct RunOptions {
  std::string script_name = "script.js";      // shown in stacks and error messages
  std::string source;                         // the user's JavaScript, as written
  LoopModel model = LoopModel::Browser;
  ClockMode clock = ClockMode::SkipIdle;
  std::optional<double> timeout_seconds;      // wall-clock limit for the whole run
  std::size_t trace_cap_bytes = std::size_t{512} << 20;  // events + strings; beyond it the trace is truncated
  std::size_t heap_limit_bytes = std::size_t{1} << 30;   // V8 old-space cap; beyond it the run is stopped
  ConsoleSink console_sink;                   // optional live copy of console output
};

}  // namespace loopscope
