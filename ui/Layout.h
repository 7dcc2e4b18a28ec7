// Layout.h — where each panel goes: the fixed split layout computed from LayoutSettings and the
// window size. Pure (tested: every panel keeps a readable minimum size at 1280×720 and 1920×1080).
#pragma once

#include "ui/LayoutSettings.h"

namespace loopscope::ui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  float Right() const { return x + w; }
  float Bottom() const { return y + h; }
};

enum class PanelId : int { Source, Console, CallStack, WebApis, EventLoop, TaskQueue, MicrotaskQueue, Timeline, Page, Count };
inline constexpr int kPanelCount = static_cast<int>(PanelId::Count);
const char* PanelTitle(PanelId id);

// The splitters the user can drag, and the setting each one changes.
enum class SplitterId : int { LeftWidth, SourceHeight, TopBand, StackWidth, WebApiWidth, PageHeight, Count };
inline constexpr int kSplitterCount = static_cast<int>(SplitterId::Count);

struct LayoutMetrics {
  float splitter = 5;      // gap between panels (the drag handle)
  float queue_height = 84; // Task Queue and Microtask Queue strips
  bool page = false;       // the run has a document: the Page panel sits between Source and Console
};

// A panel or splitter that is not shown (the Page panel without a document) has an empty rect.
struct LayoutRects {
  Rect panels[kPanelCount];
  Rect splitters[kSplitterCount];
  Rect right_column;  // for turning a splitter drag into a fraction
  Rect left_column;
  Rect top_band;
  const Rect& operator[](PanelId id) const { return panels[static_cast<int>(id)]; }
};

LayoutRects ComputeLayout(const LayoutSettings& settings, Rect area, const LayoutMetrics& metrics);

// Applies a drag of splitter `id` to the mouse position (x, y), in the same space as `area`.
void DragSplitter(LayoutSettings& settings, const LayoutRects& rects, SplitterId id, float mouse_x, float mouse_y);

}  // namespace loopscope::ui
