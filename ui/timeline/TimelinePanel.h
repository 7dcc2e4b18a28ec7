// TimelinePanel.h — the flame chart panel: ruler, markers and slices of a TimelineModel, drawn by
// a TimelineRenderer, with DevTools-style navigation.
//
// Interaction: mouse wheel zooms around the pointer (Shift+wheel scrolls the rows, a horizontal
// swipe pans); drag pans (both axes); double-click or "Fit"
// zooms to fit the whole run; hovering shows a tooltip (name, category, duration, source line);
// clicking a slice moves the playback cursor to where it began. Slices narrower than
// kFoldMinPx are folded into one hatched "N slices" bar (Tracy), and each row is culled with a
// binary search, so the cost per frame follows what is visible, not the trace size.
// Threads: UI thread, inside an ImGui frame.
#pragma once

#include <cstdint>
#include <optional>

#include "ui/panels/Panels.h"
#include "ui/timeline/TimelineModel.h"
#include "ui/timeline/TimelineRenderer.h"
#include "ui/timeline/TimelineViewport.h"

namespace loopscope::ui {

class TimelinePanel {
 public:
  static constexpr float kFoldMinPx = 3.0f;        // narrower slices fold together
  static constexpr float kLabelMinPx = 28.0f;      // narrower slices get no label
  static constexpr float kRulerLabelMinPx = 90.0f; // major ruler ticks at least this far apart
  static constexpr float kDragThresholdPx = 4.0f;  // a press that moves less is a click
  static constexpr double kWheelZoomStep = 1.25;

  void Reset();  // a new run: zoom to fit again as it grows
  // Draws into the current child window. `cursor_time_ns` is the playback cursor's time.
  void Draw(const PanelContext& ctx, const TimelineModel& model, TimelineRenderer& renderer, uint64_t cursor_time_ns,
            bool follow_cursor, PanelRequests& requests);
  const TimelineViewport& Viewport() const { return m_viewport; }
  // Where the slice on row `depth` starting at `start_ns` was drawn last frame (display
  // coordinates of its middle), if visible — for interaction tests.
  bool SliceCenter(int depth, uint64_t start_ns, uint64_t end_ns, float* x, float* y) const;
  // Slices drawn last frame (after folding) — for the 100 000-event fluidity check.
  std::size_t BarsLastFrame() const { return m_bars_last_frame; }

 private:
  TimelineViewport m_viewport;
  bool m_user_moved = false;     // once the user zooms or pans, stop auto-fitting
  bool m_dragging = false;
  float m_drag_distance = 0;
  float m_scroll_y = 0;          // rows scrolled out at the top (display units)
  std::size_t m_bars_last_frame = 0;
  // Last frame's geometry.
  float m_canvas_x = 0, m_canvas_w = 0, m_rows_top = 0, m_row_h = 0;
};

}  // namespace loopscope::ui
