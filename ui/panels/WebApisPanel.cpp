// WebApisPanel.cpp — what waits outside JavaScript: timers counting down to their due time, and
// network requests in flight (with how long they have waited). When a timer reaches zero, or a
// request's answer reaches the loop, the host queues its task (Task Queue).
// In a node run it is "Node APIs": the timers, and the requests libuv's thread pool is working on.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {

void DrawWebApisPanel(const PanelContext& ctx) {
  const std::vector<TimerRow> timers = ctx.trace ? WebApiRows(*ctx.state, *ctx.trace) : std::vector<TimerRow>{};
  const auto& requests = ctx.state->requests;
  const bool node = ctx.trace && IsNodeRun(*ctx.state);
  const std::vector<ThreadPoolRow> pool = node ? ThreadPoolRows(*ctx.state, *ctx.trace) : std::vector<ThreadPoolRow>{};
  const std::size_t pending = (ctx.trace ? ctx.state->timers.size() : 0) + requests.size() + (node ? ctx.state->thread_pool.size() : 0);
  PanelHeader(ctx, node ? "Node APIs · timers & thread pool" : "Web APIs", pending ? std::to_string(pending) + " pending" : std::string());
  ImGui::BeginChild("webapis", ImVec2(0, 0), false);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = std::floor(8 * ctx.scale);
  const float width = ImGui::GetContentRegionAvail().x;
  const float row_h = std::floor(ctx.fonts->size_px * 2.9f);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos.x += pad * 0.5f;
  pos.y += pad * 0.5f;
  const float card_w = width - pad;
  if (pending == 0) {
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad * 0.5f, pos.y + pad * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card_w - pad);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kTextDim);
    ImGui::TextWrapped(node ? "No timers or thread-pool work pending" : "No timers or requests pending");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return;
  }
  float y = pos.y;
  for (const TimerRow& timer : timers) {
    const ImVec2 min(pos.x, y), max(pos.x + card_w, y + row_h);
    list->AddRectFilled(min, max, theme::kCardBg, 4 * ctx.scale);
    const uint32_t accent = theme::TaskBadgeColor(timer.repeating ? TaskSource::Interval : TaskSource::Timer);
    // Countdown bar along the bottom: fills as the due time approaches.
    const float bar_h = std::max(3.0f, 4 * ctx.scale);
    list->AddRectFilled(ImVec2(min.x, max.y - bar_h), ImVec2(max.x, max.y), theme::Rgb(0x000000, 0x50));
    list->AddRectFilled(ImVec2(min.x, max.y - bar_h),
                        ImVec2(min.x + static_cast<float>(card_w * std::clamp(timer.progress, 0.0, 1.0)), max.y), accent);
    // Line 1: the call as written; line 2: which timer, and the countdown on the right.
    const float text_y = y + pad * 0.6f;
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad, text_y), theme::kText, timer.call, card_w - 2 * pad);
    ImGui::PopFont();
    const float line2_y = text_y + ctx.fonts->size_px * 1.1f;
    ImGui::PushFont(ctx.fonts->small);
    const std::string label = std::string(timer.repeating ? "interval" : "timer") + " #" + std::to_string(timer.timer_id);
    list->AddText(ImVec2(min.x + pad, line2_y + 1), theme::kTextDim, label.c_str());
    ImGui::PopFont();
    const std::string remaining = FormatCountdown(timer.remaining_ms);
    ImGui::PushFont(ctx.fonts->ui_bold);
    const float remaining_w = ImGui::CalcTextSize(remaining.c_str()).x;
    list->AddText(ImVec2(max.x - pad - remaining_w, line2_y - 1), timer.remaining_ms > 0 ? theme::kText : accent, remaining.c_str());
    ImGui::PopFont();
    y += row_h + 4 * ctx.scale;
  }
  std::size_t requests_shown = 0;
  for (const auto& request : requests) {
    if (requests_shown++ == kMaxWebApiRows) break;
    const ImVec2 min(pos.x, y), max(pos.x + card_w, y + row_h);
    list->AddRectFilled(min, max, theme::kCardBg, 4 * ctx.scale);
    const std::string text = "fetch " + RequestDisplayName(ctx.trace->String(request.url));
    const double elapsed_ms = ctx.state->time_ns > request.sent_ns ? (ctx.state->time_ns - request.sent_ns) / 1e6 : 0.0;
    const std::string waited = FormatDurationMs(elapsed_ms);
    const float waited_w = ImGui::CalcTextSize(waited.c_str()).x;
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad, y + pad * 0.6f), theme::kMarkerNetwork, text, card_w - 3 * pad - waited_w);
    ImGui::PopFont();
    list->AddText(ImVec2(max.x - pad - waited_w, y + pad * 0.6f), theme::kTextDim, waited.c_str());
    y += row_h + 4 * ctx.scale;
  }
  for (const ThreadPoolRow& work : pool) {
    // A request on one of libuv's worker threads; its callback comes back in the poll phase.
    const ImVec2 min(pos.x, y), max(pos.x + card_w, y + row_h);
    list->AddRectFilled(min, max, theme::kCardBg, 4 * ctx.scale);
    const std::string waited = FormatDurationMs(work.elapsed_ms);
    const float waited_w = ImGui::CalcTextSize(waited.c_str()).x;
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad, y + pad * 0.6f), theme::kMarkerThreadPool, work.what, card_w - 3 * pad - waited_w);
    ImGui::PopFont();
    list->AddText(ImVec2(max.x - pad - waited_w, y + pad * 0.6f), theme::kTextDim, waited.c_str());
    ImGui::PushFont(ctx.fonts->small);
    list->AddText(ImVec2(min.x + pad, y + pad * 0.6f + ctx.fonts->size_px * 1.1f + 1), theme::kTextDim,
                  ("thread pool · request #" + std::to_string(work.work_id)).c_str());
    ImGui::PopFont();
    y += row_h + 4 * ctx.scale;
  }
  ImGui::Dummy(ImVec2(card_w, y - pos.y + pad));
  ImGui::EndChild();
}

}  // namespace loopscope::ui
