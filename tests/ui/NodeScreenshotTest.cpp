// A node run on screen: a hand-built node trace (tests/ui/NodeTrace.h, no runtime) rendered at the
// sizes a classroom projector and a laptop use, at several presentation zooms and playback
// moments, without a crash or a blank frame. The PNGs are kept in $TMPDIR/loopscope_node_shots
// for a person to look at (the node panels are judged by eye; this test only guards the basics).
// Needs a display (smoke executable, under Xvfb).
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <stb_image.h>

#include <filesystem>
#include <set>
#include <string>

#include "tests/ui/NodeTrace.h"
#include "tests/ui/OffscreenApp.h"

namespace loopscope::ui {
namespace {

using testing::NodeTraceAt;

std::filesystem::path ShotDir() {
  const auto dir = std::filesystem::temp_directory_path() / "loopscope_node_shots";
  std::filesystem::create_directories(dir);
  return dir;
}

// Distinct colours in a sample of the PNG's pixels: a blank or broken frame has a handful.
std::size_t DistinctColours(const std::string& path, int* w, int* h) {
  int n = 0;
  unsigned char* data = stbi_load(path.c_str(), w, h, &n, 3);
  if (!data) return 0;
  std::set<unsigned> colours;
  const std::size_t size = static_cast<std::size_t>(*w) * *h * 3;
  for (std::size_t i = 0; i + 2 < size; i += 3 * 7) colours.insert((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  stbi_image_free(data);
  return colours.size();
}

struct Size {
  int w, h;
};
struct Moment {
  const char* name;
  uint64_t cursor;
};

constexpr Size kSizes[] = {{1920, 1080}, {1024, 640}, {800, 450}};
constexpr int kZoomSteps[] = {0, 3, 6};  // Ctrl+= presses: 100 %, 152 %, 231 %
constexpr Moment kMoments[] = {{"main", NodeTraceAt::kFirstTick}, {"poll", NodeTraceAt::kPolling},
                               {"io", NodeTraceAt::kIoCallback},  {"check", NodeTraceAt::kCheck},
                               {"between", NodeTraceAt::kBetweenPhases}, {"exit", NodeTraceAt::kBeforeExit}};

TEST(NodeScreenshotTest, NodePanelsRenderAtEverySizeZoomAndMoment) {
  auto trace = testing::NodeRunTrace();
  for (const Size size : kSizes) {
    for (const int zoom_steps : kZoomSteps) {
      testing::OffscreenApp app;
      std::string error;
      ASSERT_TRUE(app.Create(size.w, size.h, &error)) << error;
      app.view->OpenSource("node_demo.js", "// Model: node\nconst fs = require('fs');\n");
      app.view->ShowTrace(trace);
      app.Frame();
      for (int i = 0; i < zoom_steps; ++i) {
        SyntheticInput input;
        input.key = GLFW_KEY_EQUAL;
        input.ctrl = true;
        app.Frame(input);
        app.Frame();
      }
      for (const Moment moment : kMoments) {
        app.view->SeekAndPause(moment.cursor);
        for (int i = 0; i < 3; ++i) app.Frame();
        const std::string name = std::to_string(size.w) + "x" + std::to_string(size.h) + "_zoom" +
                                 std::to_string(zoom_steps) + "_" + moment.name + ".png";
        const std::string path = (ShotDir() / name).string();
        ASSERT_TRUE(app.host.SaveFrame(path, &error)) << error;
        int w = 0, h = 0;
        EXPECT_GT(DistinctColours(path, &w, &h), 40u) << name;
        EXPECT_EQ(w, size.w) << name;
        EXPECT_TRUE(IsNodeRun(app.view->State())) << name;
      }
    }
  }
}

}  // namespace
}  // namespace loopscope::ui
