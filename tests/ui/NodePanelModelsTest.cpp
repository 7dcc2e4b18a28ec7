// The node panels' rules over hand-built node traces (as the node model records them): the
// phase wheel, the nextTick queue apart from the promise jobs, thread-pool work, the folded
// (node internals) frame — and that the panels follow the model the trace recorded.
#include <gtest/gtest.h>

#include "runtime/core/ScriptHeader.h"
#include "runtime/replay/ReplayModel.h"
#include "tests/ui/TraceBuilder.h"
#include "ui/panels/PanelModels.h"
#include "ui/timeline/TimelineModel.h"

namespace loopscope::ui {
namespace {

using testing::TraceBuilder;

// A node run: the main module queues a nextTick and a promise job and reads a file; the loop
// then runs the read's callback in poll and an immediate in check.
std::shared_ptr<Trace> NodeTrace() {
  TraceBuilder b;
  b.Add(0, EventKind::RunStarted, static_cast<uint8_t>(ClockMode::Real), b.Str("main.js"), static_cast<uint32_t>(LoopModel::Node));
  b.Add(1, EventKind::TaskStarted, static_cast<uint8_t>(TaskSource::Script), 1, b.Str("main.js"));  // 1
  b.MicroEnqueued(2, MicrotaskSource::NextTick, 1, "tickOne");                                      // 2
  b.MicroEnqueued(3, MicrotaskSource::Then, 2, "promiseOne");                                       // 3
  b.MicroEnqueued(4, MicrotaskSource::NextTick, 3, "tickTwo");                                      // 4
  b.Add(5, EventKind::ThreadPoolQueued, 0, 9, b.Str("fs request"));                                 // 5
  b.MicroStarted(6, MicrotaskSource::NextTick, 1, "tickOne");                                       // 6
  b.MicroEnded(7, MicrotaskSource::NextTick, 1);
  b.TaskEnded(8, TaskSource::Script, 1);                                                            // 8
  b.Add(9, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::LoopStarted));
  b.Add(10, EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Timers), 1);                 // 10
  b.Add(11, EventKind::LoopPhaseEnd, static_cast<uint8_t>(LoopPhase::Timers), 1);
  b.Add(12, EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Poll), 1);                   // 12
  b.Add(300, EventKind::ThreadPoolDone, 1, 9);                                                      // 13
  b.Add(301, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Io), 100, b.Str("onRead"));
  b.TaskStarted(302, TaskSource::Io, 100, "onRead");                                                // 15
  b.Add(303, EventKind::TaskEnqueued, static_cast<uint8_t>(TaskSource::Immediate), 7, b.Str("later"));
  b.TaskEnded(304, TaskSource::Io, 100);
  b.Add(305, EventKind::LoopPhaseEnd, static_cast<uint8_t>(LoopPhase::Poll), 1, 250);               // 18
  b.Add(306, EventKind::LoopPhaseBegin, static_cast<uint8_t>(LoopPhase::Check), 1);                 // 19
  b.TaskStarted(307, TaskSource::Immediate, 7, "later");                                            // 20
  b.TaskEnded(308, TaskSource::Immediate, 7);
  b.Add(309, EventKind::LoopPhaseEnd, static_cast<uint8_t>(LoopPhase::Check), 1);                   // 22
  b.Add(310, EventKind::ProcessLifecycle, static_cast<uint8_t>(ProcessStep::Exit), 0);
  return b.Get();
}

ReplayState StateAfter(const std::shared_ptr<Trace>& trace, uint64_t events) {
  ReplayModel model(trace);
  model.Sync();
  return model.StateAt(events);
}

TEST(NodePanelModelsTest, PanelsFollowTheModelTheTraceRecorded) {
  auto trace = NodeTrace();
  EXPECT_TRUE(IsNodeRun(StateAfter(trace, 1)));
  auto browser = testing::TimeoutVsPromiseTrace();
  EXPECT_FALSE(IsNodeRun(StateAfter(browser, browser->PublishedCount())));
}

TEST(NodePanelModelsTest, NextTicksWaitApartFromPromiseJobsInFifoOrder) {
  auto trace = NodeTrace();
  const ReplayState queued = StateAfter(trace, 5);
  const auto ticks = NextTickQueueCards(queued, *trace);
  ASSERT_EQ(ticks.size(), 2u);
  EXPECT_EQ(ticks[0].name, "tickOne");
  EXPECT_EQ(ticks[1].name, "tickTwo");
  EXPECT_EQ(ticks[0].badge, "nextTick");
  const auto jobs = MicrotaskQueueCards(queued, *trace);
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs[0].name, "promiseOne");
  const ReplayState one_ran = StateAfter(trace, 7);
  EXPECT_EQ(NextTickQueueCards(one_ran, *trace).size(), 1u);
}

TEST(NodePanelModelsTest, TheWheelLightsThePhaseAndSaysWhatRuns) {
  auto trace = NodeTrace();
  EXPECT_EQ(DescribeNodeLoop(StateAfter(trace, 2), *trace).title, "Main module");
  EXPECT_EQ(DescribeNodeLoop(StateAfter(trace, 2), *trace).phase, -1);
  const NodeLoopView poll = DescribeNodeLoop(StateAfter(trace, 13), *trace);
  EXPECT_EQ(poll.phase, static_cast<int>(LoopPhase::Poll));
  EXPECT_TRUE(poll.in_phase);
  EXPECT_EQ(poll.iteration, 1u);
  EXPECT_NE(poll.detail.find("thread-pool"), std::string::npos) << poll.detail;
  const NodeLoopView io = DescribeNodeLoop(StateAfter(trace, 16), *trace);
  EXPECT_NE(io.detail.find("onRead"), std::string::npos) << io.detail;
  const NodeLoopView check = DescribeNodeLoop(StateAfter(trace, 20), *trace);
  EXPECT_EQ(check.phase, static_cast<int>(LoopPhase::Check));
  EXPECT_NE(check.detail.find("250"), std::string::npos) << "the poll phase's wait is shown: " << check.detail;
  const NodeLoopView between = DescribeNodeLoop(StateAfter(trace, 23), *trace);
  EXPECT_EQ(between.phase, static_cast<int>(LoopPhase::Check)) << "the last phase stays, dimmed";
  EXPECT_FALSE(between.in_phase);
}

TEST(NodePanelModelsTest, AStoppedRunSaysStoppedNotExited) {
  auto trace = NodeTrace();
  trace->Finish(400'000, RunEndReason::Stopped, "stopped", 0);
  const NodeLoopView end = DescribeNodeLoop(StateAfter(trace, trace->PublishedCount()), *trace);
  EXPECT_EQ(end.title, "Stopped");
  auto exited = NodeTrace();
  exited->Finish(400'000, RunEndReason::Completed, "", 3);
  const NodeLoopView done = DescribeNodeLoop(StateAfter(exited, exited->PublishedCount()), *exited);
  EXPECT_EQ(done.title, "Exited");
  EXPECT_EQ(done.detail, "exit code 3");
}

TEST(NodePanelModelsTest, ThreadPoolWorkIsListedUntilItIsDone) {
  auto trace = NodeTrace();
  const auto in_flight = ThreadPoolRows(StateAfter(trace, 12), *trace);
  ASSERT_EQ(in_flight.size(), 1u);
  EXPECT_EQ(in_flight[0].what, "fs request");
  EXPECT_TRUE(ThreadPoolRows(StateAfter(trace, 14), *trace).empty());
}

TEST(NodePanelModelsTest, NodeInternalsAreFoldedUnderTheUsersFrames) {
  auto trace = NodeTrace();
  EXPECT_EQ(NodeInternalsFrame(StateAfter(trace, 21)), "(node internals) processImmediate");
  EXPECT_EQ(NodeInternalsFrame(StateAfter(trace, 7)), "(node internals) processTicksAndRejections");
  EXPECT_TRUE(NodeInternalsFrame(StateAfter(trace, 11)).empty()) << "nothing runs between phases";
}

TEST(NodePanelModelsTest, TheTimelineHasAThreadPoolLane) {
  auto trace = NodeTrace();
  TimelineModel timeline;
  timeline.Update(*trace);
  ASSERT_GE(timeline.PoolLabelRow(), 0);
  const auto& pool = timeline.Row(timeline.PoolLabelRow() + 1);
  ASSERT_EQ(pool.size(), 1u);
  EXPECT_EQ(pool[0].kind, SliceKind::ThreadPool);
  EXPECT_EQ(pool[0].start_ns, 5'000u);
  EXPECT_EQ(pool[0].end_ns, 300'000u);
  EXPECT_EQ(SliceLabel(pool[0], *trace), "fs request (end estimated)");
}

TEST(NodePanelModelsTest, TheHeaderNamesTheModel) {
  EXPECT_EQ(ModelDeclaredIn("// Title: x\n// Watch: y\n// Model: node\nsetImmediate(f);"), LoopModel::Node);
  EXPECT_EQ(ModelDeclaredIn("#!/usr/bin/env node\n// Model: node\n"), LoopModel::Node);
  EXPECT_EQ(ModelDeclaredIn("// Model: browser\n"), LoopModel::Browser);
  EXPECT_EQ(ModelDeclaredIn("const a = 1;\n// Model: node\n"), std::nullopt) << "only the header counts";
  EXPECT_EQ(ModelDeclaredIn("// Model: deno\n"), std::nullopt);
}

}  // namespace
}  // namespace loopscope::ui
