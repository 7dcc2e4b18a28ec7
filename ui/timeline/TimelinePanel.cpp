#include "ui/timeline/TimelinePanel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/Theme.h"

namespace loopscope::ui {
namespace {

struct Label {
  float x0, x1, y;
  uint32_t color;
  std::string text;
};

struct Hover {
  const Slice* slice = nullptr;
  int depth = 0;
  std::size_t folded = 0;        // > 1: a fold of this many slices
  uint64_t fold_start_ns = 0;
  uint64_t fold_end_ns = 0;
  const Marker* marker = nullptr;
};

const char* MarkerName(MarkerKind kind) {
  switch (kind) {
    case MarkerKind::TimerFired: return "Timer fired";
    case MarkerKind::TimerInstalled: return "Timer installed";
    case MarkerKind::Console: return "console";
    case MarkerKind::Error: return "Error";
    case MarkerKind::Jit: return "JIT code";
    case MarkerKind::Network: return "Network";
    case MarkerKind::RunEnded: return "Run ended";
    case MarkerKind::Truncated: return "Trace truncated";
  }
  return "";
}

uint32_t MarkerColor(MarkerKind kind) {
  switch (kind) {
    case MarkerKind::TimerFired:
    case MarkerKind::TimerInstalled: return theme::kMarkerTimer;
    case MarkerKind::Error:
    case MarkerKind::Truncated: return theme::kMarkerError;
    case MarkerKind::Jit: return theme::kMarkerJit;
    case MarkerKind::Network: return theme::kMarkerNetwork;
    default: return theme::kMarkerConsole;
  }
}

}  // namespace

bool TimelinePanel::SliceCenter(int depth, uint64_t start_ns, uint64_t end_ns, float* x, float* y) const {
  const float x0 = std::max(0.0f, m_viewport.XOf(static_cast<double>(start_ns)));
  const float x1 = std::min(m_canvas_w, m_viewport.XOf(static_cast<double>(end_ns)));
  if (x1 <= x0) return false;
  *x = m_canvas_x + (x0 + x1) * 0.5f;
  *y = m_rows_top + depth * m_row_h - m_scroll_y + m_row_h * 0.5f;
  return true;
}

void TimelinePanel::Reset() {
  m_user_moved = false;
  m_scroll_y = 0;
  m_dragging = false;
}

void TimelinePanel::Draw(const PanelContext& ctx, const TimelineModel& model, TimelineRenderer& renderer,
                         uint64_t cursor_time_ns, bool follow_cursor, PanelRequests& requests) {
  const float em = ctx.fonts->size_px;
  std::string note;
  if (ctx.trace) {
    note = std::to_string(model.SliceCount()) + " slices · " + FormatDuration(model.ContentLastNs() - model.ContentFirstNs());
  }
  PanelHeader(ctx, "Timeline · Main thread", {}, 0);

  // Header extras: legend and Fit, right-aligned in the header strip.
  {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 win = ImGui::GetWindowPos();
    const float header_h = PanelHeaderHeight(ctx);
    const float pad = std::floor(8 * ctx.scale);
    ImGui::PushFont(ctx.fonts->small);
    const float small = ImGui::GetFontSize();
    float x = win.x + ImGui::GetWindowWidth() - pad;
    const float fit_w = ImGui::CalcTextSize("Fit").x + 2 * ImGui::GetStyle().FramePadding.x;
    x -= fit_w;
    const ImVec2 saved = ImGui::GetCursorPos();
    ImGui::SetCursorScreenPos(ImVec2(x, win.y + (header_h - (small + 2 * ImGui::GetStyle().FramePadding.y)) * 0.5f));
    if (ImGui::SmallButton("Fit")) m_user_moved = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom to fit the whole run (or double-click the chart)");
    x -= pad * 1.5f;
    const float title_end = win.x + pad + ctx.fonts->ui_bold->CalcTextSizeA(em, FLT_MAX, 0, "Timeline · Main thread").x + pad * 2;
    // The legend in DevTools order, ending at the Fit button; with too little room the least
    // important categories (from the end) are dropped.
    const SliceCategory legend[] = {SliceCategory::Scripting, SliceCategory::Rendering, SliceCategory::Painting,
                                    SliceCategory::System, SliceCategory::Idle};
    const float box = small * 0.75f;
    auto item_width = [&](SliceCategory category) { return box + 3 * ctx.scale + ImGui::CalcTextSize(SliceCategoryName(category)).x + pad * 1.2f; };
    int shown = 0;
    float legend_w = 0;
    while (shown < 5 && x - (legend_w + item_width(legend[shown])) >= title_end) legend_w += item_width(legend[shown++]);
    float lx = x - legend_w;
    for (int i = 0; i < shown; ++i) {
      const SliceCategory category = legend[i];
      const float box_y = win.y + (header_h - box) * 0.5f;
      list->AddRectFilled(ImVec2(lx, box_y), ImVec2(lx + box, box_y + box),
                          category == SliceCategory::Idle ? theme::Rgb(0xdfe3e8, 0x90) : theme::CategoryColor(category), 2);
      list->AddText(ImVec2(lx + box + 3 * ctx.scale, win.y + (header_h - small) * 0.5f), theme::kTextDim, SliceCategoryName(category));
      lx += item_width(category);
    }
    x -= legend_w;
    if (!note.empty()) {
      const float w = ImGui::CalcTextSize(note.c_str()).x;
      if (title_end + w < x) list->AddText(ImVec2(title_end, win.y + (header_h - small) * 0.5f), theme::kTextFaint, note.c_str());
    }
    ImGui::PopFont();
    ImGui::SetCursorPos(saved);
  }

  const ImVec2 canvas_min = ImGui::GetCursorScreenPos();
  const ImVec2 canvas_size = ImGui::GetContentRegionAvail();
  if (canvas_size.x < 10 || canvas_size.y < 10) return;
  const ImVec2 canvas_max(canvas_min.x + canvas_size.x, canvas_min.y + canvas_size.y);
  const float ruler_h = std::floor(ctx.fonts->small->FontSize * 1.7f);
  const float marker_h = std::floor(em * 0.9f);
  const float row_h = std::floor(em * 1.35f);
  const float rows_top = canvas_min.y + ruler_h + marker_h;
  const float rows_h = canvas_max.y - rows_top;
  const float width = canvas_size.x;
  m_canvas_x = canvas_min.x;
  m_canvas_w = width;
  m_rows_top = rows_top;
  m_row_h = row_h;

  ImGui::InvisibleButton("##timeline", canvas_size, ImGuiButtonFlags_MouseButtonLeft);
  const bool hovered = ImGui::IsItemHovered();
  const bool activated = ImGui::IsItemActivated();
  const bool active = ImGui::IsItemActive();
  const bool deactivated = ImGui::IsItemDeactivated();
  const ImGuiIO& io = ImGui::GetIO();
  const float mouse_x = io.MousePos.x - canvas_min.x;

  if (!m_user_moved && model.EventsRead() > 0) m_viewport.Fit(static_cast<double>(model.ContentFirstNs()), static_cast<double>(model.ContentLastNs()), width);
  if (hovered && io.MouseWheel != 0) {
    if (io.KeyShift) {
      m_scroll_y -= io.MouseWheel * row_h * 2;  // Shift+wheel scrolls the rows
    } else {
      m_viewport.ZoomAround(mouse_x, std::pow(kWheelZoomStep, io.MouseWheel));
      m_user_moved = true;
    }
  }
  if (hovered && io.MouseWheelH != 0) {
    m_viewport.PanPixels(io.MouseWheelH * width * 0.1f);  // touchpads: horizontal swipe pans
    m_user_moved = true;
  }
  if (activated) {
    m_drag_distance = 0;
    m_dragging = true;
  }
  if (m_dragging && active) {
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) {
      m_drag_distance += std::fabs(io.MouseDelta.x) + std::fabs(io.MouseDelta.y);
      if (m_drag_distance >= kDragThresholdPx) {
        m_viewport.PanPixels(io.MouseDelta.x);
        m_scroll_y -= io.MouseDelta.y;
        m_user_moved = true;
      }
    }
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) m_user_moved = false;
  if (follow_cursor && m_user_moved && !active) m_viewport.Follow(static_cast<double>(cursor_time_ns), width);
  const float content_h = model.RowCount() * row_h;
  m_scroll_y = std::clamp(m_scroll_y, 0.0f, std::max(0.0f, content_h - rows_h + row_h * 0.5f));

  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PushClipRect(canvas_min, canvas_max, true);
  list->AddRectFilled(canvas_min, canvas_max, theme::kTimelineBg);

  const double view_start = m_viewport.StartNs();
  const double view_end = m_viewport.EndNs(width);
  const double ns_per_px = m_viewport.NsPerPx();
  const auto ticks = RulerTicks(view_start, ns_per_px, width, kRulerLabelMinPx * ctx.scale);
  for (const RulerTick& tick : ticks) {
    if (!tick.major) continue;
    const float x = std::floor(canvas_min.x + m_viewport.XOf(tick.time_ns)) + 0.5f;
    list->AddLine(ImVec2(x, rows_top - marker_h), ImVec2(x, canvas_max.y), theme::kGridLine);
  }

  // ---- Slices ------------------------------------------------------------------------------------
  Hover hover;
  std::vector<Label> labels;
  const bool mouse_in_rows = hovered && io.MousePos.y >= rows_top;
  const double fold_ns = kFoldMinPx * ns_per_px;
  std::size_t bars = 0;
  renderer.Begin();
  const int first_row = std::max(0, static_cast<int>(m_scroll_y / row_h));
  for (int depth = first_row; depth < model.RowCount(); ++depth) {
    const float y0 = rows_top + depth * row_h - m_scroll_y;
    if (y0 > canvas_max.y) break;
    const float y1 = y0 + row_h - 1;
    if (depth == model.PoolLabelRow()) {
      // The second lane's name, in the empty row between the main thread and the pool.
      labels.push_back({canvas_min.x, canvas_max.x, y0, theme::kTextDim,
                        model.PoolKind() == SliceKind::Network
                            ? "Network (the network service's thread) — each request from IPC send to IPC receive"
                            : "Thread pool (libuv workers) — when a request finished is estimated"});
      continue;
    }
    const auto& row = model.Row(depth);
    std::size_t i = model.FirstVisible(depth, static_cast<uint64_t>(std::max(0.0, view_start)));
    while (i < row.size() && static_cast<double>(row[i].start_ns) <= view_end) {
      const Slice& slice = row[i];
      const double end_ns = static_cast<double>(model.EndOf(slice));
      float x0 = canvas_min.x + m_viewport.XOf(static_cast<double>(slice.start_ns));
      float x1 = canvas_min.x + m_viewport.XOf(end_ns);
      if (x1 - x0 >= kFoldMinPx) {
        const float cx0 = std::max(x0, canvas_min.x - 2), cx1 = std::min(x1, canvas_max.x + 2);
        const bool is_hover = mouse_in_rows && io.MousePos.x >= cx0 && io.MousePos.x < cx1 && io.MousePos.y >= y0 && io.MousePos.y < y1;
        renderer.Add(cx0, y0, cx1, y1, theme::SliceColor(slice), is_hover ? BarStyle::Highlighted : BarStyle::Solid);
        ++bars;
        if (is_hover) hover = {&slice, depth, 1, 0, 0, nullptr};
        if (cx1 - cx0 >= kLabelMinPx * ctx.scale && ctx.trace) {
          labels.push_back({cx0, cx1, y0, slice.kind == SliceKind::Idle ? theme::kTextDim : theme::kTextOnBar, SliceLabel(slice, *ctx.trace)});
        }
        ++i;
        continue;
      }
      // Fold a run of tiny slices (Tracy): jump with binary searches to the first slice that
      // starts more than kFoldMinPx after the run's end, stopping before a wide one.
      std::size_t j = i + 1;
      double fold_end = end_ns;
      while (j < row.size()) {
        const double limit = fold_end + fold_ns;
        auto k_it = std::partition_point(row.begin() + static_cast<std::ptrdiff_t>(j), row.end(),
                                         [&](const Slice& s) { return static_cast<double>(s.start_ns) < limit; });
        std::size_t k = static_cast<std::size_t>(k_it - row.begin());
        if (k == j) break;
        const Slice& last = row[k - 1];
        const double last_end = static_cast<double>(model.EndOf(last));
        if ((last_end - static_cast<double>(last.start_ns)) / ns_per_px >= kFoldMinPx) {
          if (k - 1 > j) fold_end = std::max(fold_end, static_cast<double>(model.EndOf(row[k - 2])));
          j = k - 1;
          break;
        }
        fold_end = std::max(fold_end, last_end);
        j = k;
      }
      const std::size_t count = j - i;
      x1 = std::max(canvas_min.x + m_viewport.XOf(fold_end), x0 + (count > 1 ? kFoldMinPx : 1.0f));
      const float cx0 = std::max(x0, canvas_min.x - 2), cx1 = std::min(x1, canvas_max.x + 2);
      renderer.Add(cx0, y0, cx1, y1, theme::SliceColor(slice), count > 1 ? BarStyle::Folded : BarStyle::Solid);
      ++bars;
      if (mouse_in_rows && io.MousePos.x >= cx0 - 1 && io.MousePos.x < cx1 + 1 && io.MousePos.y >= y0 && io.MousePos.y < y1) {
        hover = {&slice, depth, count, slice.start_ns, static_cast<uint64_t>(fold_end), nullptr};
      }
      if (count > 1 && cx1 - cx0 >= kLabelMinPx * ctx.scale * 1.5f) {
        labels.push_back({cx0, cx1, y0, theme::kTextOnBar, std::to_string(count) + " slices"});
      }
      i = j;
    }
  }
  m_bars_last_frame = bars;
  renderer.Submit(list);

  // Labels on top of the bars (same list, after the GL callback).
  const float label_pad = 4 * ctx.scale;
  ImGui::PushFont(ctx.fonts->small);
  const float small = ImGui::GetFontSize();
  for (const Label& label : labels) {
    const float x0 = std::max(label.x0, canvas_min.x) + label_pad;
    const float x1 = std::min(label.x1, canvas_max.x) - label_pad;
    ClippedText(list, ImVec2(x0, label.y + (row_h - 1 - small) * 0.5f), label.color, label.text, x1 - x0);
  }
  ImGui::PopFont();

  // ---- Markers -----------------------------------------------------------------------------------
  const auto& markers = model.Markers();
  auto first_marker = std::partition_point(markers.begin(), markers.end(),
                                           [&](const Marker& m) { return static_cast<double>(m.time_ns) < view_start; });
  const float marker_y = canvas_min.y + ruler_h;
  float last_x[8];
  std::fill(std::begin(last_x), std::end(last_x), -1e9f);
  for (auto it = first_marker; it != markers.end() && static_cast<double>(it->time_ns) <= view_end; ++it) {
    const float x = canvas_min.x + m_viewport.XOf(static_cast<double>(it->time_ns));
    float& previous = last_x[static_cast<int>(it->kind)];
    if (x - previous < 2.0f) continue;  // fold markers closer than 2 px
    previous = x;
    const float s = marker_h * 0.38f;
    const float cy = marker_y + marker_h * 0.5f;
    const uint32_t color = MarkerColor(it->kind);
    switch (it->kind) {
      case MarkerKind::TimerFired:
        list->AddTriangleFilled(ImVec2(x - s, cy - s), ImVec2(x + s, cy - s), ImVec2(x, cy + s), color);
        break;
      case MarkerKind::TimerInstalled:
        list->AddTriangle(ImVec2(x - s, cy - s), ImVec2(x + s, cy - s), ImVec2(x, cy + s), color);
        break;
      case MarkerKind::Error:
      case MarkerKind::Truncated: list->AddCircleFilled(ImVec2(x, cy), s, color, 10); break;
      case MarkerKind::RunEnded: list->AddRectFilled(ImVec2(x - 1, cy - s), ImVec2(x + 1, cy + s), theme::kTextDim); break;
      default: list->AddRectFilled(ImVec2(x - 1, cy - s * 0.8f), ImVec2(x + 1, cy + s * 0.8f), color); break;
    }
    if (hovered && std::fabs(io.MousePos.x - x) <= s + 1 && io.MousePos.y >= marker_y && io.MousePos.y < marker_y + marker_h) {
      hover = {};
      hover.marker = &*it;
    }
  }

  // ---- Playback cursor: what has not happened yet is shaded ------------------------------------
  if (ctx.trace && model.EventsRead() > 0) {
    const float cx = canvas_min.x + m_viewport.XOf(static_cast<double>(cursor_time_ns));
    if (cx < canvas_max.x) list->AddRectFilled(ImVec2(std::max(cx, canvas_min.x), rows_top - marker_h), canvas_max, theme::kFutureShade);
    if (cx >= canvas_min.x && cx <= canvas_max.x) {
      list->AddLine(ImVec2(cx, canvas_min.y), ImVec2(cx, canvas_max.y), theme::kPlaybackCursor, 2 * ctx.scale);
      const float s = 5 * ctx.scale;
      list->AddTriangleFilled(ImVec2(cx - s, canvas_min.y), ImVec2(cx + s, canvas_min.y), ImVec2(cx, canvas_min.y + s * 1.4f),
                              theme::kPlaybackCursor);
    }
  }

  // ---- Ruler -------------------------------------------------------------------------------------
  list->AddRectFilled(canvas_min, ImVec2(canvas_max.x, canvas_min.y + ruler_h), theme::kRulerBg);
  list->AddLine(ImVec2(canvas_min.x, canvas_min.y + ruler_h), ImVec2(canvas_max.x, canvas_min.y + ruler_h), theme::kBorder);
  ImGui::PushFont(ctx.fonts->small);
  for (const RulerTick& tick : ticks) {
    const float x = std::floor(canvas_min.x + m_viewport.XOf(tick.time_ns)) + 0.5f;
    const float tick_h = tick.major ? ruler_h * 0.45f : ruler_h * 0.2f;
    list->AddLine(ImVec2(x, canvas_min.y + ruler_h - tick_h), ImVec2(x, canvas_min.y + ruler_h), theme::kRulerTick);
    if (tick.major) list->AddText(ImVec2(x + 3 * ctx.scale, canvas_min.y + 2 * ctx.scale), theme::kTextDim, tick.label.c_str());
  }
  if (!ctx.trace || model.EventsRead() == 0) {
    const char* empty = "The timeline fills in as the script runs";
    const ImVec2 size = ImGui::CalcTextSize(empty);
    list->AddText(ImVec2(canvas_min.x + (width - size.x) * 0.5f, rows_top + (rows_h - size.y) * 0.4f), theme::kTextFaint, empty);
  }
  ImGui::PopFont();
  list->PopClipRect();

  // ---- Tooltip and click -------------------------------------------------------------------------
  if (hover.marker && ctx.trace) {
    ImGui::BeginTooltip();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(MarkerColor(hover.marker->kind)), "%s", MarkerName(hover.marker->kind));
    const std::string text(ctx.trace->String(hover.marker->text));
    if (!text.empty()) ImGui::TextUnformatted(text.c_str());
    ImGui::TextDisabled("at %s · event %llu", FormatDuration(hover.marker->time_ns).c_str(),
                        static_cast<unsigned long long>(hover.marker->event));
    ImGui::EndTooltip();
  } else if (hover.slice && ctx.trace && !(m_dragging && m_drag_distance >= kDragThresholdPx)) {
    const Slice& slice = *hover.slice;
    ImGui::BeginTooltip();
    if (hover.folded > 1) {
      ImGui::Text("%zu slices folded", hover.folded);
      ImGui::TextDisabled("%s · zoom in to see them", FormatDuration(hover.fold_end_ns - hover.fold_start_ns).c_str());
    } else {
      ImGui::PushFont(ctx.fonts->ui_bold);
      ImGui::TextUnformatted(SliceLabel(slice, *ctx.trace).c_str());
      ImGui::PopFont();
      const uint64_t duration = model.EndOf(slice) - slice.start_ns;
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme::CategoryColor(slice.category)), "%s", SliceCategoryName(slice.category));
      ImGui::SameLine();
      ImGui::Text("· %s%s", FormatDuration(duration).c_str(), slice.IsOpen() ? " (still running)" : "");
      if (slice.kind == SliceKind::Function) {
        const FunctionInfo& info = ctx.trace->Function(slice.function);
        if (info.line) ImGui::Text("source line %u, column %u", info.line, info.column);
      }
      ImGui::TextDisabled("starts at %s · event %llu — click to jump there", FormatDuration(slice.start_ns).c_str(),
                          static_cast<unsigned long long>(slice.begin_event));
    }
    ImGui::EndTooltip();
  }
  if (deactivated) {
    if (m_drag_distance < kDragThresholdPx) {
      if (hover.slice) requests.seek_to = hover.slice->begin_event + 1;
      else if (hover.marker) requests.seek_to = hover.marker->event + 1;
    }
    m_dragging = false;
  }
}

}  // namespace loopscope::ui
