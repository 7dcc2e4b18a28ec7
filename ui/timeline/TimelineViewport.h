// TimelineViewport.h — which span of trace time the flame chart shows, and the maths of zooming,
// panning and the time ruler. Pure (tested in tests/ui).
//
// Units: time in nanoseconds on the run's clock (doubles: sub-ns zoom is allowed), x in display
// units from the chart's left edge.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::ui {

class TimelineViewport {
 public:
  static constexpr double kMinNsPerPx = 0.05;   // deepest zoom: 20 px per nanosecond
  static constexpr double kMaxNsPerPx = 1e9;    // widest: a second per pixel
  static constexpr double kFitMarginFraction = 0.02;

  double StartNs() const { return m_start_ns; }
  double NsPerPx() const { return m_ns_per_px; }
  double EndNs(float width_px) const { return m_start_ns + m_ns_per_px * width_px; }
  float XOf(double time_ns) const { return static_cast<float>((time_ns - m_start_ns) / m_ns_per_px); }
  double TimeAt(float x) const { return m_start_ns + x * m_ns_per_px; }

  // Zoom by `factor` (> 1 zooms in) keeping the time under `anchor_x` fixed.
  void ZoomAround(float anchor_x, double factor);
  void PanPixels(float dx);  // content follows the mouse: dx > 0 shows earlier time
  // Shows [first_ns, last_ns] in `width_px` with a small margin.
  void Fit(double first_ns, double last_ns, float width_px);
  // Keeps `time_ns` visible, scrolling by whole pages (for following the playback cursor).
  void Follow(double time_ns, float width_px);
  void Set(double start_ns, double ns_per_px);

 private:
  double m_start_ns = 0;
  double m_ns_per_px = 1000;
};

struct RulerTick {
  double time_ns;
  bool major;          // labelled
  std::string label;   // "1.5 ms" for major ticks, "" otherwise
};

// Ticks for the ruler over [start_ns, start_ns + ns_per_px * width_px]: major ticks at a 1-2-5
// step at least `min_label_px` apart, four minor ticks between them (five for 2-steps: halves).
std::vector<RulerTick> RulerTicks(double start_ns, double ns_per_px, float width_px, float min_label_px);
// The 1-2-5 step (in ns) that is at least `min_ns`.
double NiceStep(double min_ns);
// Label for a tick at `time_ns` when ticks are `step_ns` apart: enough decimals to tell them apart.
std::string TickLabel(double time_ns, double step_ns);

}  // namespace loopscope::ui
