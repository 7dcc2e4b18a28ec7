// TimelineFrameBench — how the cost of one app frame (all panels + the folded, culled flame chart,
// CPU side) grows with the trace: 1 000, 10 000 and 100 000 events, each as a ratio to the
// 1 000-event baseline measured in the same run. Rasterising is reported too but is not the UI's
// cost here (Mesa's llvmpipe draws in software). Needs a display: run it under xvfb-run.
//   xvfb-run -a build/tests/loopscope_ui_bench
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "tests/ui/BigTrace.h"
#include "tests/ui/OffscreenApp.h"

namespace loopscope::ui {
namespace {

constexpr int kWarmupFrames = 5;
constexpr int kMeasuredFrames = 60;

struct FrameCost {
  double build_ms = 0;
  double raster_ms = 0;
};

// Median over kMeasuredFrames of the frame cost with the cursor mid-trace, zoomed to fit.
FrameCost MeasureFrames(int events) {
  testing::OffscreenApp app;
  std::string error;
  if (!app.Create(1600, 900, &error)) {
    std::fprintf(stderr, "cannot create an offscreen GL context (%s): run under xvfb-run\n", error.c_str());
    std::exit(1);
  }
  AppView& view = *app.view;
  GuiHost& host = app.host;
  view.OpenSource("big.js", "// synthetic\n");
  auto trace = testing::BigTrace(events);
  view.ShowTrace(trace);
  view.Update(0);
  view.SeekAndPause(trace->PublishedCount() / 2);
  for (int i = 0; i < kWarmupFrames; ++i) host.RenderOffscreenFrame(view, 1.0 / 60);
  std::vector<double> build, raster;
  for (int i = 0; i < kMeasuredFrames; ++i) {
    host.RenderOffscreenFrame(view, 1.0 / 60);
    build.push_back(host.LastTimings().build_ms);
    raster.push_back(host.LastTimings().raster_ms);
  }
  auto median = [](std::vector<double>& values) {
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
  };
  return FrameCost{median(build), median(raster)};
}

}  // namespace
}  // namespace loopscope::ui

int main() {
  using namespace loopscope::ui;
  const int sizes[] = {1'000, 10'000, 100'000};
  FrameCost baseline{};
  std::printf("%-10s %14s %16s %14s\n", "events", "build ms/frame", "ratio to 1 000", "raster ms");
  for (int events : sizes) {
    FrameCost cost = MeasureFrames(events);
    if (events == sizes[0]) baseline = cost;
    std::printf("%-10d %14.3f %15.2fx %14.2f\n", events, cost.build_ms, cost.build_ms / baseline.build_ms, cost.raster_ms);
  }
  return 0;
}
