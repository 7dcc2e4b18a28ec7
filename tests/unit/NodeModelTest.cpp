// NodeModelTest.cpp — the node model as a runtime: real Node.js environments come and go in one
// process beside browser runs, exits and stops end them (not the process), and the trace shows
// libuv's phases as libuv defines them. Orderings against real `node` are the conformance tests'
// job (tests/conformance, node_output.* / node.random_puzzles); these check structure.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "RunScriptHelper.h"

namespace loopscope {
namespace {

using testing::RunScript;

RunOptions NodeOptions() {
  RunOptions options;
  options.model = LoopModel::Node;
  options.script_name = "node_test.js";
  options.timeout_seconds = 30;
  return options;
}

// console.log lines as the trace recorded them (Node itself wrote them to the real stdout).
std::vector<std::string> LoggedLines(const Trace& trace) {
  std::vector<std::string> lines;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::ConsoleOutput && event.aux == static_cast<uint8_t>(ConsoleLevel::Log)) {
      lines.emplace_back(trace.String(event.a));
    }
  }
  return lines;
}

TEST(NodeModel, RunsRealNodeAndRecordsTheModel) {
  auto run = RunScript("console.log(typeof require, typeof process.nextTick, require.main === module)", NodeOptions());
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.outcome.exit_code, 0);
  EXPECT_EQ(LoggedLines(*run.trace), (std::vector<std::string>{"function function true"}));
  ASSERT_GT(run.trace->PublishedCount(), 0u);
  const Event& started = run.trace->At(0);
  EXPECT_EQ(started.Kind(), EventKind::RunStarted);
  EXPECT_EQ(started.b, static_cast<uint32_t>(LoopModel::Node));
}

TEST(NodeModel, EnvironmentsComeAndGoBesideBrowserRuns) {
  for (int round = 0; round < 2; ++round) {
    auto node_run = RunScript("setTimeout(() => console.log('node', process.version), 1)", NodeOptions());
    EXPECT_EQ(node_run.outcome.reason, RunEndReason::Completed);
    ASSERT_EQ(LoggedLines(*node_run.trace).size(), 1u);
    auto browser_run = RunScript("setTimeout(() => console.log(typeof require), 1)");
    EXPECT_EQ(browser_run.outcome.reason, RunEndReason::Completed);
    EXPECT_EQ(browser_run.stdout_lines, (std::vector<std::string>{"undefined"})) << "the browser model stays sandboxed";
  }
}

TEST(NodeModel, ExitCodesAreNodesAndTheProcessGoesOn) {
  EXPECT_EQ(RunScript("process.exitCode = 3", NodeOptions()).outcome.exit_code, 3);
  auto exited = RunScript("setTimeout(() => { process.exit(7); console.log('never'); }, 1)", NodeOptions());
  EXPECT_EQ(exited.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(exited.outcome.exit_code, 7);
  EXPECT_TRUE(LoggedLines(*exited.trace).empty());
  EXPECT_EQ(RunScript("setTimeout(() => { throw new Error('boom'); }, 0)", NodeOptions()).outcome.exit_code, 1);
  EXPECT_EQ(RunScript("Promise.reject(new Error('nope'))", NodeOptions()).outcome.exit_code, 1);
}

TEST(NodeModel, StopEndsAnEndlessImmediateChain) {
  RunOptions options = NodeOptions();
  options.source = "function again() { setImmediate(again); } again();";
  RunSession session(std::move(options));
  session.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  session.RequestStop();
  RunOutcome outcome = session.Wait();
  EXPECT_EQ(outcome.reason, RunEndReason::Stopped);
  uint64_t count = session.GetTrace()->PublishedCount();
  ASSERT_GT(count, 0u);
  EXPECT_EQ(session.GetTrace()->At(count - 1).Kind(), EventKind::RunEnded);
}

TEST(NodeModel, RequiredFilesOfTheScriptsFolderAreInstrumented) {
  auto folder = std::filesystem::temp_directory_path() / "loopscope-node-require-test";
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "helper.js") << "exports.twice = function twice(x) { return x * 2; };\n";
  std::ofstream(folder / "main.js") << "console.log(require('./helper').twice(21));\n";
  RunOptions options = NodeOptions();
  options.script_path = (folder / "main.js").string();
  options.script_name = "main.js";
  auto run = RunScript("console.log(require('./helper').twice(21));\n", options);
  std::filesystem::remove_all(folder);
  EXPECT_EQ(LoggedLines(*run.trace), (std::vector<std::string>{"42"}));
  bool entered_twice = false;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() != EventKind::FunctionEnter) continue;
    const FunctionInfo& function = run.trace->Function(event.a);
    if (run.trace->String(function.name) == "twice") {
      entered_twice = true;
      EXPECT_NE(run.trace->String(function.script).find("helper.js"), std::string::npos);
    }
  }
  EXPECT_TRUE(entered_twice) << "the required module's function was not recorded";
}

// libuv's order within an iteration: timers, pending, idle/prepare, poll, check, close — every
// iteration walks it, and each callback runs inside the phase libuv runs it in.
TEST(NodeModel, CallbacksRunInsideTheirLibuvPhase) {
  auto run = RunScript(
      "const fs = require('fs');\n"
      "setTimeout(function onTimer() {}, 0);\n"
      "setImmediate(function onImmediate() {});\n"
      "fs.stat(__filename, function onStat() { setImmediate(function again() {}); });\n",
      NodeOptions());
  ASSERT_EQ(run.outcome.reason, RunEndReason::Completed);
  const Trace& trace = *run.trace;
  std::optional<LoopPhase> phase;
  int expected_next = 0;
  int timers = 0, immediates = 0, io = 0;
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::LoopPhaseBegin) {
      EXPECT_EQ(event.aux, expected_next) << "phases out of libuv's order at event " << i;
      phase = static_cast<LoopPhase>(event.aux);
    } else if (event.Kind() == EventKind::LoopPhaseEnd) {
      expected_next = (event.aux + 1) % 6;
      phase.reset();
    } else if (event.Kind() == EventKind::TaskStarted) {
      auto source = static_cast<TaskSource>(event.aux);
      if (source == TaskSource::Timer) {
        ++timers;
        EXPECT_EQ(phase, LoopPhase::Timers);
      } else if (source == TaskSource::Immediate) {
        ++immediates;
        EXPECT_EQ(phase, LoopPhase::Check);
      } else if (source == TaskSource::Io) {
        ++io;
        EXPECT_EQ(phase, LoopPhase::Poll);
      }
    }
  }
  EXPECT_EQ(timers, 1);
  EXPECT_EQ(immediates, 2);
  EXPECT_GE(io, 1);
}

TEST(NodeModel, AsyncFunctionsAndGeneratorsAreInstrumented) {
  auto run = RunScript("async function worker() { await null; console.log('resumed'); }\n"
                       "function* counter() { yield 1; }\n"
                       "worker(); [...counter()];\n",
                       NodeOptions());
  ASSERT_EQ(run.outcome.reason, RunEndReason::Completed);
  bool worker_entered = false, counter_entered = false, untracked = false;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    const Event& event = run.trace->At(i);
    if (event.Kind() == EventKind::FunctionEnter) {
      std::string_view name = run.trace->String(run.trace->Function(event.a).name);
      worker_entered |= name == "worker";
      counter_entered |= name == "counter";
    }
    if (event.Kind() == EventKind::ConsoleOutput &&
        run.trace->String(event.a).find("without call-stack tracking") != std::string_view::npos) {
      untracked = true;
    }
  }
  EXPECT_FALSE(untracked) << "the instrumenter failed on the main module";
  EXPECT_TRUE(worker_entered);
  EXPECT_TRUE(counter_entered);
}

TEST(NodeModel, AScriptsOwnLsIdentifierDoesNotCollideWithTheHooks) {
  auto run = RunScript("let __ls = 1; function f(__ls) { return __ls + 1; } console.log(f(__ls));", NodeOptions());
  EXPECT_EQ(LoggedLines(*run.trace), (std::vector<std::string>{"2"}));
  auto browser = RunScript("let __ls = 1; function f(__ls) { return __ls + 1; } console.log(f(__ls));");
  EXPECT_EQ(browser.stdout_lines, (std::vector<std::string>{"2"}));
}

}  // namespace
}  // namespace loopscope
