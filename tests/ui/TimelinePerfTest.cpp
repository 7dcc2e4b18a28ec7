// The timeline must stay fluid on a 100 000-event trace: the whole app frame (every panel, the
// flame chart folded and culled) is built and rendered offscreen, zoomed to fit and zoomed in,
// and the average frame must stay within budget. Needs a display (runs in the smoke executable
// under Xvfb); the PNG it writes is there to be looked at.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "tests/ui/TraceBuilder.h"
#include "ui/AppView.h"
#include "ui/platform/GuiHost.h"

namespace loopscope::ui {
namespace {

// Timer tasks, each calling a few nested functions and queueing microtasks: ~100k events.
std::shared_ptr<Trace> BigTrace(int target_events) {
  testing::TraceBuilder b;
  uint32_t functions[6];
  const char* names[6] = {"tick", "update", "layout", "measure", "resolve", "render"};
  for (int i = 0; i < 6; ++i) functions[i] = b.Function(names[i], 10 + i * 5);
  double t = 0;
  uint32_t task = 1, micro = 1;
  b.Add(t, EventKind::RunStarted);
  while (b.Ref().PublishedCount() < static_cast<uint64_t>(target_events)) {
    b.TaskStarted(t += 1, TaskSource::Timer, task, "tick");
    b.Enter(t += 0.5, functions[0]);
    for (int k = 0; k < 3; ++k) {
      b.Enter(t += 0.3, functions[1 + k]);
      b.Enter(t += 0.2, functions[4]);
      b.Exit(t += 0.4, functions[4]);
      b.Exit(t += 0.2, functions[1 + k]);
    }
    b.MicroEnqueued(t += 0.1, MicrotaskSource::Then, micro, "resolve");
    b.Exit(t += 0.2, functions[0]);
    b.Add(t += 0.1, EventKind::CheckpointBegin);
    b.MicroStarted(t += 0.1, MicrotaskSource::Then, micro, "resolve");
    b.Enter(t += 0.1, functions[5]);
    b.Exit(t += 0.5, functions[5]);
    b.MicroEnded(t += 0.1, MicrotaskSource::Then, micro++);
    b.Add(t += 0.1, EventKind::CheckpointEnd, 0, 1);
    b.TaskEnded(t += 0.1, TaskSource::Timer, task++);
    if (task % 10 == 0) {
      b.Add(t += 0.1, EventKind::IdleBegin, 0, 50);
      b.Add(t += 50, EventKind::IdleEnd);
    }
  }
  b.Add(t + 1, EventKind::RunEnded);
  return b.Get();
}

TEST(TimelinePerfTest, HundredThousandEventsStayFluid) {
  constexpr int kEvents = 100'000;
  constexpr int kFrames = 30;
  // The CPU side of a frame (all panels + the folded, culled flame chart) must fit well inside a
  // 60 fps frame. Rasterising is the GPU's job (llvmpipe does it in software here, slowly, and
  // equally for a tiny trace), so it is reported, not budgeted.
  constexpr double kBuildBudgetMs = 8.0;
  GuiHost host;
  std::string error;
  ASSERT_TRUE(host.Create(HostMode::Offscreen, 1600, 900, "perf", &error)) << error;
  AppViewOptions options;
  options.animation = AnimationMode::Settled;
  options.layout = LayoutPersistence::Ignore;
  AppView view(options);
  ASSERT_TRUE(view.InitGraphics(1.0f));
  view.OpenSource("big.js", "// synthetic\n");
  auto trace = BigTrace(kEvents);
  view.ShowTrace(trace);
  view.Update(0);
  view.SeekAndPause(trace->PublishedCount() / 2);
  host.RenderOffscreenFrame(view, 1.0 / 60);  // first frame: fit, caches
  double build_ms = 0, raster_ms = 0;
  for (int i = 0; i < kFrames; ++i) {
    host.RenderOffscreenFrame(view, 1.0 / 60);
    build_ms += host.LastTimings().build_ms / kFrames;
    raster_ms += host.LastTimings().raster_ms / kFrames;
  }
  const auto png = std::filesystem::temp_directory_path() / "loopscope_perf_100k.png";
  EXPECT_TRUE(host.SaveFrame(png.string(), &error)) << error;
  std::printf("100k events: %zu slices, %zu bars drawn after folding; per frame %.2f ms building, %.2f ms rasterising (%s)\n",
              view.Timeline().SliceCount(), view.GetTimelinePanel().BarsLastFrame(), build_ms, raster_ms, png.c_str());
  EXPECT_GE(trace->PublishedCount(), static_cast<uint64_t>(kEvents));
  EXPECT_LT(view.GetTimelinePanel().BarsLastFrame(), 20'000u) << "folding should bound the bars to what is visible";
  EXPECT_LT(build_ms, kBuildBudgetMs);
}

}  // namespace
}  // namespace loopscope::ui
