// RunOptions.h — what one run of a script needs: the source, the loop model, the clock, limits.
// Plain data, filled by the UI or the CLI and read by the runtime thread (copied into the run).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/core/RunTypes.h"

namespace loopscope {

// Called on the runtime thread for every console call and every reported error, in order.
// `text` is the formatted line (no trailing newline). Must not block for long.
// Browser model only: under the node model the script's stdout and stderr are the process's
// own, written by Node itself exactly as `node FILE.js` writes them (and recorded in the trace).
using ConsoleSink = std::function<void(ConsoleLevel level, std::string_view text)>;

struct RunOptions {
  std::string script_name = "script.js";      // shown in stacks and error messages
  std::string source;                         // the user's JavaScript, as written (or as edited)
  // Where the script lives on disk. Node model: the main module's filename (its folder is where
  // `require('./x')` looks); empty = an unsaved script, run from a private temporary folder.
  std::string script_path;
  std::vector<std::string> script_arguments;  // node model: process.argv after the script's path
  LoopModel model = LoopModel::Browser;
  ClockMode clock = ClockMode::SkipIdle;      // browser model only; node runs on Node's clock
  std::optional<double> timeout_seconds;      // wall-clock limit for the whole run
  std::size_t trace_cap_bytes = std::size_t{512} << 20;  // events + strings; beyond it the trace is truncated
  std::size_t heap_limit_bytes = std::size_t{1} << 30;   // V8 old-space cap; beyond it the run is stopped
  std::size_t max_source_bytes = std::size_t{64} << 20;  // a larger script is refused before V8 sees it
  // Everything else the run may make grow (array buffers, wasm memory, host queues and timers,
  // the instrumenter): reaching it stops the run (RunEndReason::Fatal). runtime/budget/MemoryBudget.h
  std::size_t memory_budget_bytes = std::size_t{2} << 30;
  // A microtask checkpoint still running after this is stopped and the loop goes on (browser
  // model; runtime/core/CheckpointWatch.h). 0 = never.
  double checkpoint_limit_seconds = 1.0;
  ConsoleSink console_sink;                   // optional live copy of console output (browser model)
  // Browser model, the user's input. input_clicks: CSS selectors clicked in turn, one each time the
  // page has settled (nothing left to run), as a user would click (CLI --click). wait_for_input: when
  // the page has settled and listens for clicks, it stays open for RunSession::RequestClick until
  // Stop (the UI's Page panel), as a page in a tab does.
  std::vector<std::string> input_clicks;
  bool wait_for_input = false;
};

}  // namespace loopscope
