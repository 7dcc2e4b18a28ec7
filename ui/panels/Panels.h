// Panels.h — what every panel draws from, and the panels' entry points (one .cpp per panel).
//
// Each panel draws into an ImGui child region the workbench (AppView) has placed, from the replay
// state at the playback cursor. Panels never change the trace or the playback themselves; what a
// user asks for (click a slice → seek, edit the source) comes back through PanelRequests.
// Threads: UI thread, inside an ImGui frame.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/replay/ReplayModel.h"
#include "runtime/replay/ReplayState.h"
#include "runtime/trace/Trace.h"
#include "ui/Fonts.h"
#include "ui/panels/PageModel.h"
#include "ui/panels/PanelModels.h"
#include "ui/source/JsHighlighter.h"


namespace loopscope::ui {

class TimelineModel;
class TimelineRenderer;

// Animations run on the UI clock; a headless shot renders every animation at its end.
enum class AnimationMode : uint8_t { Animated, Settled };

struct PanelContext {
  const Trace* trace = nullptr;          // null before the first run
  const ReplayModel* model = nullptr;    // null before the first run
  const ReplayState* state = nullptr;    // the state at the playback cursor (never null)
  uint64_t cursor = 0;                   // playback cursor (events [0, cursor) applied)
  const Fonts* fonts = nullptr;
  float scale = 1.0f;                    // font size / kBaseFontPx: multiply pixel constants by it
  double now_s = 0;                      // UI clock, seconds
  AnimationMode animation = AnimationMode::Animated;
  bool run_active = false;               // the runtime is still recording
};

struct PanelRequests {
  std::optional<uint64_t> seek_to;      // move the playback cursor here
  std::optional<uint32_t> click_node;   // a user's click on this page element (live run)
};

// Shared chrome: a panel's header strip (title, optional right-aligned note), drawn at the top of
// the current child window; leaves the ImGui cursor just below it.
void PanelHeader(const PanelContext& ctx, const char* title, const std::string& note = {}, uint32_t note_color = 0);
float PanelHeaderHeight(const PanelContext& ctx);
// A text label clipped to `max_width` with "…" when it does not fit.
void ClippedText(ImDrawList* list, const ImVec2& pos, uint32_t color, const std::string& text, float max_width);
// A rounded badge ("setTimeout"); returns its width. Draws nothing when `draw` is false (measure).
float Badge(ImDrawList* list, const ImVec2& pos, const std::string& text, uint32_t color, bool draw = true);
float EaseOutCubic(float t);

// ---- Source ------------------------------------------------------------------------------------
class SourcePanel {
 public:
  void SetText(std::string text);
  const std::string& Text() const { return m_text; }
  bool Edited() const { return m_edited; }
  void ClearEdited() { m_edited = false; }
  void SetError(std::optional<SourceError> error) { m_error = std::move(error); }
  void SetTitle(std::string title) { m_title = std::move(title); }
  void Draw(const PanelContext& ctx);

 private:
  void Rehighlight();
  std::string m_text;
  std::string m_title;
  std::vector<std::vector<Span>> m_spans;
  std::optional<SourceError> m_error;
  uint32_t m_last_line = 0;   // to scroll only when the highlighted line changes
  bool m_edited = false;
};

// ---- Call Stack, Web APIs, Console, Event Loop ---------------------------------------------------
class CallStackPanel {
 public:
  void Draw(const PanelContext& ctx);
 private:
  std::unordered_map<uint64_t, double> m_first_seen;  // pushed_at_event → UI time it appeared
};

void DrawWebApisPanel(const PanelContext& ctx);

class ConsolePanel {
 public:
  void Draw(const PanelContext& ctx);
 private:
  std::size_t m_last_count = 0;  // to scroll to the newest line when one is printed
};

class EventLoopPanel {
 public:
  void Draw(const PanelContext& ctx);
 private:
  // The ring with `labels` as stations clockwise from the top; `active` lit (outlined when `dim`),
  // above `reserve_bottom` pixels kept free at the bottom of the panel.
  void DrawRing(const PanelContext& ctx, std::span<const char* const> labels, int active, bool dim,
                const std::string& title, const std::string& detail, float reserve_bottom);
  // The stations as pills in rows within `body_h`; when even that does not fit, the current one.
  void DrawCompactStations(const PanelContext& ctx, std::span<const char* const> labels, int active,
                           const std::string& title, const std::string& detail, float body_h);
  // Node runs: the process's life-cycle strip and the last poll's wait, under the wheel.
  float NodeFooterHeight(const PanelContext& ctx) const;
  void DrawNodeFooter(const PanelContext& ctx, const NodeLoopView& view, float footer_h);
  float m_angle = -1.5707964f;  // where the moving dot is drawn (radians), eased toward the station
};

// ---- Page: the document's elements as nested boxes; a click on one is a user's click -------------
class PagePanel {
 public:
  void Draw(const PanelContext& ctx, PanelRequests& requests);
  // Where the last frame drew each element's box (screen pixels), by node id: for tests.
  struct DrawnBox {
    uint32_t node_id = 0;
    ImVec2 min{}, max{};
  };
  const std::vector<DrawnBox>& LastBoxes() const { return m_boxes; }

 private:
  const PageView& ViewFor(const PanelContext& ctx);  // parsed once per snapshot
  float Measure(const PanelContext& ctx, std::size_t index);  // fills m_heights for the subtree
  void DrawBox(const PanelContext& ctx, std::size_t index, ImVec2 min, float width);
  void DrawChildren(const PanelContext& ctx, const PageElement& element, ImVec2 min, float width);  // stacked from min

  uint32_t m_page_string = 0;  // the snapshot m_view was parsed from
  const Trace* m_page_trace = nullptr;
  PageView m_view;
  std::vector<float> m_heights;  // per element, this frame
  std::vector<DrawnBox> m_boxes;  // this frame, in document order
  std::optional<std::size_t> m_hovered;
  ImVec2 m_hovered_min{}, m_hovered_max{};
  ImVec2 m_ripple_at{};
  double m_ripple_started = -1;  // UI time of the last click (its ripple)
};

// ---- Task Queue / Microtask Queue: horizontal FIFO strips with animated cards --------------------
class QueueStrip {
 public:
  enum class Kind : uint8_t { Tasks, Microtasks };
  explicit QueueStrip(Kind kind) : m_kind(kind) {}
  void Draw(const PanelContext& ctx, const std::vector<QueueCard>& cards);

 private:
  struct Shown {
    float x = 0;          // where the card is drawn now (eases toward its slot)
    double appeared = 0;  // UI time it entered
  };
  struct Leaving {
    QueueCard card;
    float x = 0;
    double left = 0;      // UI time it left the queue
  };
  Kind m_kind;
  std::unordered_map<uint32_t, Shown> m_shown;
  std::vector<Leaving> m_leaving;
  std::vector<QueueCard> m_previous;
  double m_last_now = 0;
};

void DrawTaskQueuePanel(const PanelContext& ctx, QueueStrip& strip);
void DrawMicrotaskQueuePanel(const PanelContext& ctx, QueueStrip& strip);
// Node runs: the process.nextTick queue beside the promise-job (microtask) queue.
void DrawNodeMicrotaskQueuesPanel(const PanelContext& ctx, QueueStrip& next_ticks, QueueStrip& promise_jobs);

// ---- Timeline ------------------------------------------------------------------------------------
class TimelinePanel;  // ui/timeline/TimelinePanel.h

}  // namespace loopscope::ui
