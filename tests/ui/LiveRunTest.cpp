// A script that never ends, run from the app: frames keep coming while it records, the playback
// follows it live, Stop ends it and the trace recorded so far stays. Needs a display (smoke
// executable, under Xvfb).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tests/ui/OffscreenApp.h"

namespace loopscope::ui {
namespace {

constexpr auto kStopDeadline = std::chrono::seconds(10);

TEST(LiveRunTest, EndlessScriptKeepsTheUiLiveAndStopEndsIt) {
  testing::OffscreenApp app;
  std::string error;
  ASSERT_TRUE(app.Create(1280, 720, &error)) << error;
  AppView& view = *app.view;
  // Timers forever, each doing a little work: the trace keeps growing until Stop.
  view.OpenSource("forever.js",
                  "let n = 0;\n"
                  "function tick() { n++; if (n % 100 === 0) console.log('tick', n); }\n"
                  "setInterval(tick, 1);\n");
  view.Run();
  ASSERT_NE(view.Session(), nullptr);

  // The UI thread never waits for the runtime: every frame returns while the script runs.
  uint64_t events_seen = 0;
  for (int frame = 0; frame < 30; ++frame) {
    app.Frame();
    ASSERT_NE(view.Model(), nullptr);
    EXPECT_GE(view.Model()->EventCount(), events_seen) << "the trace only grows";
    events_seen = view.Model()->EventCount();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_FALSE(view.Session()->Finished()) << "an endless interval must still be running";
  EXPECT_GT(events_seen, 100u);

  view.Stop();
  auto deadline = std::chrono::steady_clock::now() + kStopDeadline;
  while (!view.Session()->Finished() && std::chrono::steady_clock::now() < deadline) {
    app.Frame();
  }
  ASSERT_TRUE(view.Session()->Finished()) << "Stop must end an endless script";
  for (int frame = 0; frame < 3; ++frame) app.Frame();
  const Trace& trace = view.Model()->GetTrace();
  ASSERT_GT(trace.PublishedCount(), events_seen / 2);
  EXPECT_EQ(trace.At(trace.PublishedCount() - 1).Kind(), EventKind::RunEnded);
  EXPECT_EQ(static_cast<RunEndReason>(trace.At(trace.PublishedCount() - 1).aux), RunEndReason::Stopped);
  EXPECT_FALSE(view.Model()->ConsoleLines().empty()) << "what was printed before Stop is kept";
}

TEST(LiveRunTest, BusyLoopWithoutEventsCanStillBeStopped) {
  testing::OffscreenApp app;
  std::string error;
  ASSERT_TRUE(app.Create(1280, 720, &error)) << error;
  AppView& view = *app.view;
  view.OpenSource("spin.js", "console.log('spinning'); while (true) {}\n");
  view.Run();
  for (int frame = 0; frame < 10; ++frame) app.Frame();
  EXPECT_FALSE(view.Session()->Finished());
  view.Stop();
  auto deadline = std::chrono::steady_clock::now() + kStopDeadline;
  while (!view.Session()->Finished() && std::chrono::steady_clock::now() < deadline) {
    app.Frame();
  }
  EXPECT_TRUE(view.Session()->Finished());
}

}  // namespace
}  // namespace loopscope::ui
