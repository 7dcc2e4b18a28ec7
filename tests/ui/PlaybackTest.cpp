#include "ui/playback/Playback.h"

#include <gtest/gtest.h>

#include "tests/ui/TraceBuilder.h"

namespace loopscope::ui {
namespace {

using testing::TimeoutVsPromiseTrace;

class PlaybackTest : public ::testing::Test {
 protected:
  PlaybackTest() : m_trace(TimeoutVsPromiseTrace()), m_model(m_trace) { m_model.Sync(); }
  EventKind KindBefore(uint64_t cursor) const { return m_trace->At(cursor - 1).Kind(); }

  std::shared_ptr<Trace> m_trace;
  ReplayModel m_model;
  Playback m_playback;
};

TEST_F(PlaybackTest, LiveFollowsTheEndOfTheTrace) {
  m_playback.SetSpeed(PlaybackSpeed::Live);
  m_playback.Tick(0.016, m_model);
  EXPECT_EQ(m_playback.Cursor(), m_model.EventCount());
}

TEST_F(PlaybackTest, StepsPerSecondAdvanceOneEventAtATime) {
  m_playback.SetSpeed(PlaybackSpeed::OneStepPerSecond);
  m_playback.Tick(0.5, m_model);
  EXPECT_EQ(m_playback.Cursor(), 0u);
  m_playback.Tick(0.5, m_model);
  EXPECT_EQ(m_playback.Cursor(), 1u);
  m_playback.Tick(100.0, m_model);  // a long stall does not jump ahead
  EXPECT_LE(m_playback.Cursor(), 1u + Playback::kMaxStepsPerTick);
}

TEST_F(PlaybackTest, StepsNeverStopBetweenAnEventAndItsDetail) {
  m_playback.SetSpeed(PlaybackSpeed::EightStepsPerSecond);
  for (int i = 0; i < 200 && !m_playback.AtEnd(m_model); ++i) {
    m_playback.Step(StepKind::Event, Direction::Forward, m_model);
    if (m_playback.Cursor() < m_model.EventCount()) {
      EXPECT_NE(m_trace->At(m_playback.Cursor()).Kind(), EventKind::Detail);
    }
  }
  EXPECT_TRUE(m_playback.AtEnd(m_model));
  EXPECT_FALSE(m_playback.Playing());  // stepping pauses
}

TEST_F(PlaybackTest, StepByTaskAndMicrotaskAndBack) {
  ASSERT_TRUE(m_playback.Step(StepKind::Task, Direction::Forward, m_model));
  EXPECT_EQ(KindBefore(m_playback.Cursor()), EventKind::TaskStarted);
  ASSERT_TRUE(m_playback.Step(StepKind::Microtask, Direction::Forward, m_model));
  EXPECT_EQ(KindBefore(m_playback.Cursor()), EventKind::MicrotaskStarted);
  ASSERT_TRUE(m_playback.Step(StepKind::Task, Direction::Forward, m_model));
  const uint64_t second_task = m_playback.Cursor();
  EXPECT_EQ(m_trace->At(second_task - 1).b, m_trace->InternString("timeout"));
  EXPECT_FALSE(m_playback.Step(StepKind::Task, Direction::Forward, m_model));  // no third task
  ASSERT_TRUE(m_playback.Step(StepKind::Event, Direction::Backward, m_model));
  EXPECT_EQ(m_playback.Cursor(), second_task - 1);
}

TEST_F(PlaybackTest, TraceTimeSpeedsFollowTimestamps) {
  m_playback.SetSpeed(PlaybackSpeed::RealTime);
  m_playback.Tick(0.000'012, m_model);  // 12 µs of trace time
  // Events up to 12 µs are applied: RunStarted … the console line at 12 µs.
  EXPECT_LE(m_trace->At(m_playback.Cursor() - 1).time_ns, 12'000u);
  EXPECT_EQ(KindBefore(m_playback.Cursor()), EventKind::ConsoleOutput);
  m_playback.SetSpeed(PlaybackSpeed::Thousandth);
  m_playback.Tick(1.0, m_model);  // one second at 0.001× = 1 ms more
  EXPECT_GT(m_trace->At(m_playback.Cursor() - 1).time_ns, 12'000u);
  EXPECT_LE(m_trace->At(m_playback.Cursor() - 1).time_ns, 1'012'000u);
}

TEST_F(PlaybackTest, SeekLeavesLiveModeAndPausedStaysPut) {
  m_playback.SetSpeed(PlaybackSpeed::Live);
  m_playback.Seek(5, m_model);
  EXPECT_NE(m_playback.Speed(), PlaybackSpeed::Live);
  m_playback.Pause();
  m_playback.Tick(10.0, m_model);
  EXPECT_EQ(m_playback.Cursor(), 5u);
  m_playback.Seek(1'000'000, m_model);
  EXPECT_EQ(m_playback.Cursor(), m_model.EventCount());
}

}  // namespace
}  // namespace loopscope::ui
