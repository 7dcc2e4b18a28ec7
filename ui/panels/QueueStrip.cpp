// QueueStrip.cpp — a FIFO queue drawn as a row of cards, front (next to run) on the left.
//
// Cards keep their identity (task / microtask id) across frames so they can move: a new card
// slides in from the right and fades in, a card that left the queue slides out to the left and
// fades, and the others glide to their new slots. With AnimationMode::Settled everything is drawn
// where it ends up.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "ui/Theme.h"
#include "ui/panels/Panels.h"

namespace loopscope::ui {
namespace {
constexpr double kEnterSeconds = 0.30;
constexpr double kLeaveSeconds = 0.40;
constexpr float kGlideRate = 14.0f;        // 1/s: how fast cards close up after one leaves
constexpr float kEnterOffsetEm = 3.0f;     // new cards start this many font sizes to the right
constexpr float kLeaveOffsetEm = 3.0f;     // leaving cards travel this far to the left
constexpr float kMaxNameEm = 14.0f;        // longer callback names are clipped
}  // namespace

void QueueStrip::Draw(const PanelContext& ctx, const std::vector<QueueCard>& cards) {
  const bool animated = ctx.animation == AnimationMode::Animated;
  const double dt = std::clamp(ctx.now_s - m_last_now, 0.0, 0.1);
  m_last_now = ctx.now_s;

  // Which cards left since the last frame.
  std::unordered_set<uint32_t> present;
  for (const QueueCard& card : cards) present.insert(card.id);
  if (animated) {
    for (const QueueCard& old : m_previous) {
      if (present.count(old.id)) continue;
      auto shown = m_shown.find(old.id);
      m_leaving.push_back({old, shown != m_shown.end() ? shown->second.x : 0.0f, ctx.now_s});
    }
  }
  m_leaving.erase(std::remove_if(m_leaving.begin(), m_leaving.end(),
                                 [&](const Leaving& l) { return !animated || ctx.now_s - l.left > kLeaveSeconds || present.count(l.card.id); }),
                  m_leaving.end());
  for (auto it = m_shown.begin(); it != m_shown.end();) {
    it = present.count(it->first) ? std::next(it) : m_shown.erase(it);
  }
  m_previous = cards;

  ImGui::BeginChild("cards", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float em = ctx.fonts->size_px;
  const float pad = std::floor(8 * ctx.scale);
  const float gap = std::floor(6 * ctx.scale);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float card_h = std::min(std::floor(em * 2.0f), std::max(em * 1.4f, avail_h - 2 * gap));
  const float card_y = origin.y + std::max(gap * 0.5f, (avail_h - card_h) * 0.5f - 2 * ctx.scale);

  auto card_width = [&](const QueueCard& card) {
    ImGui::PushFont(ctx.fonts->mono);
    const float name_w = std::min(ImGui::CalcTextSize(card.name.c_str()).x, em * kMaxNameEm);
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts->ui);
    const float badge_w = Badge(list, ImVec2(), card.badge, 0, false);
    ImGui::PopFont();
    return std::floor(pad + badge_w + gap + name_w + pad);
  };
  auto badge_color = [&](uint8_t source) {
    return m_kind == Kind::Tasks ? theme::TaskBadgeColor(static_cast<TaskSource>(source))
                                 : theme::MicrotaskBadgeColor(static_cast<MicrotaskSource>(source));
  };
  auto draw_card = [&](const QueueCard& card, float x, float alpha, bool front) {
    const float w = card_width(card);
    const auto a = static_cast<uint32_t>(std::clamp(alpha, 0.0f, 1.0f) * 255);
    auto fade = [&](uint32_t color) { return (color & 0x00FFFFFF) | ((((color >> 24) * a) / 255) << 24); };
    const ImVec2 min(x, card_y), max(x + w, card_y + card_h);
    list->AddRectFilled(min, max, fade(theme::kCardBg), 5 * ctx.scale);
    list->AddRect(min, max, fade(front ? theme::kCardHighlight : theme::kCardBorder), 5 * ctx.scale, 0,
                  front ? 1.5f * ctx.scale : 1.0f);
    ImGui::PushFont(ctx.fonts->ui);
    const float badge_h = ImGui::GetFontSize() * 0.85f * 1.24f;
    const float badge_w = Badge(list, ImVec2(min.x + pad, card_y + (card_h - badge_h) * 0.5f), card.badge,
                                fade(badge_color(card.source)));
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts->mono);
    ClippedText(list, ImVec2(min.x + pad + badge_w + gap, card_y + (card_h - em) * 0.5f), fade(theme::kText), card.name,
                w - 2 * pad - badge_w - gap + 1);
    ImGui::PopFont();
    return w;
  };

  float slot_x = origin.x + pad * 0.5f;
  const float content_origin = origin.x;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const QueueCard& card = cards[i];
    const float target = slot_x - content_origin;
    auto [it, inserted] = m_shown.try_emplace(card.id, Shown{target + em * kEnterOffsetEm, ctx.now_s});
    Shown& shown = it->second;
    if (!animated) {
      shown.x = target;
      shown.appeared = ctx.now_s - kEnterSeconds;
    } else {
      shown.x += (target - shown.x) * (1.0f - std::exp(-kGlideRate * static_cast<float>(dt)));
    }
    const float enter = animated ? EaseOutCubic(static_cast<float>((ctx.now_s - shown.appeared) / kEnterSeconds)) : 1.0f;
    const float w = draw_card(card, content_origin + shown.x, enter, i == 0);
    slot_x += w + gap;
  }
  for (const Leaving& leaving : m_leaving) {
    const float t = EaseOutCubic(static_cast<float>((ctx.now_s - leaving.left) / kLeaveSeconds));
    draw_card(leaving.card, content_origin + leaving.x - t * em * kLeaveOffsetEm, 1.0f - t, false);
  }
  if (cards.empty() && m_leaving.empty()) {
    ImGui::PushFont(ctx.fonts->ui);
    list->AddText(ImVec2(origin.x + pad, card_y + (card_h - em) * 0.5f), theme::kTextFaint, "empty");
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(slot_x - origin.x, card_h));
  ImGui::EndChild();
}

namespace {

constexpr float kNextTickShare = 0.42f;  // of the microtask row's width, in node runs

// A queue panel: its header (how many wait, or what the queue means when empty) and its strip.
void DrawQueuePanel(const PanelContext& ctx, QueueStrip& strip, const char* title, std::size_t waiting,
                    const std::vector<QueueCard>& cards, const char* when_empty, const char* when_waiting) {
  PanelHeader(ctx, title, waiting == 0 ? std::string(when_empty) : std::to_string(waiting) + when_waiting);
  strip.Draw(ctx, cards);
}

}  // namespace

void DrawTaskQueuePanel(const PanelContext& ctx, QueueStrip& strip) {
  if (ctx.trace && IsNodeRun(*ctx.state)) {
    // Node has no single task queue: what waits here for its phase is the immediate queue (and,
    // for an instant, a callback the loop is about to run).
    DrawQueuePanel(ctx, strip, "Immediate Queue · check phase", ctx.state->task_queue.size(),
                   TaskQueueCards(*ctx.state, *ctx.trace), "setImmediate: runs in the check phase",
                   " waiting · run in this check phase");
    return;
  }
  DrawQueuePanel(ctx, strip, "Task Queue", ctx.trace ? ctx.state->task_queue.size() : 0,
                 ctx.trace ? TaskQueueCards(*ctx.state, *ctx.trace) : std::vector<QueueCard>{},
                 "one task per loop turn", " waiting · front runs next");
}

void DrawNodeMicrotaskQueuesPanel(const PanelContext& ctx, QueueStrip& next_ticks, QueueStrip& promise_jobs) {
  // Side by side, in the order Node drains them: every nextTick first, then the promise jobs.
  const float gap = std::floor(6 * ctx.scale);
  const float width = ImGui::GetWindowWidth();
  const float height = ImGui::GetWindowHeight();
  const float left = std::floor((width - gap) * kNextTickShare);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::BeginChild("nexttick", ImVec2(left, height), false, flags);
  DrawQueuePanel(ctx, next_ticks, "process.nextTick Queue", ctx.state->next_tick_queue.size(),
                 NextTickQueueCards(*ctx.state, *ctx.trace), "runs first", " waiting · before any promise job");
  ImGui::EndChild();
  ImGui::SameLine(0, gap);
  ImGui::BeginChild("promisejobs", ImVec2(width - left - gap, height), false, flags);
  DrawQueuePanel(ctx, promise_jobs, "Microtask Queue · promises", ctx.state->microtask_queue.size(),
                 MicrotaskQueueCards(*ctx.state, *ctx.trace), "after the nextTicks", " waiting · after the nextTicks");
  ImGui::EndChild();
}

void DrawMicrotaskQueuePanel(const PanelContext& ctx, QueueStrip& strip) {
  DrawQueuePanel(ctx, strip, "Microtask Queue", ctx.trace ? ctx.state->microtask_queue.size() : 0,
                 ctx.trace ? MicrotaskQueueCards(*ctx.state, *ctx.trace) : std::vector<QueueCard>{},
                 "drained completely whenever the stack empties", " waiting · all run before the next task");
}

}  // namespace loopscope::ui
