// The timeline on a 100 000-event trace: the whole app frame (every panel, the flame chart folded
// and culled) is built and rendered offscreen; folding must bound what is drawn to what is
// visible. How long a frame takes is measured by tests/bench/ui/TimelineFrameBench.cpp, not here.
// Needs a display (runs in the smoke executable under Xvfb); the PNG it writes is there to be looked at.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "tests/ui/BigTrace.h"
#include "tests/ui/OffscreenApp.h"

namespace loopscope::ui {
namespace {

TEST(TimelineScaleTest, HundredThousandEventsFoldToWhatIsVisible) {
  constexpr int kEvents = 100'000;
  constexpr size_t kMaxBarsOnScreen = 20'000;
  testing::OffscreenApp app;
  std::string error;
  ASSERT_TRUE(app.Create(1600, 900, &error)) << error;
  AppView& view = *app.view;
  view.OpenSource("big.js", "// synthetic\n");
  auto trace = testing::BigTrace(kEvents);
  view.ShowTrace(trace);
  view.Update(0);
  view.SeekAndPause(trace->PublishedCount() / 2);
  app.Frame();  // first frame: zoom to fit
  app.Frame();
  const auto png = std::filesystem::temp_directory_path() / "loopscope_scale_100k.png";
  EXPECT_TRUE(app.host.SaveFrame(png.string(), &error)) << error;
  std::printf("100k events: %zu slices, %zu bars drawn after folding (%s)\n", view.Timeline().SliceCount(),
              view.GetTimelinePanel().BarsLastFrame(), png.c_str());
  EXPECT_GE(trace->PublishedCount(), static_cast<uint64_t>(kEvents));
  EXPECT_GT(view.Timeline().SliceCount(), kMaxBarsOnScreen) << "the trace must be big enough to need folding";
  EXPECT_LT(view.GetTimelinePanel().BarsLastFrame(), kMaxBarsOnScreen) << "folding should bound the bars to what is visible";
}

}  // namespace
}  // namespace loopscope::ui
