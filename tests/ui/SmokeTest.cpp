// The desktop app's frame, end to end: `loopscope shot` runs a sample in the real runtime, renders
// offscreen and writes a PNG; these tests look at the PNG the way a person would check a
// screenshot — is anything drawn, and are the panels where they should be with what they should
// show. Run under Xvfb (ctest registers them with `xvfb-run -a`).
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>

namespace {

const char* Exe() {
  const char* exe = std::getenv("LOOPSCOPE_EXE");
  return exe && *exe ? exe : LOOPSCOPE_EXE;
}
const std::string kSample = std::string(LOOPSCOPE_SOURCE_DIR) + "/samples/timeout_vs_promise.js";

struct Image {
  int w = 0, h = 0;
  std::vector<unsigned char> rgb;
  bool Load(const std::string& path) {
    int n = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &n, 3);
    if (!data) return false;
    rgb.assign(data, data + static_cast<std::size_t>(w) * h * 3);
    stbi_image_free(data);
    return true;
  }
  // Pixels in the region (fractions of the image) for which `match(r, g, b)` holds.
  int Count(float x0, float y0, float x1, float y1, const std::function<bool(int, int, int)>& match) const {
    int count = 0;
    for (int y = static_cast<int>(y0 * h); y < static_cast<int>(y1 * h); ++y) {
      for (int x = static_cast<int>(x0 * w); x < static_cast<int>(x1 * w); ++x) {
        const unsigned char* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
        count += match(p[0], p[1], p[2]);
      }
    }
    return count;
  }
};

bool Near(int r, int g, int b, unsigned rgb, int tolerance = 24) {
  return std::abs(r - static_cast<int>(rgb >> 16)) <= tolerance && std::abs(g - static_cast<int>((rgb >> 8) & 0xFF)) <= tolerance &&
         std::abs(b - static_cast<int>(rgb & 0xFF)) <= tolerance;
}

std::string Shot(const std::string& name, const std::string& extra, const std::string& sample = kSample,
                 const std::string& size = "1280x720") {
  const auto out = std::filesystem::temp_directory_path() / ("loopscope_smoke_" + name + ".png");
  std::filesystem::remove(out);
  const std::string command =
      std::string(Exe()) + " shot " + sample + " --out " + out.string() + " --size " + size + " " + extra + " > /dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return out.string();
}

TEST(SmokeTest, EndOfRunScreenshotShowsEveryRegion) {
  Image image;
  ASSERT_TRUE(image.Load(Shot("end", "--at end")));
  ASSERT_EQ(image.w, 1280);
  ASSERT_EQ(image.h, 720);
  // Not blank: many distinct colours.
  std::set<unsigned> colours;
  for (std::size_t i = 0; i + 2 < image.rgb.size(); i += 3 * 7) {
    colours.insert((image.rgb[i] << 16) | (image.rgb[i + 1] << 8) | image.rgb[i + 2]);
  }
  EXPECT_GT(colours.size(), 60u);
  // The dark theme's background dominates.
  EXPECT_GT(image.Count(0, 0, 1, 1, [](int r, int g, int b) { return r < 60 && g < 60 && b < 60; }), 1280 * 720 / 2);
  // Toolbar: the blue Run button, top left.
  EXPECT_GT(image.Count(0, 0, 0.25f, 0.1f, [](int r, int g, int b) { return Near(r, g, b, 0x1a73e8, 30); }), 200);
  // Source (left, upper): keywords in the keyword colour.
  EXPECT_GT(image.Count(0, 0.14f, 0.36f, 0.6f, [](int r, int g, int b) { return Near(r, g, b, 0xc792ea, 40); }), 30);
  // Console (left, lower): five lines of light text.
  EXPECT_GT(image.Count(0, 0.74f, 0.36f, 1, [](int r, int g, int b) { return r > 170 && g > 170 && b > 170; }), 300);
  // Timeline (right, bottom): Scripting-yellow bars drawn by the shader, grey task bars.
  EXPECT_GT(image.Count(0.37f, 0.72f, 1, 1, [](int r, int g, int b) { return r > 200 && g > 160 && b < 120; }), 300);
  EXPECT_GT(image.Count(0.37f, 0.72f, 1, 1, [](int r, int g, int b) { return Near(r, g, b, 0x9e9e9e, 20); }), 300);
}

// A node sample (its `// Model: node` header picks the model) renders at every size a classroom
// uses: libuv's wheel, the queues and the thread-pool lane, without a crash or a blank window.
TEST(SmokeTest, NodeSampleRendersAtEverySize) {
  const std::string sample = std::string(LOOPSCOPE_SOURCE_DIR) + "/samples/node_readfile_threadpool.js";
  for (const std::string size : {"1920x1080", "1024x640", "800x450"}) {
    Image image;
    ASSERT_TRUE(image.Load(Shot("node_" + size, "--at end", sample, size))) << size;
    std::set<unsigned> colours;
    for (std::size_t i = 0; i + 2 < image.rgb.size(); i += 3 * 7) {
      colours.insert((image.rgb[i] << 16) | (image.rgb[i + 1] << 8) | image.rgb[i + 2]);
    }
    EXPECT_GT(colours.size(), 40u) << size;
    // The Node.js switch is on: its selected (accent-tinted) button in the toolbar row (the
    // narrowest window has no room left for it in the toolbar; the Run menu has it there).
    if (image.w >= 1024) {
      EXPECT_GT(image.Count(0.3f, 0, 1, 0.12f, [](int r, int g, int b) { return b > r + 25 && b > 90 && g > 70; }), 60) << size;
    }
  }
}

TEST(SmokeTest, MidRunScreenshotShowsTheCallStack) {
  // Where the first frame is pushed, from the runtime's own event listing.
  const auto events = std::filesystem::temp_directory_path() / "loopscope_smoke_events.txt";
  const std::string run = std::string(Exe()) + " run --headless --events " + events.string() + " " + kSample + " > /dev/null";
  ASSERT_EQ(std::system(run.c_str()), 0);
  std::ifstream in(events);
  std::string line;
  long enter = -1;
  while (std::getline(in, line)) {
    if (line.find("FunctionEnter") != std::string::npos) {
      enter = std::strtol(line.c_str(), nullptr, 10);
      break;
    }
  }
  ASSERT_GE(enter, 0);
  Image image;
  ASSERT_TRUE(image.Load(Shot("mid", "--at " + std::to_string(enter + 1))));
  // The top stack frame's card (dark yellow) in the Call Stack panel.
  EXPECT_GT(image.Count(0.36f, 0.12f, 0.56f, 0.3f, [](int r, int g, int b) { return Near(r, g, b, 0x5a4d1c, 12); }), 500);
  // The current line's highlight in the Source panel.
  EXPECT_GT(image.Count(0.0f, 0.14f, 0.36f, 0.6f, [](int r, int g, int b) { return b > r + 20 && b > 60 && r < 80; }), 500);
}

TEST(SmokeTest, MissingScriptFailsCleanly) {
  const std::string command = std::string(Exe()) + " shot /nonexistent.js --out /tmp/never.png 2> /dev/null";
  EXPECT_NE(std::system(command.c_str()), 0);
}

}  // namespace
