#include "ui/timeline/TimelineViewport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::ui {

void TimelineViewport::Set(double start_ns, double ns_per_px) {
  m_ns_per_px = std::clamp(ns_per_px, kMinNsPerPx, kMaxNsPerPx);
  m_start_ns = start_ns;
}

void TimelineViewport::ZoomAround(float anchor_x, double factor) {
  if (factor <= 0) return;
  const double anchor_ns = TimeAt(anchor_x);
  m_ns_per_px = std::clamp(m_ns_per_px / factor, kMinNsPerPx, kMaxNsPerPx);
  m_start_ns = anchor_ns - anchor_x * m_ns_per_px;
}

void TimelineViewport::PanPixels(float dx) { m_start_ns -= dx * m_ns_per_px; }

void TimelineViewport::Fit(double first_ns, double last_ns, float width_px) {
  if (width_px <= 1) return;
  double span = std::max(last_ns - first_ns, 1000.0);  // at least a microsecond
  const double margin = span * kFitMarginFraction;
  span += 2 * margin;
  m_ns_per_px = std::clamp(span / width_px, kMinNsPerPx, kMaxNsPerPx);
  m_start_ns = first_ns - margin;
}

void TimelineViewport::Follow(double time_ns, float width_px) {
  const double end = EndNs(width_px);
  const double page = m_ns_per_px * width_px;
  if (time_ns > end) m_start_ns = time_ns - page * 0.1;
  if (time_ns < m_start_ns) m_start_ns = time_ns - page * 0.9;
}

double NiceStep(double min_ns) {
  if (min_ns <= 0) return 1;
  const double magnitude = std::pow(10.0, std::floor(std::log10(min_ns)));
  for (double mantissa : {1.0, 2.0, 5.0, 10.0}) {
    if (mantissa * magnitude >= min_ns) return mantissa * magnitude;
  }
  return 10 * magnitude;
}

std::string TickLabel(double time_ns, double step_ns) {
  struct Unit {
    double ns;
    const char* name;
  };
  static const Unit kUnits[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
  const double magnitude = std::max(std::fabs(time_ns), step_ns);
  const Unit* unit = &kUnits[3];
  for (const Unit& u : kUnits) {
    if (magnitude >= u.ns) {
      unit = &u;
      break;
    }
  }
  // Decimals: enough that consecutive ticks differ.
  const double step_in_unit = step_ns / unit->ns;
  int decimals = 0;
  while (decimals < 6 && step_in_unit * std::pow(10.0, decimals) < 0.999) ++decimals;
  char buf[48];
  double value = time_ns / unit->ns;
  if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0;  // no "-0"
  std::snprintf(buf, sizeof buf, "%.*f %s", decimals, value, unit->name);
  return buf;
}

std::vector<RulerTick> RulerTicks(double start_ns, double ns_per_px, float width_px, float min_label_px) {
  std::vector<RulerTick> ticks;
  if (ns_per_px <= 0 || width_px <= 0) return ticks;
  const double step = NiceStep(ns_per_px * min_label_px);
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
  const int minor_per_major = std::fabs(mantissa - 2.0) < 0.01 ? 4 : 5;
  const double minor = step / minor_per_major;
  const double end_ns = start_ns + ns_per_px * width_px;
  double t = std::floor(start_ns / step) * step;
  for (int guard = 0; t <= end_ns && guard < 10000; ++guard) {
    for (int m = 0; m < minor_per_major; ++m) {
      const double tm = t + m * minor;
      if (tm < start_ns || tm > end_ns) continue;
      if (m == 0) {
        ticks.push_back({tm, true, TickLabel(tm, step)});
      } else {
        ticks.push_back({tm, false, {}});
      }
    }
    t += step;
  }
  return ticks;
}

}  // namespace loopscope::ui
