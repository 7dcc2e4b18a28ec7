// TruncatedTraceTest.cpp — issue 7 item 7: a run whose trace reached its cap still ends with its
// last output and its true end state (the Console showed "(nothing printed yet)" and the Event
// Loop "Running a task" after a finished, truncated run).
#include <gtest/gtest.h>

#include "RunScriptHelper.h"
#include "runtime/replay/ReplayModel.h"

namespace loopscope {
namespace {

using testing::RunScript;

// Enough calls to fill a 256 KB trace many times over, then output after the truncation.
constexpr const char* kScript =
    "function work(n) { return n + 1; }"
    "let total = 0; for (let i = 0; i < 200000; ++i) total = work(total);"
    "console.log('after the loop', total);"
    "setTimeout(() => { console.log('the last line'); throw new Error('the last error'); }, 10);";

RunOptions SmallTrace() {
  RunOptions options;
  options.trace_cap_bytes = 256 << 10;
  return options;
}

TEST(TruncatedTrace, KeepsTheLastOutputAndEndsWithRunEnded) {
  auto run = RunScript(kScript, SmallTrace());
  ASSERT_TRUE(run.trace->Truncated());
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  const Trace& trace = *run.trace;
  const uint64_t count = trace.PublishedCount();
  ASSERT_GE(count, 4u);
  EXPECT_EQ(trace.At(count - 1).Kind(), EventKind::RunEnded);
  // Before RunEnded, after TraceTruncated: the output that came later, in order.
  std::vector<std::string> kept;
  bool after_truncation = false;
  for (uint64_t i = 0; i < count; ++i) {
    const Event& event = trace.At(i);
    if (event.Kind() == EventKind::TraceTruncated) after_truncation = true;
    if (after_truncation && event.Kind() == EventKind::ConsoleOutput) kept.emplace_back(trace.String(event.a));
    if (after_truncation && event.Kind() == EventKind::UncaughtError) kept.emplace_back(trace.String(event.a));
  }
  EXPECT_EQ(kept, (std::vector<std::string>{"after the loop 200000", "the last line", "Error: the last error"}));
}

TEST(TruncatedTrace, ReplayShowsTheTrueEndState) {
  auto run = RunScript(kScript, SmallTrace());
  ASSERT_TRUE(run.trace->Truncated());
  ReplayModel model(run.trace);
  model.Sync();
  const ReplayState end = model.StateAt(model.EventCount());
  EXPECT_TRUE(end.finished);
  EXPECT_EQ(end.step, LoopStep::Finished);
  EXPECT_TRUE(end.stack.empty()) << "frames whose exits were dropped";
  EXPECT_EQ(end.current_task_id, 0u) << "the task whose end was dropped";
  EXPECT_TRUE(end.task_queue.empty());
  EXPECT_TRUE(end.timers.empty()) << "a completed run left no timer pending";
  ASSERT_GE(model.ConsoleLines().size(), 2u);
  const ConsoleLine& line = model.ConsoleLines()[model.ConsoleLines().size() - 2];
  EXPECT_EQ(run.trace->String(line.text), "the last line");
}

}  // namespace
}  // namespace loopscope
