// CallStackPanel.cpp — the JavaScript call stack at the cursor, top frame first (as DevTools lists
// it). A frame that was just pushed slides in; an empty stack says so, because "the stack is
// empty" is exactly the moment the event loop may run microtasks or take the next task.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {
namespace {
constexpr double kPushAnimationSeconds = 0.25;
}

void CallStackPanel::Draw(const PanelContext& ctx) {
  const std::vector<StackRow> rows = ctx.trace ? CallStackRows(*ctx.state, *ctx.trace) : std::vector<StackRow>{};
  PanelHeader(ctx, "Call Stack", rows.empty() ? std::string() : std::to_string(rows.size()) + (rows.size() == 1 ? " frame" : " frames"));

  std::unordered_map<uint64_t, double> seen;
  for (const StackRow& row : rows) {
    auto it = m_first_seen.find(row.pushed_at_event);
    seen[row.pushed_at_event] = it != m_first_seen.end() ? it->second : ctx.now_s;
  }
  m_first_seen = std::move(seen);

  ImGui::BeginChild("frames", ImVec2(0, 0), false);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = std::floor(8 * ctx.scale);
  const float row_h = std::floor(ctx.fonts->size_px * 1.9f);
  const float width = ImGui::GetContentRegionAvail().x;
  const std::string internals = ctx.trace ? NodeInternalsFrame(*ctx.state) : std::string();
  if (rows.empty() && internals.empty()) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - pad);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + pad));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
    ImGui::TextWrapped("%s", EmptyStackText(*ctx.state));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return;
  }
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos.x += pad * 0.5f;
  pos.y += pad * 0.5f;
  const float card_w = width - pad;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const StackRow& row = rows[i];
    const bool top = i == 0;
    float t = 1.0f;
    if (ctx.animation == AnimationMode::Animated) {
      t = EaseOutCubic(static_cast<float>((ctx.now_s - m_first_seen[row.pushed_at_event]) / kPushAnimationSeconds));
    }
    const float y = pos.y + i * (row_h + 3 * ctx.scale) - (1.0f - t) * row_h * 0.6f;
    const ImVec2 min(pos.x, y);
    const ImVec2 max(pos.x + card_w, y + row_h);
    const uint32_t alpha = static_cast<uint32_t>(255 * (0.25f + 0.75f * t));
    auto faded = [&](uint32_t color) { return (color & 0x00FFFFFF) | (std::min<uint32_t>(color >> 24, alpha) << 24); };
    list->AddRectFilled(min, max, faded(top ? theme::kStackFrameTopBg : theme::kStackFrameBg), 4 * ctx.scale);
    list->AddRect(min, max, faded(top ? theme::kScripting : theme::kStackFrameBorder), 4 * ctx.scale);
    const float text_y = y + (row_h - ctx.fonts->size_px) * 0.5f;
    std::string line_text = row.line ? "line " + std::to_string(row.line) : std::string();
    const float line_w = line_text.empty() ? 0 : ImGui::CalcTextSize(line_text.c_str()).x;
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad, text_y), faded(top ? theme::kText : theme::kText), row.name,
                card_w - 3 * pad - line_w);
    ImGui::PopFont();
    if (!line_text.empty()) {
      list->AddText(ImVec2(max.x - pad - line_w, text_y), faded(theme::kTextDim), line_text.c_str());
    }
  }
  std::size_t drawn = rows.size();
  if (!internals.empty()) {
    // Node's own lib/ called the user's callback: not instrumented, shown folded and muted.
    const float y = pos.y + drawn * (row_h + 3 * ctx.scale);
    const ImVec2 min(pos.x, y), max(pos.x + card_w, y + row_h);
    list->AddRectFilled(min, max, theme::kStackInternalBg, 4 * ctx.scale);
    list->AddRect(min, max, theme::kBorder, 4 * ctx.scale);
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad, y + (row_h - ctx.fonts->size_px) * 0.5f), theme::kTextFaint, internals,
                card_w - 2 * pad);
    ImGui::PopFont();
    ++drawn;
  }
  ImGui::Dummy(ImVec2(card_w, drawn * (row_h + 3 * ctx.scale) + pad));
  ImGui::EndChild();
}

}  // namespace loopscope::ui
