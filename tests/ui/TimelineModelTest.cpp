#include "ui/timeline/TimelineModel.h"

#include <gtest/gtest.h>

#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui {
namespace {

using testing::TimeoutVsPromiseTrace;
using testing::TraceBuilder;

TEST(TimelineModelTest, BuildsNestedSlicesFromTasksCheckpointsAndFrames) {
  auto trace = TimeoutVsPromiseTrace();
  TimelineModel model;
  EXPECT_TRUE(model.Update(*trace));
  ASSERT_EQ(model.RowCount(), 4);
  // Row 0: script task, idle, timer task — in time order.
  const auto& row0 = model.Row(0);
  ASSERT_EQ(row0.size(), 3u);
  EXPECT_EQ(row0[0].kind, SliceKind::Task);
  EXPECT_EQ(row0[0].category, SliceCategory::System);
  EXPECT_EQ(row0[0].start_ns, 10000u);
  EXPECT_EQ(row0[0].end_ns, 24000u);
  EXPECT_EQ(row0[1].kind, SliceKind::Idle);
  EXPECT_EQ(row0[1].category, SliceCategory::Idle);
  EXPECT_EQ(row0[2].kind, SliceKind::Task);
  EXPECT_EQ(SliceLabel(row0[2], *trace), "Task · setTimeout → timeout");
  EXPECT_EQ(SliceLabel(row0[0], *trace), "Task · Evaluate Script");
  // Row 1: the top-level frame, then "Run Microtasks" (after the frame exits, inside the task).
  const auto& row1 = model.Row(1);
  ASSERT_EQ(row1.size(), 3u);
  EXPECT_EQ(row1[0].kind, SliceKind::Function);
  EXPECT_EQ(SliceLabel(row1[0], *trace), "(anonymous)");
  EXPECT_EQ(row1[1].kind, SliceKind::Checkpoint);
  EXPECT_EQ(SliceLabel(row1[1], *trace), "Run Microtasks");
  EXPECT_EQ(row1[2].kind, SliceKind::Function);
  EXPECT_EQ(SliceLabel(row1[2], *trace), "timeout");
  // Row 2: the microtask; row 3: its callback's frame.
  EXPECT_EQ(SliceLabel(model.Row(2)[0], *trace), "then → promise1");
  EXPECT_EQ(SliceLabel(model.Row(3)[0], *trace), "promise1");
  EXPECT_EQ(model.Row(3)[0].category, SliceCategory::Scripting);
  // Markers: timer installed, fired, console lines, run ended.
  int fired = 0, console = 0;
  for (const Marker& m : model.Markers()) {
    fired += m.kind == MarkerKind::TimerFired;
    console += m.kind == MarkerKind::Console;
  }
  EXPECT_EQ(fired, 1);
  EXPECT_EQ(console, 4);
  EXPECT_FALSE(model.Update(*trace));  // nothing new
}

TEST(TimelineModelTest, SliceRememberItsBeginEventForClickToSeek) {
  auto trace = TimeoutVsPromiseTrace();
  TimelineModel model;
  model.Update(*trace);
  const Slice& task = model.Row(0)[0];
  EXPECT_EQ(trace->At(task.begin_event).Kind(), EventKind::TaskStarted);
  EXPECT_EQ(trace->At(task.end_event).Kind(), EventKind::TaskEnded);
}

TEST(TimelineModelTest, GrowsIncrementallyAndKeepsOpenSlicesOpen) {
  TraceBuilder b;
  const uint32_t f = b.Function("spin", 2);
  b.TaskStarted(0, TaskSource::Script, 1, "s.js");
  b.Enter(1, f);
  TimelineModel model;
  model.Update(b.Ref());
  ASSERT_EQ(model.RowCount(), 2);
  EXPECT_TRUE(model.Row(0)[0].IsOpen());
  EXPECT_EQ(model.EndOf(model.Row(0)[0]), 1000u);  // drawn up to the last event
  b.Log(5, "x");
  model.Update(b.Ref());
  EXPECT_EQ(model.EndOf(model.Row(1)[0]), 5000u);
  b.Exit(6, f);
  b.TaskEnded(7, TaskSource::Script, 1);
  model.Update(b.Ref());
  EXPECT_FALSE(model.Row(0)[0].IsOpen());
  EXPECT_EQ(model.Row(0)[0].end_ns, 7000u);
}

TEST(TimelineModelTest, RunEndedClosesWhatAStoppedScriptLeftOpen) {
  TraceBuilder b;
  const uint32_t f = b.Function("forever", 1);
  b.TaskStarted(0, TaskSource::Script, 1, "s.js");
  b.Enter(1, f);
  b.Add(50, EventKind::RunEnded, static_cast<uint8_t>(RunEndReason::Stopped));
  TimelineModel model;
  model.Update(b.Ref());
  EXPECT_EQ(model.Row(0)[0].end_ns, 50000u);
  EXPECT_EQ(model.Row(1)[0].end_ns, 50000u);
}

TEST(TimelineModelTest, UnmatchedEndsAreIgnoredAndExitClosesInnerSlices) {
  TraceBuilder b;
  const uint32_t f = b.Function("f", 1);
  const uint32_t g = b.Function("g", 2);
  b.Exit(0, f);  // an exit without an enter (trace started mid-way)
  b.TaskStarted(1, TaskSource::Timer, 1, "t");
  b.Enter(2, f);
  b.Enter(3, g);
  b.TaskEnded(4, TaskSource::Timer, 1);  // closes g and f too
  TimelineModel model;
  model.Update(b.Ref());
  ASSERT_EQ(model.RowCount(), 3);
  EXPECT_EQ(model.Row(2)[0].end_ns, 4000u);
  EXPECT_EQ(model.Row(1)[0].end_ns, 4000u);
}

TEST(TimelineModelTest, AwaitSuspendAndResumeSplitTheFrame) {
  TraceBuilder b;
  const uint32_t f = b.Function("load", 1);
  b.TaskStarted(0, TaskSource::Script, 1, "s.js");
  b.Enter(1, f);
  b.Add(2, EventKind::FunctionSuspend, 0, f);
  b.TaskEnded(3, TaskSource::Script, 1);
  b.Add(4, EventKind::CheckpointBegin);
  b.MicroStarted(5, MicrotaskSource::Await, 1, "load");
  b.Add(6, EventKind::FunctionResume, 0, f);
  b.Exit(7, f);
  b.MicroEnded(8, MicrotaskSource::Await, 1);
  b.Add(9, EventKind::CheckpointEnd, 0, 1);
  TimelineModel model;
  model.Update(b.Ref());
  EXPECT_EQ(model.Row(1)[0].end_ns, 2000u);
  const Slice& resumed = model.Row(2)[0];
  EXPECT_TRUE(resumed.resumed);
  EXPECT_EQ(SliceLabel(resumed, b.Ref()), "load (resumed)");
  EXPECT_EQ(SliceLabel(model.Row(1)[0], b.Ref()), "load");
  EXPECT_EQ(SliceLabel(model.Row(1)[1], b.Ref()), "await → load");
}

TEST(TimelineModelTest, FirstVisibleAndSliceAtUseBinarySearch) {
  TraceBuilder b;
  for (uint32_t i = 0; i < 1000; ++i) {
    b.TaskStarted(i * 10.0, TaskSource::Timer, i + 1, "t");
    b.TaskEnded(i * 10.0 + 5, TaskSource::Timer, i + 1);
  }
  TimelineModel model;
  model.Update(b.Ref());
  ASSERT_EQ(model.Row(0).size(), 1000u);
  EXPECT_EQ(model.FirstVisible(0, 0), 0u);
  EXPECT_EQ(model.FirstVisible(0, 5'001), 1u);          // slice 0 ended at 5 µs
  EXPECT_EQ(model.FirstVisible(0, 5'000'000), 500u);    // 5 ms
  EXPECT_EQ(model.FirstVisible(0, 100'000'000), 1000u); // past the end
  ASSERT_NE(model.SliceAt(0, 12'000), nullptr);
  EXPECT_EQ(model.SliceAt(0, 12'000)->begin_event, 2u);
  EXPECT_EQ(model.SliceAt(0, 17'000), nullptr);         // the gap between tasks
  EXPECT_EQ(model.ContentFirstNs(), 0u);
  EXPECT_EQ(model.ContentLastNs(), 9'995'000u);
}

TEST(TimelineModelTest, ContentSpanSkipsStartupBeforeTheFirstTask) {
  TraceBuilder b;
  b.Add(0, EventKind::RunStarted);
  b.Add(20000, EventKind::ScriptCompiled);  // 20 ms compiling
  b.TaskStarted(20001, TaskSource::Script, 1, "s.js");
  b.TaskEnded(20003, TaskSource::Script, 1);
  b.Add(20900, EventKind::RunEnded);
  TimelineModel model;
  model.Update(b.Ref());
  EXPECT_EQ(model.FirstTimeNs(), 0u);
  EXPECT_EQ(model.ContentFirstNs(), 20'001'000u);
  EXPECT_EQ(model.ContentLastNs(), 20'003'000u);
}

TEST(TimelineModelTest, RenderingStepsAreColouredByCategory) {
  TraceBuilder b;
  b.Add(0, EventKind::RenderingBegin, static_cast<uint8_t>(RenderStep::StyleLayout), 1);
  b.Add(1, EventKind::RenderingEnd, static_cast<uint8_t>(RenderStep::StyleLayout), 1);
  b.Add(2, EventKind::RenderingBegin, static_cast<uint8_t>(RenderStep::Paint), 1);
  b.Add(3, EventKind::RenderingEnd, static_cast<uint8_t>(RenderStep::Paint), 1);
  TimelineModel model;
  model.Update(b.Ref());
  EXPECT_EQ(model.Row(0)[0].category, SliceCategory::Rendering);
  EXPECT_EQ(model.Row(0)[1].category, SliceCategory::Painting);
  EXPECT_EQ(SliceLabel(model.Row(0)[1], b.Ref()), "Paint");
}

TEST(TimelineModelTest, FetchesGetANetworkLaneFromIpcSendToReceive) {
  TraceBuilder b;
  b.TaskStarted(0, TaskSource::Script, 1, "page.js");
  b.Add(1, EventKind::NetworkRequest, 0, 1, b.Str("data.json"));
  b.Add(2, EventKind::NetworkRequest, 0, 2, b.Str("delay/300"));
  b.Add(3, EventKind::NetworkRequest, 0, 3, b.Str("../secret.txt"));
  b.TaskEnded(4, TaskSource::Script, 1);
  b.Add(5, EventKind::NetworkResponse, static_cast<uint8_t>(ResponseOutcome::NetworkError), 3, 0);
  b.Add(6, EventKind::NetworkResponse, static_cast<uint8_t>(ResponseOutcome::Response), 1, 404);
  b.Add(7, EventKind::NetworkRequest, 0, 4, b.Str("again.json"));  // takes a free row
  b.Add(9, EventKind::NetworkResponse, static_cast<uint8_t>(ResponseOutcome::Aborted), 2, 0);
  TimelineModel model;
  model.Update(b.Ref());
  ASSERT_GE(model.PoolLabelRow(), 0);
  EXPECT_EQ(model.PoolKind(), SliceKind::Network);
  ASSERT_EQ(model.RowCount(), model.PoolLabelRow() + 4) << "three requests were in flight at once";
  const auto& first = model.Row(model.PoolLabelRow() + 1);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].kind, SliceKind::Network);
  EXPECT_EQ(first[0].start_ns, 1'000u);
  EXPECT_EQ(first[0].end_ns, 6'000u);
  EXPECT_EQ(SliceLabel(first[0], b.Ref()), "fetch data.json → 404");
  EXPECT_TRUE(first[1].IsOpen());
  EXPECT_EQ(SliceLabel(first[1], b.Ref()), "fetch again.json");
  EXPECT_EQ(SliceLabel(model.Row(model.PoolLabelRow() + 2)[0], b.Ref()), "fetch delay/300 → aborted");
  EXPECT_EQ(SliceLabel(model.Row(model.PoolLabelRow() + 3)[0], b.Ref()), "fetch ../secret.txt → network error");
  std::size_t network_markers = 0;
  for (const Marker& marker : model.Markers()) network_markers += marker.kind == MarkerKind::Network ? 1 : 0;
  EXPECT_EQ(network_markers, 7u) << "an IPC send or receive marker for each event";
}

}  // namespace
}  // namespace loopscope::ui
