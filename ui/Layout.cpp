#include "ui/Layout.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

const char* PanelTitle(PanelId id) {
  switch (id) {
    case PanelId::Source: return "Source";
    case PanelId::Console: return "Console";
    case PanelId::CallStack: return "Call Stack";
    case PanelId::WebApis: return "Web APIs";
    case PanelId::EventLoop: return "Event Loop";
    case PanelId::TaskQueue: return "Task Queue";
    case PanelId::MicrotaskQueue: return "Microtask Queue";
    case PanelId::Timeline: return "Timeline · Main thread";
    case PanelId::Page: return "Page";
    default: return "";
  }
}

LayoutRects ComputeLayout(const LayoutSettings& in, Rect area, const LayoutMetrics& m) {
  LayoutSettings s = in;
  s.Clamp();
  LayoutRects r;
  const float gap = m.splitter;
  const float left_w = std::round(area.w * s.left_width);
  r.left_column = {area.x, area.y, left_w, area.h};
  r.right_column = {area.x + left_w + gap, area.y, area.w - left_w - gap, area.h};
  r.splitters[static_cast<int>(SplitterId::LeftWidth)] = {area.x + left_w, area.y, gap, area.h};

  const float source_h = std::round(area.h * s.source_height);
  r.panels[static_cast<int>(PanelId::Source)] = {area.x, area.y, left_w, source_h};
  r.splitters[static_cast<int>(SplitterId::SourceHeight)] = {area.x, area.y + source_h, left_w, gap};
  const float below_y = area.y + source_h + gap;
  const float below_h = area.h - source_h - gap;
  if (m.page) {
    const float page_h = std::round(below_h * s.page_height);
    r.panels[static_cast<int>(PanelId::Page)] = {area.x, below_y, left_w, page_h};
    r.splitters[static_cast<int>(SplitterId::PageHeight)] = {area.x, below_y + page_h, left_w, gap};
    r.panels[static_cast<int>(PanelId::Console)] = {area.x, below_y + page_h + gap, left_w, below_h - page_h - gap};
  } else {
    r.panels[static_cast<int>(PanelId::Console)] = {area.x, below_y, left_w, below_h};
  }

  const Rect& rc = r.right_column;
  // The timeline keeps at least kTimelineMinFraction of the column: with large fonts the fixed
  // queue strips grow, and the top band gives way rather than the timeline.
  constexpr float kTimelineMinFraction = 0.28f;
  const float band_max = rc.h - 2 * (m.queue_height + gap) - gap - rc.h * kTimelineMinFraction;
  const float band_h = std::round(std::max(std::min(rc.h * s.top_band, band_max), rc.h * 0.15f));
  r.top_band = {rc.x, rc.y, rc.w, band_h};
  const float stack_w = std::round(rc.w * s.stack_width);
  const float webapi_w = std::round(rc.w * s.webapi_width);
  r.panels[static_cast<int>(PanelId::CallStack)] = {rc.x, rc.y, stack_w, band_h};
  r.splitters[static_cast<int>(SplitterId::StackWidth)] = {rc.x + stack_w, rc.y, gap, band_h};
  r.panels[static_cast<int>(PanelId::WebApis)] = {rc.x + stack_w + gap, rc.y, webapi_w, band_h};
  r.splitters[static_cast<int>(SplitterId::WebApiWidth)] = {rc.x + stack_w + gap + webapi_w, rc.y, gap, band_h};
  const float loop_x = rc.x + stack_w + webapi_w + 2 * gap;
  r.panels[static_cast<int>(PanelId::EventLoop)] = {loop_x, rc.y, rc.Right() - loop_x, band_h};
  r.splitters[static_cast<int>(SplitterId::TopBand)] = {rc.x, rc.y + band_h, rc.w, gap};

  float y = rc.y + band_h + gap;
  r.panels[static_cast<int>(PanelId::TaskQueue)] = {rc.x, y, rc.w, m.queue_height};
  y += m.queue_height + gap;
  r.panels[static_cast<int>(PanelId::MicrotaskQueue)] = {rc.x, y, rc.w, m.queue_height};
  y += m.queue_height + gap;
  r.panels[static_cast<int>(PanelId::Timeline)] = {rc.x, y, rc.w, std::max(0.0f, rc.Bottom() - y)};
  return r;
}

void DragSplitter(LayoutSettings& s, const LayoutRects& r, SplitterId id, float mx, float my) {
  switch (id) {
    case SplitterId::LeftWidth: {
      const float total = r.left_column.w + r.right_column.w + r.splitters[0].w;
      if (total > 0) s.left_width = (mx - r.left_column.x) / total;
      break;
    }
    case SplitterId::SourceHeight:
      if (r.left_column.h > 0) s.source_height = (my - r.left_column.y) / r.left_column.h;
      break;
    case SplitterId::PageHeight: {
      const Rect& page = r[PanelId::Page];
      const float below_h = page.h + r.splitters[static_cast<int>(SplitterId::PageHeight)].h + r[PanelId::Console].h;
      if (below_h > 0) s.page_height = (my - page.y) / below_h;
      break;
    }
    case SplitterId::TopBand:
      if (r.right_column.h > 0) s.top_band = (my - r.right_column.y) / r.right_column.h;
      break;
    case SplitterId::StackWidth:
      if (r.right_column.w > 0) s.stack_width = (mx - r.right_column.x) / r.right_column.w;
      break;
    case SplitterId::WebApiWidth: {
      const Rect& stack = r[PanelId::CallStack];
      if (r.right_column.w > 0) s.webapi_width = (mx - stack.Right() - r.splitters[0].w) / r.right_column.w;
      break;
    }
    default: break;
  }
  s.Clamp();
}

}  // namespace loopscope::ui
