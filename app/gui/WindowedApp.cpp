// WindowedApp.cpp — `loopscope [FILE.js]`: the desktop app.
#include <cstdio>
#include <string>

#include "app/GuiCommands.h"
#include "ui/AppView.h"
#include "ui/platform/GuiHost.h"

namespace loopscope {

namespace {
constexpr int kDefaultWindowWidth = 1600;
constexpr int kDefaultWindowHeight = 900;
}  // namespace

int RunWindowedApp(const WindowedAppOptions& options) {
  ui::GuiHost host;  // declared first: outlives the view, which owns GL objects
  std::string error;
  if (!host.Create(ui::HostMode::Windowed, kDefaultWindowWidth, kDefaultWindowHeight, "Loopscope", &error)) {
    std::fprintf(stderr, "loopscope: %s\n", error.c_str());
    return 1;
  }
  ui::AppViewOptions view_options;
  view_options.clock = options.clock;
  view_options.model = options.model;
  ui::AppView view(view_options);
  if (!view.InitGraphics(host.ContentScale())) {
    std::fprintf(stderr, "loopscope: the timeline shaders did not compile; the timeline will be empty\n");
  }
  if (options.script_path) {
    if (!view.OpenFile(*options.script_path)) {
      std::fprintf(stderr, "loopscope: cannot read %s\n", options.script_path->c_str());
      return 1;
    }
  } else if (!view.OpenDefaultSample()) {
    view.OpenSource("untitled.js", "// Write some JavaScript, then press Run (F5).\nconsole.log('hello');\n");
  }
  return host.RunWindowed(view);
}

}  // namespace loopscope
