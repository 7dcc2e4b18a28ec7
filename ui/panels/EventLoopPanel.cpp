// EventLoopPanel.cpp — the event loop as a ring the loop goes round: take one task, drain the
// microtasks, render if it is time, idle until something is due — and back to the top. The station
// the loop is at now lights up and a dot travels the ring (always forwards, as the loop does).
// A node run shows libuv's wheel instead: timers → pending → idle/prepare → poll → check → close,
// the current phase lit (dimmer between phases), the iteration and what runs there; under it, where
// the process is in its life (main module → event loop → beforeExit → exit) and how long the last
// poll blocked. Everything scales with the panel: the ring shrinks to a row of pills, then to the
// current phase alone; captions are elided, never drawn over the ring.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {
namespace {
constexpr float kPi = 3.14159265f;
constexpr float kDotSpeed = 9.0f;  // 1/s: easing rate of the travelling dot
constexpr float kMinRingRadiusEm = 3.5f;  // smaller rings fall back to the compact layout
constexpr float kMinBodyForFooterEm = 5.0f;  // a node panel lower than this drops the life-cycle strip
constexpr int kMaxCaptionLines = 6;
constexpr const char* kStageArrow = "›";
constexpr const char* kStationLabels[kLoopStationCount] = {"Task", "Microtasks", "Render", "Idle"};
constexpr const char* kNodePhaseLabels[kNodePhaseCount] = {"timers", "pending", "idle · prepare", "poll", "check", "close"};
// Clockwise from the top.
float StationAngle(int station, int count) { return -kPi / 2 + station * (2 * kPi / count); }
}  // namespace

void EventLoopPanel::DrawCompactStations(const PanelContext& ctx, std::span<const char* const> labels, int active,
                                         const std::string& title, const std::string& detail, float body_h) {
  // Too small for the ring (large presentation zoom, narrow column): the stations as a row of
  // pills in loop order, then what is happening, wrapped.
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float em = ctx.fonts->size_px;
  const float pad = std::floor(8 * ctx.scale);
  const ImVec2 win = ImGui::GetWindowPos();
  const float w = ImGui::GetWindowWidth();
  ImFont* font = ctx.fonts->small;
  const float size = font->FontSize;
  const float pill_h = std::floor(size * 1.5f);
  const float top = win.y + PanelHeaderHeight(ctx);
  // How many rows the pills take at this width; if they and the title do not fit the height,
  // show only the current station and the title, each on one elided line.
  int pill_rows = 1;
  {
    float px = win.x + pad;
    for (const char* label : labels) {
      const float pw = font->CalcTextSizeA(size, FLT_MAX, 0, label).x + size * 0.9f;
      if (px + pw > win.x + w - pad && px > win.x + pad) {
        px = win.x + pad;
        ++pill_rows;
      }
      px += pw + pad * 0.5f;
    }
  }
  const float pills_h = pill_rows * pill_h + (pill_rows - 1) * pad * 0.5f;
  if (pad + pills_h + pad + em * 1.2f > body_h) {
    float y = top + pad * 0.5f;
    float x = win.x + pad;
    if (active >= 0) {
      const ImVec2 text = font->CalcTextSizeA(size, FLT_MAX, 0, labels[active]);
      const float pw = text.x + size * 0.9f;
      list->AddRectFilled(ImVec2(x, y), ImVec2(x + pw, y + pill_h), theme::kLoopStationActive, pill_h * 0.5f);
      list->AddText(font, size, ImVec2(x + size * 0.45f, y + (pill_h - size) * 0.5f), theme::kTextOnBar, labels[active]);
      x += pw + pad * 0.5f;
    }
    ImGui::PushFont(ctx.fonts->small);
    ClippedText(list, ImVec2(x, y + (pill_h - size) * 0.5f), theme::kText, active >= 0 ? detail : title, win.x + w - pad - x);
    if (y + pill_h + size * 1.2f <= top + body_h && active >= 0) {
      ClippedText(list, ImVec2(win.x + pad, y + pill_h + size * 0.1f), theme::kTextDim, title, w - 2 * pad);
    }
    ImGui::PopFont();
    return;
  }
  float x = win.x + pad;
  float y = top + pad;
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    const bool on = i == active;
    const ImVec2 text = font->CalcTextSizeA(size, FLT_MAX, 0, labels[i]);
    const float pw = text.x + size * 0.9f;
    if (x + pw > win.x + w - pad && x > win.x + pad) {
      x = win.x + pad;
      y += pill_h + pad * 0.5f;
    }
    list->AddRectFilled(ImVec2(x, y), ImVec2(x + pw, y + pill_h), on ? theme::kLoopStationActive : theme::kLoopStationIdle, pill_h * 0.5f);
    list->AddText(font, size, ImVec2(x + size * 0.45f, y + (pill_h - size) * 0.5f), on ? theme::kTextOnBar : theme::kTextDim,
                  labels[i]);
    x += pw + pad * 0.5f;
  }
  y += pill_h + pad;
  ImGui::PushClipRect(ImVec2(win.x, top), ImVec2(win.x + w, top + body_h), true);
  ImGui::SetCursorScreenPos(ImVec2(win.x, y));
  ImGui::Indent(pad);
  ImGui::PushTextWrapPos(w - pad);
  ImGui::PushFont(ctx.fonts->ui_bold);
  ImGui::TextWrapped("%s", title.c_str());
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts->small);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
  ImGui::TextWrapped("%s", detail.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(pad);
  ImGui::PopClipRect();
}

void EventLoopPanel::Draw(const PanelContext& ctx) {
  if (ctx.trace && IsNodeRun(*ctx.state)) {
    const NodeLoopView view = DescribeNodeLoop(*ctx.state, *ctx.trace);
    PanelHeader(ctx, "Event Loop · libuv", view.iteration ? "iteration " + std::to_string(view.iteration) : std::string());
    const float body_h = ImGui::GetWindowHeight() - PanelHeaderHeight(ctx);
    const float footer_h = body_h >= ctx.fonts->size_px * kMinBodyForFooterEm ? NodeFooterHeight(ctx) : 0.0f;
    DrawRing(ctx, std::span<const char* const>(kNodePhaseLabels), view.phase, !view.in_phase, view.title, view.detail, footer_h);
    if (footer_h > 0) DrawNodeFooter(ctx, view, footer_h);
    return;
  }
  const LoopStepView view = ctx.trace ? DescribeLoopStep(*ctx.state, *ctx.trace)
                                      : LoopStepView{LoopStation::None, "Not started", "Press Run to evaluate the script"};
  PanelHeader(ctx, "Event Loop");
  const int active = view.station == LoopStation::None ? -1 : static_cast<int>(view.station);
  DrawRing(ctx, std::span<const char* const>(kStationLabels), active, false, view.title, view.detail, 0.0f);
}

float EventLoopPanel::NodeFooterHeight(const PanelContext& ctx) const {
  const float size = ctx.fonts->small->FontSize;
  return std::floor(size * 1.6f) + size * 1.3f + std::floor(8 * ctx.scale) * 1.5f;
}

void EventLoopPanel::DrawNodeFooter(const PanelContext& ctx, const NodeLoopView& view, float footer_h) {
  // The process's life as a strip of small pills (main module › event loop › beforeExit › exit),
  // the current one lit; when the panel is too narrow for all four, only the current one.
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 win = ImGui::GetWindowPos();
  const float w = ImGui::GetWindowWidth();
  const float pad = std::floor(8 * ctx.scale);
  ImFont* font = ctx.fonts->small;
  const float size = font->FontSize;
  const float pill_h = std::floor(size * 1.6f);
  const float top = win.y + ImGui::GetWindowHeight() - footer_h + pad * 0.5f;
  list->AddLine(ImVec2(win.x + pad, top - pad * 0.5f), ImVec2(win.x + w - pad, top - pad * 0.5f), theme::kBorder);
  std::string labels[kNodeStageCount];
  float widths[kNodeStageCount];
  const float arrow_w = font->CalcTextSizeA(size, FLT_MAX, 0, kStageArrow).x + pad;
  float total = 0;
  for (int i = 0; i < kNodeStageCount; ++i) {
    labels[i] = NodeStageLabel(static_cast<NodeStage>(i));
    if (static_cast<NodeStage>(i) == view.stage && !view.stage_note.empty()) labels[i] += " · " + view.stage_note;
    widths[i] = font->CalcTextSizeA(size, FLT_MAX, 0, labels[i].c_str()).x + size;
    total += widths[i] + (i ? arrow_w : 0);
  }
  const bool all = total <= w - 2 * pad;
  float x = all ? win.x + (w - total) * 0.5f : win.x + pad;
  for (int i = 0; i < kNodeStageCount; ++i) {
    const bool on = static_cast<NodeStage>(i) == view.stage;
    if (!all && !on) continue;
    if (all && i) {
      list->AddText(font, size, ImVec2(x + pad * 0.5f, top + (pill_h - size) * 0.5f), theme::kTextFaint, kStageArrow);
      x += arrow_w;
    }
    const float pw = std::min(widths[i], win.x + w - pad - x);
    list->AddRectFilled(ImVec2(x, top), ImVec2(x + pw, top + pill_h), on ? theme::kLoopStationActive : theme::kLoopStationIdle, pill_h * 0.5f);
    ImGui::PushFont(font);
    ClippedText(list, ImVec2(x + size * 0.5f, top + (pill_h - size) * 0.5f), on ? theme::kTextOnBar : theme::kTextDim, labels[i],
                pw - size * 0.5f);
    ImGui::PopFont();
    x += pw;
  }
  if (!view.poll_note.empty()) {
    ImGui::PushFont(font);
    const float nw = font->CalcTextSizeA(size, FLT_MAX, 0, view.poll_note.c_str()).x;
    const float nx = nw <= w - 2 * pad ? win.x + (w - nw) * 0.5f : win.x + pad;
    ClippedText(list, ImVec2(nx, top + pill_h + size * 0.25f), theme::kTextDim, view.poll_note, w - 2 * pad);
    ImGui::PopFont();
  }
}

void EventLoopPanel::DrawRing(const PanelContext& ctx, std::span<const char* const> labels, int active, bool dim,
                              const std::string& title, const std::string& detail, float reserve_bottom) {
  const int count = static_cast<int>(labels.size());
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 win = ImGui::GetWindowPos();
  const float header = PanelHeaderHeight(ctx);
  const float w = ImGui::GetWindowWidth();
  const float h = ImGui::GetWindowHeight() - header - reserve_bottom;
  const float em = ctx.fonts->size_px;
  ImFont* pill_font = ctx.fonts->small;
  const float pill_size = pill_font->FontSize;
  const float pill_h = std::floor(pill_size * 1.7f);
  float pill_w_max = 0;
  for (const char* label : labels) {
    pill_w_max = std::max(pill_w_max, pill_font->CalcTextSizeA(pill_size, FLT_MAX, 0, label).x + pill_size);
  }
  const float radius = std::min((w - pill_w_max - 2 * em) * 0.5f, (h - pill_h - em * 0.8f) * 0.5f);
  // More stations need a larger ring before their pills and the caption stop colliding.
  if (radius < em * kMinRingRadiusEm * std::max(1.0f, count / static_cast<float>(kLoopStationCount))) {
    DrawCompactStations(ctx, labels, active, title, detail, h);
    return;
  }
  const ImVec2 center(win.x + w * 0.5f, win.y + header + h * 0.5f);

  // The travelling dot eases forwards (clockwise) to the active station.
  if (active >= 0) {
    float target = StationAngle(active, count);
    while (target < m_angle - 1e-3f) target += 2 * kPi;
    if (ctx.animation == AnimationMode::Settled) {
      m_angle = target;
    } else {
      const float dt = std::min(ImGui::GetIO().DeltaTime, 0.1f);
      m_angle += (target - m_angle) * (1.0f - std::exp(-kDotSpeed * dt));
    }
    if (m_angle > 1.5f * kPi) m_angle -= 2 * kPi;
  }

  // The ring, with an arrowhead midway between stations showing the direction of travel.
  const float thickness = std::max(2.0f, 3.0f * ctx.scale);
  list->AddCircle(center, radius, theme::kLoopRing, 64, thickness);
  for (int i = 0; i < count; ++i) {
    const float a = StationAngle(i, count) + kPi / count;
    const ImVec2 p(center.x + std::cos(a) * radius, center.y + std::sin(a) * radius);
    const ImVec2 tangent(-std::sin(a), std::cos(a));
    const ImVec2 normal(std::cos(a), std::sin(a));
    const float s = em * 0.45f;
    list->AddTriangleFilled(ImVec2(p.x + tangent.x * s, p.y + tangent.y * s),
                            ImVec2(p.x - tangent.x * s * 0.6f + normal.x * s * 0.7f, p.y - tangent.y * s * 0.6f + normal.y * s * 0.7f),
                            ImVec2(p.x - tangent.x * s * 0.6f - normal.x * s * 0.7f, p.y - tangent.y * s * 0.6f - normal.y * s * 0.7f),
                            theme::kTextFaint);
  }
  if (active >= 0) {
    const ImVec2 dot(center.x + std::cos(m_angle) * radius, center.y + std::sin(m_angle) * radius);
    list->AddCircleFilled(dot, em * 0.5f, theme::Rgb(0x8ab4f8, 0x50), 24);
    list->AddCircleFilled(dot, em * 0.3f, theme::kLoopStationActive, 24);
  }
  // Stations as pills on the ring; a station the loop has just left (dim) is outlined only.
  for (int i = 0; i < count; ++i) {
    const float a = StationAngle(i, count);
    const ImVec2 p(center.x + std::cos(a) * radius, center.y + std::sin(a) * radius);
    const bool on = i == active && !dim;
    const bool left = i == active && dim;
    const ImVec2 text = pill_font->CalcTextSizeA(pill_size, FLT_MAX, 0, labels[i]);
    const float pw = text.x + pill_size;
    const ImVec2 min(p.x - pw * 0.5f, p.y - pill_h * 0.5f), max(p.x + pw * 0.5f, p.y + pill_h * 0.5f);
    list->AddRectFilled(min, max, on ? theme::kLoopStationActive : theme::kLoopStationIdle, pill_h * 0.5f);
    list->AddRect(min, max, on || left ? theme::kAccent : theme::kBorder, pill_h * 0.5f, 0, left ? 2.0f * ctx.scale : 1.0f);
    list->AddText(pill_font, pill_size, ImVec2(p.x - text.x * 0.5f, p.y - pill_size * 0.5f),
                  on ? theme::kTextOnBar : left ? theme::kText : theme::kTextDim, labels[i]);
  }
  // What the loop is doing, in the middle of the ring, each wrapped line centred. The title is
  // bold unless one of its words would not fit, then regular.
  const float inner_w = std::max(em * 4, 2 * (radius - pill_w_max * 0.5f) - em * 0.5f);
  auto longest_word = [](ImFont* font, float size, const std::string& text) {
    float longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      longest = std::max(longest, font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str() + start, text.c_str() + end).x);
      start = end + 1;
    }
    return longest;
  };
  auto wrapped_lines = [&](ImFont* font, float size, const std::string& text) {
    std::vector<std::pair<const char*, const char*>> lines;
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end && lines.size() < 6) {
      const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, p, end, inner_w);
      if (line_end == p) line_end = p + 1;
      lines.emplace_back(p, line_end);
      p = line_end;
      while (p < end && *p == ' ') ++p;
    }
    return lines;
  };
  ImFont* title_font = longest_word(ctx.fonts->ui_bold, em, title) <= inner_w ? ctx.fonts->ui_bold : ctx.fonts->ui;
  ImFont* detail_font = ctx.fonts->small;
  const float detail_size = detail_font->FontSize;
  const auto title_lines = wrapped_lines(title_font, em, title);
  const auto detail_lines = wrapped_lines(detail_font, detail_size, detail);
  const float block_h = title_lines.size() * em + 4 * ctx.scale + detail_lines.size() * detail_size * 1.15f;
  float y = center.y - block_h * 0.5f;
  for (const auto& [begin, end] : title_lines) {
    const float lw = title_font->CalcTextSizeA(em, FLT_MAX, 0, begin, end).x;
    list->AddText(title_font, em, ImVec2(center.x - lw * 0.5f, y), active >= 0 ? theme::kText : theme::kTextDim, begin, end);
    y += em;
  }
  y += 4 * ctx.scale;
  for (const auto& [begin, end] : detail_lines) {
    const float lw = detail_font->CalcTextSizeA(detail_size, FLT_MAX, 0, begin, end).x;
    list->AddText(detail_font, detail_size, ImVec2(center.x - lw * 0.5f, y), theme::kTextDim, begin, end);
    y += detail_size * 1.15f;
  }
}

}  // namespace loopscope::ui
