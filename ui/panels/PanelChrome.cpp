// PanelChrome.cpp — the pieces every panel shares: header strip, clipped labels, badges, easing.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {

float PanelHeaderHeight(const PanelContext& ctx) { return std::floor(ctx.fonts->size_px * 1.8f); }

void PanelHeader(const PanelContext& ctx, const char* title, const std::string& note, uint32_t note_color) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  const float height = PanelHeaderHeight(ctx);
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme::kPanelHeaderBg);
  list->AddLine(ImVec2(pos.x, pos.y + height - 1), ImVec2(pos.x + width, pos.y + height - 1), theme::kBorder);
  const float pad = std::floor(8 * ctx.scale);
  const float text_y = pos.y + (height - ctx.fonts->size_px) * 0.5f;
  // A narrow panel (or a large presentation zoom) keeps the title whole as long as it can: the
  // note goes first, then the title is elided — text never runs past the panel's edge.
  const float title_w = ctx.fonts->ui_bold->CalcTextSizeA(ctx.fonts->size_px, FLT_MAX, 0, title).x;
  ImFont* note_font = ctx.fonts->small;
  const float note_w = note.empty() ? 0 : note_font->CalcTextSizeA(note_font->FontSize, FLT_MAX, 0, note.c_str()).x;
  const bool note_fits = !note.empty() && pad + title_w + pad * 1.5f + note_w + pad <= width;
  ImGui::PushFont(ctx.fonts->ui_bold);
  ClippedText(list, ImVec2(pos.x + pad, text_y), theme::kText, title, width - 2 * pad);
  ImGui::PopFont();
  if (note_fits) {
    list->AddText(note_font, note_font->FontSize, ImVec2(pos.x + width - pad - note_w, pos.y + (height - note_font->FontSize) * 0.5f),
                  note_color ? note_color : theme::kTextDim, note.c_str());
  }
  ImGui::SetCursorPosY(height);
}

void ClippedText(ImDrawList* list, const ImVec2& pos, uint32_t color, const std::string& text, float max_width) {
  if (max_width <= 0) return;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float full = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
  if (full <= max_width) {
    list->AddText(pos, color, text.c_str());
    return;
  }
  static const char* kEllipsis = "…";
  const float ellipsis_w = font->CalcTextSizeA(size, FLT_MAX, 0, kEllipsis).x;
  if (ellipsis_w > max_width) return;
  // Longest prefix (whole UTF-8 characters) that fits beside the ellipsis.
  std::size_t fit = 0;
  float width = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    width += font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str() + i, text.c_str() + next).x;
    if (width + ellipsis_w > max_width) break;
    fit = next;
    i = next;
  }
  const std::string shown = text.substr(0, fit) + kEllipsis;
  list->AddText(pos, color, shown.c_str());
}

float Badge(ImDrawList* list, const ImVec2& pos, const std::string& text, uint32_t color, bool draw) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize() * 0.85f;
  const ImVec2 text_size = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
  const float pad_x = size * 0.45f;
  const float pad_y = size * 0.12f;
  const float w = text_size.x + 2 * pad_x;
  if (!draw) return w;
  const ImVec2 max(pos.x + w, pos.y + text_size.y + 2 * pad_y);
  const uint32_t fill = (color & 0x00FFFFFF) | 0x38000000;
  list->AddRectFilled(pos, max, fill, size * 0.5f);
  list->AddRect(pos, max, (color & 0x00FFFFFF) | 0xB0000000, size * 0.5f);
  list->AddText(font, size, ImVec2(pos.x + pad_x, pos.y + pad_y), color, text.c_str());
  return w;
}

float EaseOutCubic(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  const float u = 1.0f - t;
  return 1.0f - u * u * u;
}

}  // namespace loopscope::ui
