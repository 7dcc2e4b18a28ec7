// PagePanel.cpp — the document as nested boxes, one per element, at the playback cursor; a click
// on a box is a user's click on that element in the live run (RunSession::RequestClick): the
// page's pointerdown / mousedown task, then pointerup / mouseup / click, each listener followed by
// a microtask checkpoint, exactly as Chromium runs a real click.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {
namespace {

constexpr double kRippleSeconds = 0.6;  // how long a click's ripple shows on its box
constexpr float kLineEm = 1.5f;         // a box's header line, in font heights

// Box fills by nesting depth: each level a little lighter than its parent.
uint32_t BoxFill(uint32_t depth) {
  constexpr uint32_t kFills[] = {theme::Rgb(0x2a2b2e), theme::Rgb(0x303134), theme::Rgb(0x36373a), theme::Rgb(0x3c3d41)};
  return kFills[depth % 4];
}

}  // namespace

const PageView& PagePanel::ViewFor(const PanelContext& ctx) {
  const uint32_t page = ctx.trace ? ctx.state->page : 0;
  if (page != m_page_string || ctx.trace != m_page_trace) {
    m_page_string = page;
    m_page_trace = ctx.trace;
    m_view = ctx.trace ? PageAt(*ctx.state, *ctx.trace) : PageView{};
  }
  return m_view;
}

float PagePanel::Measure(const PanelContext& ctx, std::size_t index) {
  const PageElement& element = m_view.elements[index];
  const float pad = std::floor(5 * ctx.scale);
  float children = 0;
  for (std::size_t child : element.children) {
    const float h = Measure(ctx, child);
    if (h > 0) children += (children > 0 ? pad : 0) + h;
  }
  // An element drawn without a box (PageElement::boxed) takes just its children's room.
  const float height = element.boxed ? std::floor(ctx.fonts->size_px * kLineEm) + children + (children > 0 ? 2 * pad : 0) : children;
  m_heights[index] = height;
  return height;
}

void PagePanel::DrawChildren(const PanelContext& ctx, const PageElement& element, ImVec2 min, float width) {
  const float pad = std::floor(5 * ctx.scale);
  float y = min.y;
  for (std::size_t child : element.children) {
    if (m_heights[child] <= 0) continue;
    DrawBox(ctx, child, ImVec2(min.x, y), width);
    y += m_heights[child] + pad;
  }
}

void PagePanel::DrawBox(const PanelContext& ctx, std::size_t index, ImVec2 min, float width) {
  const PageElement& element = m_view.elements[index];
  if (!element.boxed) {
    DrawChildren(ctx, element, min, width);
    return;
  }
  const float height = m_heights[index];
  const ImVec2 max(min.x + width, min.y + height);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = std::floor(5 * ctx.scale);
  const float rounding = 3 * ctx.scale;
  const bool visible = ImGui::IsRectVisible(min, max);
  m_boxes.push_back(DrawnBox{element.node_id, min, max});
  if (visible) {
    list->AddRectFilled(min, max, BoxFill(element.depth), rounding);
    const uint32_t border = element.listening == PageListening::Own ? theme::kAccent
                            : element.listening == PageListening::Ancestor ? theme::Rgb(0x8ab4f8, 0x60)
                                                                          : theme::kBorder;
    list->AddRect(min, max, border, rounding, 0, element.listening == PageListening::Own ? 1.5f * ctx.scale : 1.0f);
  }
  // The box under the pointer is the innermost one containing it: later (deeper) boxes win.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (ImGui::IsWindowHovered() && mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y) {
    m_hovered = index;
    m_hovered_min = min;
    m_hovered_max = max;
  }

  const float line_h = std::floor(ctx.fonts->size_px * kLineEm);
  if (visible && min.y + line_h > ImGui::GetWindowPos().y) {
    const float text_y = min.y + (line_h - ctx.fonts->size_px) * 0.5f + 1;
    // Right: the element's own listener types as badges; left: its label and text.
    float right = max.x - pad;
    ImGui::PushFont(ctx.fonts->small);
    std::string_view types = element.listened_types;
    std::vector<std::string_view> badges;
    while (!types.empty()) {
      const std::size_t comma = types.find(',');
      badges.push_back(types.substr(0, comma));
      types = comma == std::string_view::npos ? std::string_view{} : types.substr(comma + 1);
    }
    const float badge_h = ImGui::GetFontSize() * 0.85f * 1.24f;  // Badge(): 0.85 of the font, 0.12 padding above and below
    const float badge_y = min.y + (line_h - badge_h) * 0.5f;
    for (auto it = badges.rbegin(); it != badges.rend(); ++it) {
      const std::string badge(*it);
      const float badge_w = Badge(list, ImVec2(0, 0), badge, theme::kAccentStrong, false);
      if (right - badge_w < min.x + width * 0.45f) break;  // the label keeps at least half the box
      right -= badge_w;
      Badge(list, ImVec2(right, badge_y), badge, theme::kAccentStrong);
      right -= 3 * ctx.scale;
    }
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts->mono);
    const std::string label = "<" + element.label + ">";
    const float label_w = ImGui::CalcTextSize(label.c_str()).x;
    ClippedText(list, ImVec2(min.x + pad, text_y), element.listening == PageListening::None ? theme::kTokenCall : theme::kAccent,
                label, right - min.x - 2 * pad);
    ImGui::PopFont();
    const float text_x = min.x + pad + label_w + pad;
    if (!element.text.empty() && text_x < right - pad) {
      ClippedText(list, ImVec2(text_x, text_y), theme::kText, element.text, right - pad - text_x);
    }
  }

  // Children inside, indented while the box stays wide enough to read.
  const float min_width = ctx.fonts->size_px * 9;
  const float indent = width - 2 * pad >= min_width ? pad : 0;
  DrawChildren(ctx, element, ImVec2(min.x + indent, min.y + line_h + pad), width - 2 * indent);
}

void PagePanel::Draw(const PanelContext& ctx, PanelRequests& requests) {
  const PageView& view = ViewFor(ctx);
  if (view.elements.empty()) m_boxes.clear();
  const bool waiting = ctx.run_active && ctx.state->waiting_for_input;
  std::string note;
  uint32_t note_color = 0;
  if (waiting) {
    note = "waiting for your click";
    note_color = theme::kAccent;
  } else if (ctx.run_active) {
    note = "running · click to queue a user click";
  } else if (ctx.trace) {
    note = "run ended · F5 runs it again";
  }
  PanelHeader(ctx, "Page", note, note_color);
  ImGui::BeginChild("page", ImVec2(0, 0), false);
  if (view.elements.empty()) {
    ImGui::SetCursorPos(ImVec2(8 * ctx.scale, 6 * ctx.scale));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
    ImGui::TextWrapped("No document yet: the elements the script makes appear here, and a click on one is a user's click.");
    ImGui::PopStyleColor();
    ImGui::EndChild();
    return;
  }
  m_heights.assign(view.elements.size(), 0);
  m_boxes.clear();
  const float pad = std::floor(5 * ctx.scale);
  float total = pad;
  for (std::size_t root : view.roots) {
    const float h = Measure(ctx, root);
    if (h > 0) total += h + pad;
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - 2 * pad;
  m_hovered.reset();
  float y = origin.y + pad;
  for (std::size_t root : view.roots) {
    if (m_heights[root] <= 0) continue;
    DrawBox(ctx, root, ImVec2(origin.x + pad, y), width);
    y += m_heights[root] + pad;
  }
  ImGui::Dummy(ImVec2(width, total));

  ImDrawList* list = ImGui::GetWindowDrawList();
  if (m_hovered) {
    const PageElement& element = view.elements[*m_hovered];
    list->AddRect(m_hovered_min, m_hovered_max, ctx.run_active ? theme::kSplitterHover : theme::kTextFaint, 3 * ctx.scale, 0,
                  2 * ctx.scale);
    if (ctx.run_active) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::BeginTooltip();
    ImGui::Text("<%s>", element.label.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
    if (!element.listened_types.empty()) ImGui::Text("listens for: %s", element.listened_types.c_str());
    if (element.listening == PageListening::Ancestor) ImGui::TextUnformatted("a listener on an ancestor hears clicks here");
    ImGui::TextUnformatted(ctx.run_active ? "Click: a user's click (pointerdown, mousedown, pointerup, mouseup, click)"
                                          : "The run has ended: Run (F5) to click again");
    ImGui::PopStyleColor();
    ImGui::EndTooltip();
    if (ctx.run_active && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      requests.click_node = element.node_id;
      m_ripple_at = ImGui::GetIO().MousePos;
      m_ripple_started = ctx.now_s;
    }
  }
  const double ripple_age = ctx.now_s - m_ripple_started;
  if (m_ripple_started >= 0 && ripple_age < kRippleSeconds) {
    const float t = static_cast<float>(ripple_age / kRippleSeconds);
    const auto alpha = static_cast<uint32_t>((1 - t) * 200);
    list->AddCircle(m_ripple_at, (6 + 26 * EaseOutCubic(t)) * ctx.scale, theme::Rgb(0x8ab4f8, alpha), 24, 2 * ctx.scale);
  }
  ImGui::EndChild();
}

}  // namespace loopscope::ui
