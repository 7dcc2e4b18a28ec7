// AppView.h — the Loopscope workbench: one script, its run, the playback and every panel.
//
// Owns the RunSession (the script runs on its runtime thread), the ReplayModel and TimelineModel
// over its trace, the Playback cursor, and the panels laid out in the split layout. Frame() builds
// one ImGui frame; the host (ui/platform/GuiHost, driven by app/gui/) owns the window, the GL
// context and the ImGui backends and calls it once per frame.
//
// Threads: UI thread only. The runtime thread is reached only through RunSession.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/replay/ReplayModel.h"
#include "runtime/core/RunOptions.h"
#include "runtime/session/RunSession.h"
#include "ui/Fonts.h"
#include "ui/Layout.h"
#include "ui/LayoutSettings.h"
#include "ui/Samples.h"
#include "ui/panels/Panels.h"
#include "ui/playback/Playback.h"
#include "ui/timeline/TimelineModel.h"
#include "ui/timeline/TimelinePanel.h"
#include "ui/timeline/TimelineRenderer.h"

namespace loopscope::ui {

enum class LayoutPersistence : uint8_t { Remember, Ignore };  // headless shots use the defaults

struct AppViewOptions {
  AnimationMode animation = AnimationMode::Animated;
  ClockMode clock = ClockMode::SkipIdle;              // browser model only
  std::optional<LoopModel> model;                     // for scripts whose header names none (else browser)
  LayoutPersistence layout = LayoutPersistence::Remember;
  std::size_t memory_budget_bytes = RunOptions{}.memory_budget_bytes;  // per run (RunOptions)
  // Browser runs: a settled page that listens for clicks stays open for the Page panel's clicks
  // (the window); a shot clicks these selectors instead and lets the run end (RunOptions).
  bool wait_for_input = true;
  std::vector<std::string> input_clicks;
};

class AppView {
 public:
  explicit AppView(AppViewOptions options);
  ~AppView();
  AppView(const AppView&) = delete;
  AppView& operator=(const AppView&) = delete;

  // Once a GL context is current and ImGui exists: loads fonts, applies the theme, compiles the
  // timeline shaders. `content_scale` is the monitor's HiDPI scale (1 on a 96-dpi screen).
  bool InitGraphics(float content_scale);
  // Fonts change size (presentation zoom) between frames: when this is true, the host calls
  // RebuildFonts() and re-uploads the font texture before the next ImGui::NewFrame().
  bool FontsDirty() const { return m_fonts_dirty; }
  void RebuildFonts();

  // ---- Scripts -----------------------------------------------------------------------------------
  bool OpenFile(const std::filesystem::path& path);      // loads the source; does not run it
  void OpenSource(std::string name, std::string source);
  bool OpenDefaultSample();
  void Run();    // (re)runs the Source panel's text on a new runtime thread; playback restarts
  void Stop();   // ends the running script (RequestStop)
  // Shows an existing trace without running anything (tests, synthetic traces).
  void ShowTrace(std::shared_ptr<const Trace> trace, std::optional<RunOutcome> outcome = std::nullopt);

  // ---- Frame -------------------------------------------------------------------------------------
  // Between ImGui::NewFrame() and ImGui::Render(). `dt` in seconds.
  void Frame(double dt);
  // Takes in newly recorded events and advances playback by `dt` (Frame() calls this itself).
  void Update(double dt);

  // ---- Host requests -----------------------------------------------------------------------------
  bool TakeScreenshotRequest();
  void ScreenshotSaved(const std::string& path, bool ok);
  bool WantsQuit() const { return m_quit; }
  std::string WindowTitle() const;
  void SaveLayout();

  // ---- For the shot command and tests ------------------------------------------------------------
  RunSession* Session() { return m_session.get(); }
  const ReplayModel* Model() const { return m_model.get(); }
  Playback& GetPlayback() { return m_playback; }
  const TimelineModel& Timeline() const { return m_timeline; }
  const TimelinePanel& GetTimelinePanel() const { return m_timeline_panel; }
  const ReplayState& State() const { return m_state; }
  // Puts the cursor at `cursor` (clamped) and pauses.
  void SeekAndPause(uint64_t cursor);
  const LayoutRects& LastLayout() const { return m_layout_rects; }
  const SourcePanel& Source() const { return m_source; }
  bool PageShown() const { return m_page_shown; }
  const PagePanel& Page() const { return m_page; }

 private:
  void ApplyZoom(float zoom);
  void HandleShortcuts();
  void DrawMenuBar();
  void DrawToolbar(float height);
  void DrawScrubber(float height);
  void DrawPanels(const Rect& area);
  void DrawModelSwitch(bool compact);  // compact: no note beside it (the status line has it)
  void DrawToast();
  void SyncOutcome();
  PanelContext MakeContext() const;
  void Step(StepKind kind, Direction direction);
  void Seek(uint64_t cursor);
  void UpdatePageShown();  // whether the trace so far has a document worth the Page panel

  AppViewOptions m_options;
  float m_content_scale = 1.0f;
  Fonts m_fonts;
  bool m_fonts_dirty = false;
  LayoutSettings m_layout;
  LayoutRects m_layout_rects;
  int m_dragging_splitter = -1;

  // The script.
  std::string m_script_name = "untitled.js";
  std::optional<std::filesystem::path> m_script_path;
  LoopModel m_model_choice = LoopModel::Browser;  // what Run uses: the script's `// Model:` header, or the switch
  std::optional<std::filesystem::path> m_samples_dir;
  std::vector<SampleInfo> m_samples;

  // The run.
  std::unique_ptr<RunSession> m_session;
  std::shared_ptr<const Trace> m_trace;
  std::unique_ptr<ReplayModel> m_model;
  std::optional<RunOutcome> m_outcome;
  TimelineModel m_timeline;
  Playback m_playback;
  ReplayState m_state;
  uint64_t m_state_cursor = UINT64_MAX;
  uint64_t m_state_count = UINT64_MAX;

  // Panels.
  SourcePanel m_source;
  CallStackPanel m_call_stack;
  ConsolePanel m_console;
  EventLoopPanel m_event_loop;
  QueueStrip m_task_strip{QueueStrip::Kind::Tasks};
  QueueStrip m_microtask_strip{QueueStrip::Kind::Microtasks};
  QueueStrip m_next_tick_strip{QueueStrip::Kind::Microtasks};  // node runs
  TimelinePanel m_timeline_panel;
  PagePanel m_page;
  bool m_page_shown = false;        // a PageSnapshot so far had content (the layout keeps it then)
  uint64_t m_page_scanned = 0;      // events looked at for that
  std::unique_ptr<TimelineRenderer> m_renderer;

  double m_now = 0;
  bool m_screenshot_requested = false;
  bool m_quit = false;
  bool m_open_path_popup = false;
  std::string m_open_path_text;
  std::string m_toast;
  double m_toast_until = 0;
};

}  // namespace loopscope::ui
