// ConsolePanel.cpp — what the script has printed by the cursor, with uncaught errors in red as
// DevTools shows them. The newest line is marked so the eye finds what just happened.
#include <imgui.h>

#include <cmath>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {

void ConsolePanel::Draw(const PanelContext& ctx) {
  const std::size_t count = ctx.model ? std::min<std::size_t>(ctx.state->console_line_count, ctx.model->ConsoleLines().size()) : 0;
  PanelHeader(ctx, "Console", count ? std::to_string(count) + (count == 1 ? " line" : " lines") : std::string());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kSourceBg);
  ImGui::BeginChild("console", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::PushFont(ctx.fonts->mono);
  const float pad = std::floor(8 * ctx.scale);
  ImGui::SetCursorPos(ImVec2(0, pad * 0.5f));
  ImGui::Indent(pad);
  const bool grew = count != m_last_count;
  m_last_count = count;
  if (count == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextFaint);
    ImGui::TextUnformatted(ctx.model ? "(nothing printed yet)" : "Press Run (F5) to start the script");
    ImGui::PopStyleColor();
  }
  const float width = ImGui::GetWindowWidth();
  // Row backgrounds go under the text ImGui has already emitted: channel 0 below, 1 above.
  list->ChannelsSplit(2);
  list->ChannelsSetCurrent(1);
  for (std::size_t i = 0; i < count; ++i) {
    const ConsoleLine& line = ctx.model->ConsoleLines()[i];
    const bool error = line.is_error_report || line.level == ConsoleLevel::Error;
    const bool warn = line.level == ConsoleLevel::Warn;
    std::string text(ctx.trace->String(line.text));
    if (line.is_error_report) text = std::string(line.in_promise ? "Uncaught (in promise) " : "Uncaught ") + text;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Text, error ? theme::kError : warn ? theme::kWarn : theme::kText);
    ImGui::TextUnformatted(text.c_str());
    if (line.is_error_report && line.stack) {
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
      ImGui::Indent(pad * 2);
      ImGui::TextUnformatted(std::string(ctx.trace->String(line.stack)).c_str());
      ImGui::Unindent(pad * 2);
      ImGui::PopStyleColor();
    }
    ImGui::PopStyleColor();
    const ImVec2 end = ImGui::GetCursorScreenPos();
    const ImVec2 row_min(start.x - pad, start.y - 1), row_max(start.x - pad + width, end.y - 1);
    list->ChannelsSetCurrent(0);
    if (error || warn) list->AddRectFilled(row_min, row_max, error ? theme::kErrorBg : theme::kWarnBg);
    if (i + 1 == count) list->AddRectFilled(row_min, ImVec2(row_min.x + 3 * ctx.scale, row_max.y), theme::kAccent);
    list->AddLine(ImVec2(row_min.x, row_max.y), ImVec2(row_max.x, row_max.y), theme::Rgb(0xffffff, 0x10));
    list->ChannelsSetCurrent(1);
  }
  list->ChannelsMerge();
  ImGui::Unindent(pad);
  ImGui::PopFont();
  if (grew && count > 0) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace loopscope::ui
