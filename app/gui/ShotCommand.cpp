// ShotCommand.cpp — `loopscope shot FILE.js --out OUT.png [--at EVENT_INDEX|end] [--size WxH]`:
// runs the script, positions playback, renders one frame offscreen and writes it as a PNG.
//
// The frame is the desktop app's own, rendered into a framebuffer object of the requested size
// behind a hidden window (so it needs an X display: under CI, xvfb-run -a), with every animation
// at its end state and no pointer over the window.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "app/GuiCommands.h"
#include "ui/AppView.h"
#include "ui/Samples.h"
#include "ui/platform/GuiHost.h"

namespace loopscope {

namespace {
// A script that never ends is stopped after this long; the shot shows what it recorded.
constexpr std::chrono::milliseconds kPollInterval{5};
// ImGui lays some things out from the previous frame's sizes: render a few before the one we keep.
constexpr int kWarmUpFrames = 3;
constexpr double kFrameSeconds = 1.0 / 60.0;
}  // namespace

int RunShotCommand(const ShotOptions& options) {
  const auto source = ui::ReadTextFile(options.script_path);
  if (!source) {
    std::fprintf(stderr, "loopscope shot: cannot read %s\n", options.script_path.c_str());
    return 1;
  }
  if (options.width < 320 || options.height < 240 || options.width > 8192 || options.height > 8192) {
    std::fprintf(stderr, "loopscope shot: --size must be between 320x240 and 8192x8192\n");
    return 1;
  }
  ui::GuiHost host;
  std::string error;
  if (!host.Create(ui::HostMode::Offscreen, options.width, options.height, "Loopscope shot", &error)) {
    std::fprintf(stderr, "loopscope shot: %s\n", error.c_str());
    return 1;
  }
  ui::AppViewOptions view_options;
  view_options.animation = ui::AnimationMode::Settled;
  view_options.clock = options.clock;
  view_options.model = options.model;
  view_options.memory_budget_bytes = options.memory_budget_bytes;
  view_options.layout = ui::LayoutPersistence::Ignore;
  view_options.wait_for_input = false;  // a shot's clicks are its --click selectors; then the run ends
  view_options.input_clicks = options.input_clicks;
  ui::AppView view(view_options);
  if (!view.InitGraphics(1.0f)) std::fprintf(stderr, "loopscope shot: timeline shaders failed; the timeline will be empty\n");
  view.OpenFile(options.script_path);
  view.Run();

  // Let the script run to its end (a script that never ends is stopped at the deadline), so that
  // the shot shows the whole run whatever the event it points at: same input, same picture.
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(options.run_timeout_seconds));
  while (!view.Session()->Finished()) {
    view.Update(0.0);
    if (std::chrono::steady_clock::now() > deadline) {
      std::fprintf(stderr, "loopscope shot: the script was still running after %g s; stopping it\n",
                   options.run_timeout_seconds);
      view.Stop();
      view.Session()->Wait();
      break;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  view.Update(0.0);
  const uint64_t count = view.Model()->EventCount();
  uint64_t at = options.at_event_index.value_or(count);
  if (at > count) {
    std::fprintf(stderr, "loopscope shot: --at %llu is past the end; showing the end (%llu events)\n",
                 static_cast<unsigned long long>(at), static_cast<unsigned long long>(count));
    at = count;
  }
  view.SeekAndPause(at);
  for (int i = 0; i < kWarmUpFrames; ++i) host.RenderOffscreenFrame(view, kFrameSeconds);
  if (!host.SaveFrame(options.out_png_path, &error)) {
    std::fprintf(stderr, "loopscope shot: %s\n", error.c_str());
    return 1;
  }
  std::printf("wrote %s (%dx%d, event %llu of %llu)\n", options.out_png_path.c_str(), options.width, options.height,
              static_cast<unsigned long long>(view.GetPlayback().Cursor()), static_cast<unsigned long long>(count));
  return 0;
}

}  // namespace loopscope
