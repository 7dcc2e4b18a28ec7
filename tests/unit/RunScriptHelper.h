// RunScriptHelper.h — runs a script to completion through RunSession for the runtime tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/session/RunSession.h"

namespace loopscope::testing {

struct ScriptRun {
  RunOutcome outcome;
  std::vector<std::string> stdout_lines;  // console.log/info/debug
  std::vector<std::string> stderr_lines;  // console.warn/error, uncaught errors
  std::shared_ptr<const Trace> trace;
};

inline ScriptRun RunScript(const std::string& source, RunOptions options = {}) {
  ScriptRun run;
  options.source = source;
  options.console_sink = [&run](ConsoleLevel level, std::string_view text) {
    (IsStdoutLevel(level) ? run.stdout_lines : run.stderr_lines).emplace_back(text);
  };
  RunSession session(std::move(options));
  session.Start();
  run.outcome = session.Wait();
  run.trace = session.GetTrace();
  return run;
}

}  // namespace loopscope::testing
