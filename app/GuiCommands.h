// GuiCommands.h — the two entry points of the app that need a window (implemented in app/gui/).
// Both run on the main thread, own the GLFW window for their duration and return a process exit
// code. main.cpp parses the command line and calls one of them; the headless `run` command does
// not come through here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/core/RunOptions.h"

namespace loopscope {

struct WindowedAppOptions {
  std::optional<std::string> script_path;  // empty: open on the default sample
  ClockMode clock = ClockMode::SkipIdle;
  std::optional<LoopModel> model;          // for scripts whose `// Model:` header names none
};

struct ShotOptions {
  std::string script_path;
  std::string out_png_path;
  std::optional<unsigned long long> at_event_index;  // empty: "end" (after the run finished)
  int width = 1600;
  int height = 900;
  ClockMode clock = ClockMode::SkipIdle;
  std::optional<LoopModel> model;          // for scripts whose `// Model:` header names none
  double run_timeout_seconds = 10;         // a run still going then is stopped; the shot shows it so far
  std::size_t memory_budget_bytes = RunOptions{}.memory_budget_bytes;
  std::vector<std::string> input_clicks;   // CSS selectors clicked as a user once the page settles (RunOptions)
};

int RunWindowedApp(const WindowedAppOptions& options);
int RunShotCommand(const ShotOptions& options);

}  // namespace loopscope
