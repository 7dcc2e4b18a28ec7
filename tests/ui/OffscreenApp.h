// OffscreenApp.h — the app as the Xvfb tests and the frame benchmark drive it: an offscreen GL
// window of a given size and an AppView with settled animations and the default layout.
// UI thread only; needs a display (xvfb-run).
#pragma once

#include <memory>
#include <string>

#include "ui/AppView.h"
#include "ui/platform/GuiHost.h"

namespace loopscope::ui::testing {

struct OffscreenApp {
  GuiHost host;
  std::unique_ptr<AppView> view;

  // False (with `error` set) when there is no display or no GL 3.3 context.
  bool Create(int width, int height, std::string* error) {
    if (!host.Create(HostMode::Offscreen, width, height, "test", error)) return false;
    AppViewOptions options;
    options.animation = AnimationMode::Settled;
    options.layout = LayoutPersistence::Ignore;
    view = std::make_unique<AppView>(options);
    if (!view->InitGraphics(1.0f)) {
      *error = "AppView::InitGraphics failed";
      return false;
    }
    return true;
  }
  void Frame(const SyntheticInput& input = {}) { host.RenderOffscreenFrame(*view, 1.0 / 60, input); }
};

}  // namespace loopscope::ui::testing
