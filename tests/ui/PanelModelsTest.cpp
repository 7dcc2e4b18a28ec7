// The panels' rules, over replay states folded from hand-built traces — no window.
#include "ui/panels/PanelModels.h"

#include <gtest/gtest.h>

#include "runtime/replay/ReplayModel.h"
#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui {
namespace {

using testing::TimeoutVsPromiseTrace;

// The cursor just after the first event of `kind` (the nth, counting from 0).
uint64_t After(const Trace& trace, EventKind kind, int nth = 0) {
  for (uint64_t i = 0; i < trace.PublishedCount(); ++i) {
    if (trace.At(i).Kind() == kind && nth-- == 0) return i + 1;
  }
  ADD_FAILURE() << "no such event";
  return 0;
}

TEST(PanelModelsTest, CallStackListsTopFrameFirstWithDevToolsNames) {
  auto trace = TimeoutVsPromiseTrace();
  ReplayModel model(trace);
  model.Sync();
  const ReplayState in_promise = model.StateAt(After(*trace, EventKind::FunctionEnter, 1));
  const auto rows = CallStackRows(in_promise, *trace);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].name, "promise1");
  EXPECT_EQ(rows[0].line, 7u);
  EXPECT_EQ(CurrentSourceLine(in_promise, *trace), 7u);

  const ReplayState in_script = model.StateAt(After(*trace, EventKind::FunctionEnter, 0));
  ASSERT_EQ(CallStackRows(in_script, *trace).size(), 1u);
  EXPECT_EQ(CallStackRows(in_script, *trace)[0].name, "(anonymous)");  // top-level code
  EXPECT_FALSE(CurrentSourceLine(in_script, *trace).has_value());      // spans the file: no line

  const ReplayState between = model.StateAt(After(*trace, EventKind::TaskEnded));
  EXPECT_TRUE(CallStackRows(between, *trace).empty());
  EXPECT_FALSE(CurrentSourceLine(between, *trace).has_value());
  EXPECT_STREQ(EmptyStackText(between), "stack empty — the loop may take the next task");
  ReplayState in_checkpoint = between;
  in_checkpoint.step = LoopStep::Microtasks;
  EXPECT_STREQ(EmptyStackText(in_checkpoint), "stack empty — the next microtask runs before any task");
}

TEST(PanelModelsTest, QueuesShowCallbackNamesAndWhereTheyCameFrom) {
  auto trace = TimeoutVsPromiseTrace();
  ReplayModel model(trace);
  model.Sync();
  const ReplayState state = model.StateAt(After(*trace, EventKind::MicrotaskEnqueued));
  const auto micro = MicrotaskQueueCards(state, *trace);
  ASSERT_EQ(micro.size(), 1u);
  EXPECT_EQ(micro[0].name, "promise1");
  EXPECT_EQ(micro[0].badge, "then");
  const ReplayState timer_due = model.StateAt(After(*trace, EventKind::TaskEnqueued, 1));
  const auto tasks = TaskQueueCards(timer_due, *trace);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].name, "timeout");
  EXPECT_EQ(tasks[0].badge, "setTimeout");
}

TEST(PanelModelsTest, BadgesNameTheApiALearnerWrote) {
  EXPECT_EQ(TaskSourceBadge(TaskSource::Timer), "setTimeout");
  EXPECT_EQ(TaskSourceBadge(TaskSource::Interval), "setInterval");
  EXPECT_EQ(TaskSourceBadge(TaskSource::Networking), "fetch");
  EXPECT_EQ(RequestDisplayName("file:///work/tests/puzzles/delay/300"), "…/delay/300");
  EXPECT_EQ(RequestDisplayName("file:///data.json"), "file:///data.json");
  EXPECT_EQ(RequestDisplayName("http://example.com/a/b/c"), "http://example.com/a/b/c");
  EXPECT_EQ(MicrotaskSourceBadge(MicrotaskSource::Await), "await");
  EXPECT_EQ(MicrotaskSourceBadge(MicrotaskSource::QueueMicrotask), "queueMicrotask");
  EXPECT_EQ(MicrotaskSourceBadge(MicrotaskSource::NextTick), "nextTick");
  for (int i = 0; i < static_cast<int>(TaskSource::Count); ++i) EXPECT_FALSE(TaskSourceBadge(static_cast<TaskSource>(i)).empty());
  for (int i = 0; i < static_cast<int>(MicrotaskSource::Count); ++i) {
    EXPECT_FALSE(MicrotaskSourceBadge(static_cast<MicrotaskSource>(i)).empty());
  }
}

TEST(PanelModelsTest, TimersCountDownToTheirDueTime) {
  ReplayState state;
  state.script_time_ns = 4'000'000;  // 4 ms on the script's clock
  state.timers.PushBack(PendingTimer{1, 0, 10, 0, false, 0, 10'000'000, 5});
  state.timers.PushBack(PendingTimer{2, 0, 2, 0, true, 1'000'000, 3'000'000, 7});
  Trace trace;
  const auto rows = WebApiRows(state, trace);
  ASSERT_EQ(rows.size(), 2u);
  // Soonest first: the interval is already due.
  EXPECT_EQ(rows[0].timer_id, 2u);
  EXPECT_DOUBLE_EQ(rows[0].remaining_ms, 0.0);
  EXPECT_DOUBLE_EQ(rows[0].progress, 1.0);
  EXPECT_EQ(rows[0].call, "setInterval((anonymous), 2)");
  EXPECT_EQ(rows[1].timer_id, 1u);
  EXPECT_DOUBLE_EQ(rows[1].remaining_ms, 6.0);
  EXPECT_NEAR(rows[1].progress, 0.4, 1e-9);
  EXPECT_EQ(rows[1].call, "setTimeout((anonymous), 10)");
}

TEST(PanelModelsTest, EqualDueTimesKeepInstallationOrder) {
  ReplayState state;
  state.timers.PushBack(PendingTimer{7, 0, 0, 0, false, 0, 1000, 9});
  state.timers.PushBack(PendingTimer{3, 0, 0, 0, false, 0, 1000, 4});
  Trace trace;
  const auto rows = WebApiRows(state, trace);
  EXPECT_EQ(rows[0].timer_id, 3u);
  EXPECT_EQ(rows[1].timer_id, 7u);
}

TEST(PanelModelsTest, LoopStepNamesTheStationAndWhatRuns) {
  auto trace = TimeoutVsPromiseTrace();
  ReplayModel model(trace);
  model.Sync();
  EXPECT_EQ(DescribeLoopStep(model.StateAt(0), *trace).station, LoopStation::None);
  const auto task = DescribeLoopStep(model.StateAt(After(*trace, EventKind::FunctionEnter)), *trace);
  EXPECT_EQ(task.station, LoopStation::Task);
  EXPECT_EQ(task.title, "Running a task");
  const auto micro = DescribeLoopStep(model.StateAt(After(*trace, EventKind::MicrotaskStarted)), *trace);
  EXPECT_EQ(micro.station, LoopStation::Microtasks);
  EXPECT_EQ(micro.detail, "running promise1");
  const auto timer = DescribeLoopStep(model.StateAt(After(*trace, EventKind::TaskStarted, 1)), *trace);
  EXPECT_EQ(timer.detail, "setTimeout → timeout");
  const auto idle = DescribeLoopStep(model.StateAt(After(*trace, EventKind::IdleBegin)), *trace);
  EXPECT_EQ(idle.station, LoopStation::Idle);
  const auto done = DescribeLoopStep(model.StateAt(model.EventCount()), *trace);
  EXPECT_EQ(done.title, "Finished");
}

TEST(PanelModelsTest, LoopPanelSaysWhyTheRunEnded) {
  testing::TraceBuilder b;
  b.TaskStarted(0, TaskSource::Script, 1, "spin.js");
  b.Add(10, EventKind::RunEnded, static_cast<uint8_t>(RunEndReason::Stopped));
  ReplayModel model(b.Get());
  model.Sync();
  const auto view = DescribeLoopStep(model.StateAt(model.EventCount()), b.Ref());
  EXPECT_EQ(view.title, "Stopped");
}

TEST(PanelModelsTest, AnIdleLoopSaysItWaitsForTheNetwork) {
  testing::TraceBuilder b;
  b.TaskStarted(0, TaskSource::Script, 1, "page.js");
  b.Add(1, EventKind::NetworkRequest, 0, 1, b.Str("file:///site/delay/300"));
  b.TaskEnded(2, TaskSource::Script, 1);
  b.Add(3, EventKind::IdleBegin, 0, 300000);
  b.Add(300, EventKind::IdleEnd);
  b.Add(301, EventKind::NetworkResponse, 0, 1, 200);
  ReplayModel model(b.Get());
  model.Sync();
  EXPECT_EQ(DescribeLoopStep(model.StateAt(4), b.Ref()).detail, "waiting for 1 network request(s)");
  EXPECT_TRUE(model.StateAt(model.EventCount()).requests.empty()) << "answered: no longer in the Web APIs";
}

TEST(PanelModelsTest, ParsesSyntaxErrorPositions) {
  const SourceError error = ParseSourceError("SyntaxError: missing ) after argument list (4:15)");
  EXPECT_EQ(error.line, 4u);
  EXPECT_EQ(error.column, 15u);
  EXPECT_EQ(error.message, "SyntaxError: missing ) after argument list");
  const SourceError bare = ParseSourceError("SyntaxError: Unexpected end of input");
  EXPECT_EQ(bare.line, 0u);
  EXPECT_EQ(bare.message, "SyntaxError: Unexpected end of input");
  // A parenthesis inside the message is not a position.
  const SourceError paren = ParseSourceError("SyntaxError: Unexpected token ')'");
  EXPECT_EQ(paren.line, 0u);
}

TEST(PanelModelsTest, DurationsUseReadableUnits) {
  EXPECT_EQ(FormatDuration(0), "0 ns");
  EXPECT_EQ(FormatDuration(850), "850 ns");
  EXPECT_EQ(FormatDuration(12'400), "12.4 µs");
  EXPECT_EQ(FormatDuration(1'250'000), "1.25 ms");
  EXPECT_EQ(FormatDuration(3'200'000'000), "3.20 s");
  EXPECT_EQ(FormatDurationMs(0), "due");
  EXPECT_EQ(FormatDurationMs(6), "6.00 ms");
  EXPECT_EQ(FormatCountdown(99.97), "100 ms");
  EXPECT_EQ(FormatCountdown(7.46), "7.5 ms");
  EXPECT_EQ(FormatCountdown(0.456), "0.46 ms");
  EXPECT_EQ(FormatCountdown(0), "due");
}

}  // namespace
}  // namespace loopscope::ui
