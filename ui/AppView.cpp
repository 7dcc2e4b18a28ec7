#include "ui/AppView.h"

#include "runtime/core/ScriptHeader.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "ui/Theme.h"

namespace loopscope::ui {
namespace {

constexpr double kToastSeconds = 3.0;
// Below this toolbar width (in ems) the step buttons lose their labels (icons and tooltips stay),
// so that the model switch stays in reach at any window size and presentation zoom.
constexpr float kCompactToolbarEm = 72.0f;
// The status line's note while Node.js is selected (longest first; the one that fits is shown).
constexpr const char* kNodePowersStatus = "Node.js: the script has Node's powers (files, network, process), like node FILE.js · Node's own clock";
constexpr const char* kNodePowersStatusShort = "Node.js: Node's powers, like node FILE.js";

enum class Icon { Run, Play, Pause, Stop, StepBack, Step, NextTask, NextMicrotask, Restart };

// Draws the icon centred in a square of side `s` at `p`.
void DrawIcon(ImDrawList* list, Icon icon, ImVec2 p, float s, uint32_t color) {
  const float c = s * 0.5f;
  const ImVec2 m(p.x + c, p.y + c);
  const float r = s * 0.36f;
  auto triangle = [&](float cx) {
    list->AddTriangleFilled(ImVec2(cx - r * 0.7f, m.y - r), ImVec2(cx + r * 0.9f, m.y), ImVec2(cx - r * 0.7f, m.y + r), color);
  };
  switch (icon) {
    case Icon::Run:
    case Icon::Play: triangle(m.x); break;
    case Icon::Pause:
      list->AddRectFilled(ImVec2(m.x - r * 0.75f, m.y - r), ImVec2(m.x - r * 0.2f, m.y + r), color, 1);
      list->AddRectFilled(ImVec2(m.x + r * 0.2f, m.y - r), ImVec2(m.x + r * 0.75f, m.y + r), color, 1);
      break;
    case Icon::Stop: list->AddRectFilled(ImVec2(m.x - r * 0.8f, m.y - r * 0.8f), ImVec2(m.x + r * 0.8f, m.y + r * 0.8f), color, 2); break;
    case Icon::StepBack:
      list->AddRectFilled(ImVec2(m.x - r * 0.9f, m.y - r), ImVec2(m.x - r * 0.55f, m.y + r), color);
      list->AddTriangleFilled(ImVec2(m.x + r * 0.9f, m.y - r), ImVec2(m.x - r * 0.4f, m.y), ImVec2(m.x + r * 0.9f, m.y + r), color);
      break;
    case Icon::Step:
      list->AddTriangleFilled(ImVec2(m.x - r * 0.9f, m.y - r), ImVec2(m.x + r * 0.4f, m.y), ImVec2(m.x - r * 0.9f, m.y + r), color);
      list->AddRectFilled(ImVec2(m.x + r * 0.55f, m.y - r), ImVec2(m.x + r * 0.9f, m.y + r), color);
      break;
    case Icon::NextTask:
    case Icon::NextMicrotask: {
      const float rr = icon == Icon::NextTask ? r : r * 0.75f;
      list->AddTriangleFilled(ImVec2(m.x - rr, m.y - rr), ImVec2(m.x, m.y), ImVec2(m.x - rr, m.y + rr), color);
      list->AddTriangleFilled(ImVec2(m.x, m.y - rr), ImVec2(m.x + rr, m.y), ImVec2(m.x, m.y + rr), color);
      break;
    }
    case Icon::Restart:
      list->PathArcTo(m, r * 0.8f, 0.6f, 5.4f, 16);
      list->PathStroke(color, 0, std::max(1.5f, s * 0.09f));
      break;
  }
}

// A toolbar button: icon and label, an optional keyboard hint in the tooltip.
bool ToolButton(const char* id, Icon icon, const char* label, const char* tooltip, bool enabled, uint32_t icon_color,
                bool primary = false) {
  const float h = ImGui::GetFrameHeight();
  const float icon_s = h * 0.8f;
  const ImVec2 text = ImGui::CalcTextSize(label);
  const float pad = ImGui::GetStyle().FramePadding.x;
  const float w = (label[0] ? pad + icon_s + pad * 0.5f + text.x + pad : h);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (!enabled) ImGui::BeginDisabled();
  ImGui::PushID(id);
  const bool pressed = ImGui::InvisibleButton("##b", ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled);
  const bool held = ImGui::IsItemActive();
  ImGui::PopID();
  if (!enabled) ImGui::EndDisabled();
  ImDrawList* list = ImGui::GetWindowDrawList();
  uint32_t bg = primary ? theme::Rgb(0x1a73e8) : theme::Rgb(0x3c4043);
  if (enabled && hovered) bg = primary ? theme::Rgb(0x3b86f0) : theme::Rgb(0x4a4e52);
  if (enabled && held) bg = primary ? theme::Rgb(0x1557b0) : theme::Rgb(0x5f6368);
  const float alpha = enabled ? 1.0f : 0.45f;
  auto fade = [&](uint32_t col) { return (col & 0x00FFFFFF) | (static_cast<uint32_t>(((col >> 24) & 0xFF) * alpha) << 24); };
  list->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), fade(bg), ImGui::GetStyle().FrameRounding);
  const float icon_x = label[0] ? pos.x + pad * 0.6f : pos.x + (w - icon_s) * 0.5f;
  DrawIcon(list, icon, ImVec2(icon_x, pos.y + (h - icon_s) * 0.5f), icon_s, fade(primary ? theme::Rgb(0xffffff) : icon_color));
  if (label[0]) list->AddText(ImVec2(icon_x + icon_s + pad * 0.4f, pos.y + (h - text.y) * 0.5f), fade(theme::kText), label);
  if (hovered && tooltip) ImGui::SetTooltip("%s", tooltip);
  return pressed && enabled;
}

bool KeyPressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, true); }

}  // namespace

AppView::AppView(AppViewOptions options) : m_options(options) {
  if (m_options.layout == LayoutPersistence::Remember) m_layout = LoadLayoutSettings();
  m_samples_dir = FindSamplesDir();
  if (m_samples_dir) m_samples = ListSamples(*m_samples_dir);
}

AppView::~AppView() {
  if (m_session) m_session->RequestStop();
}

bool AppView::InitGraphics(float content_scale) {
  m_content_scale = std::clamp(content_scale, 0.5f, 4.0f);
  RebuildFonts();
  m_renderer = std::make_unique<TimelineRenderer>();
  return m_renderer->Init();
}

void AppView::RebuildFonts() {
  const float scale = m_content_scale * m_layout.zoom;
  m_fonts = LoadFonts(std::round(kBaseFontPx * scale));
  theme::ApplyTheme(ImGui::GetStyle(), scale);
  ImGui::GetIO().FontDefault = m_fonts.ui;
  m_fonts_dirty = false;
}

void AppView::ApplyZoom(float zoom) {
  zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  if (std::fabs(zoom - m_layout.zoom) < 1e-3f) return;
  m_layout.zoom = zoom;
  m_fonts_dirty = true;
  SaveLayout();
  char text[64];
  std::snprintf(text, sizeof text, "Zoom %d%%", static_cast<int>(std::round(zoom * 100)));
  m_toast = text;
  m_toast_until = m_now + kToastSeconds * 0.5;
}

bool AppView::OpenFile(const std::filesystem::path& path) {
  const auto text = ReadTextFile(path);
  if (!text) {
    m_toast = "Cannot read " + path.string();
    m_toast_until = m_now + kToastSeconds;
    return false;
  }
  m_script_path = path;
  OpenSource(path.filename().string(), *text);
  return true;
}

void AppView::OpenSource(std::string name, std::string source) {
  m_model_choice = ModelDeclaredIn(source).value_or(m_options.model.value_or(LoopModel::Browser));
  Stop();
  m_session.reset();
  m_model.reset();
  m_trace.reset();
  m_outcome.reset();
  m_timeline.Reset();
  m_timeline_panel.Reset();
  m_playback.Reset();
  m_state = ReplayState{};
  m_state_cursor = m_state_count = UINT64_MAX;
  m_script_name = std::move(name);
  m_source.SetText(std::move(source));
  m_source.SetError(std::nullopt);
  m_source.SetTitle(m_script_name);
}

bool AppView::OpenDefaultSample() {
  if (!m_samples_dir) return false;
  if (auto path = DefaultSample(*m_samples_dir)) return OpenFile(*path);
  if (!m_samples.empty()) return OpenFile(m_samples.front().path);
  return false;
}

void AppView::Run() {
  m_session.reset();  // stops and joins a previous run
  RunOptions options;
  options.script_name = m_script_name;
  options.source = m_source.Text();
  options.clock = m_options.clock;
  options.memory_budget_bytes = m_options.memory_budget_bytes;
  options.model = m_model_choice;
  if (m_script_path) options.script_path = m_script_path->string();
  options.wait_for_input = m_options.wait_for_input;
  options.input_clicks = m_options.input_clicks;
  m_session = std::make_unique<RunSession>(std::move(options));
  auto trace = m_session->GetTrace();
  m_session->Start();
  ShowTrace(std::move(trace));
  m_source.ClearEdited();
}

void AppView::ShowTrace(std::shared_ptr<const Trace> trace, std::optional<RunOutcome> outcome) {
  m_trace = std::move(trace);
  m_model = std::make_unique<ReplayModel>(m_trace);
  m_outcome = std::move(outcome);
  m_timeline.Reset();
  m_timeline_panel.Reset();
  m_playback.Reset();
  m_state = ReplayState{};
  m_state_cursor = m_state_count = UINT64_MAX;
  m_page_shown = false;
  m_page_scanned = 0;
  m_source.SetError(std::nullopt);
  if (m_outcome && m_outcome->reason == RunEndReason::SyntaxError) m_source.SetError(ParseSourceError(m_outcome->message));
}

void AppView::Stop() {
  if (m_session && !m_session->Finished()) m_session->RequestStop();
}

void AppView::SyncOutcome() {
  if (!m_session || m_outcome || !m_session->Finished()) return;
  m_outcome = m_session->Wait();  // finished: returns at once
  if (m_outcome->reason == RunEndReason::SyntaxError) m_source.SetError(ParseSourceError(m_outcome->message));
}

void AppView::Update(double dt) {
  m_now += dt;
  SyncOutcome();
  if (!m_model) return;
  m_model->Sync();
  m_timeline.Update(*m_trace);
  UpdatePageShown();
  m_playback.Tick(dt, *m_model);
  const uint64_t cursor = m_playback.Cursor();
  if (cursor != m_state_cursor || (cursor >= m_model->EventCount() && m_model->EventCount() != m_state_count)) {
    m_state = m_model->StateAt(cursor);
    m_state_cursor = cursor;
    m_state_count = m_model->EventCount();
  }
}

void AppView::UpdatePageShown() {
  const uint64_t count = m_model->EventCount();
  for (; m_page_scanned < count && !m_page_shown; ++m_page_scanned) {
    const Event& event = m_trace->At(m_page_scanned);
    if (event.Kind() == EventKind::PageSnapshot) m_page_shown = ParsePageSnapshot(m_trace->String(event.a)).HasContent();
  }
  m_page_scanned = count;
}

void AppView::SeekAndPause(uint64_t cursor) {
  if (!m_model) return;
  m_model->Sync();
  m_timeline.Update(*m_trace);
  UpdatePageShown();
  m_playback.Seek(cursor, *m_model);
  m_playback.Pause();
  m_state = m_model->StateAt(m_playback.Cursor());
  m_state_cursor = m_playback.Cursor();
  m_state_count = m_model->EventCount();
}

void AppView::Seek(uint64_t cursor) {
  if (!m_model) return;
  m_playback.Seek(cursor, *m_model);
}

void AppView::Step(StepKind kind, Direction direction) {
  if (!m_model) return;
  m_playback.Step(kind, direction, *m_model);
}

PanelContext AppView::MakeContext() const {
  PanelContext ctx;
  ctx.trace = m_trace.get();
  ctx.model = m_model.get();
  ctx.state = &m_state;
  ctx.cursor = m_playback.Cursor();
  ctx.fonts = &m_fonts;
  ctx.scale = m_fonts.size_px / kBaseFontPx;
  ctx.now_s = m_now;
  ctx.animation = m_options.animation;
  ctx.run_active = m_session && !m_session->Finished();
  return ctx;
}

bool AppView::TakeScreenshotRequest() {
  const bool requested = m_screenshot_requested;
  m_screenshot_requested = false;
  return requested;
}

void AppView::ScreenshotSaved(const std::string& path, bool ok) {
  m_toast = ok ? "Screenshot saved: " + path : "Could not save " + path;
  m_toast_until = m_now + kToastSeconds;
}

std::string AppView::WindowTitle() const { return "Loopscope — " + m_script_name; }

void AppView::SaveLayout() {
  if (m_options.layout == LayoutPersistence::Remember) SaveLayoutSettings(m_layout);
}

void AppView::HandleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (KeyPressed(GLFW_KEY_F12)) m_screenshot_requested = true;
  if ((!io.KeyShift && KeyPressed(GLFW_KEY_F5)) || (io.KeyCtrl && KeyPressed(GLFW_KEY_ENTER))) Run();
  if (io.KeyShift && KeyPressed(GLFW_KEY_F5)) Stop();
  if (io.KeyCtrl && (KeyPressed(GLFW_KEY_EQUAL) || KeyPressed(GLFW_KEY_KP_ADD))) ApplyZoom(m_layout.zoom * kZoomStep);
  if (io.KeyCtrl && (KeyPressed(GLFW_KEY_MINUS) || KeyPressed(GLFW_KEY_KP_SUBTRACT))) ApplyZoom(m_layout.zoom / kZoomStep);
  if (io.KeyCtrl && KeyPressed(GLFW_KEY_0)) ApplyZoom(1.0f);
  if (io.KeyCtrl && KeyPressed(GLFW_KEY_O)) m_open_path_popup = true;
  if (io.KeyCtrl && KeyPressed(GLFW_KEY_Q)) m_quit = true;
  if (io.WantTextInput) return;  // the source editor has the keyboard
  if (KeyPressed(GLFW_KEY_SPACE)) {
    if (m_playback.Playing()) m_playback.Pause(); else m_playback.Play();
  }
  if (KeyPressed(GLFW_KEY_ESCAPE)) Stop();
  const StepKind kind = io.KeyShift ? StepKind::Task : io.KeyAlt ? StepKind::Microtask : StepKind::Event;
  if (KeyPressed(GLFW_KEY_RIGHT)) Step(kind, Direction::Forward);
  if (KeyPressed(GLFW_KEY_LEFT)) Step(kind, Direction::Backward);
  if (KeyPressed(GLFW_KEY_HOME)) Seek(0);
  if (KeyPressed(GLFW_KEY_END) && m_model) Seek(m_model->EventCount());
}

void AppView::DrawMenuBar() {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open file…", "Ctrl+O")) m_open_path_popup = true;
    if (ImGui::BeginMenu("Open sample", !m_samples.empty())) {
      for (const SampleInfo& sample : m_samples) {
        if (ImGui::MenuItem(sample.title.c_str())) OpenFile(sample.path);
        if (ImGui::IsItemHovered() && !sample.watch.empty()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
          ImGui::TextUnformatted(sample.path.filename().string().c_str());
          ImGui::TextDisabled("%s", sample.watch.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
      }
      ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Save screenshot (PNG)", "F12")) m_screenshot_requested = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) m_quit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Run")) {
    if (ImGui::MenuItem("Run", "F5")) Run();
    if (ImGui::MenuItem("Stop", "Shift+F5 / Esc", false, m_session && !m_session->Finished())) Stop();
    ImGui::Separator();
    if (ImGui::MenuItem(m_playback.Playing() ? "Pause playback" : "Play", "Space")) {
      if (m_playback.Playing()) m_playback.Pause(); else m_playback.Play();
    }
    if (ImGui::MenuItem("Step: next event", "→")) Step(StepKind::Event, Direction::Forward);
    if (ImGui::MenuItem("Step: next task", "Shift+→")) Step(StepKind::Task, Direction::Forward);
    if (ImGui::MenuItem("Step: next microtask", "Alt+→")) Step(StepKind::Microtask, Direction::Forward);
    if (ImGui::MenuItem("Step back", "←")) Step(StepKind::Event, Direction::Backward);
    if (ImGui::MenuItem("Go to start", "Home")) Seek(0);
    if (ImGui::MenuItem("Go to end", "End") && m_model) Seek(m_model->EventCount());
    ImGui::Separator();
    if (ImGui::BeginMenu("Model")) {
      if (ImGui::MenuItem("Browser (HTML event loop, sandboxed)", nullptr, m_model_choice == LoopModel::Browser)) {
        m_model_choice = LoopModel::Browser;
      }
      if (ImGui::MenuItem("Node.js (real Node 18, with Node's powers)", nullptr, m_model_choice == LoopModel::Node)) {
        m_model_choice = LoopModel::Node;
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Clock", m_model_choice == LoopModel::Browser)) {
      if (ImGui::MenuItem("Skip idle (deterministic)", nullptr, m_options.clock == ClockMode::SkipIdle)) m_options.clock = ClockMode::SkipIdle;
      if (ImGui::MenuItem("Real time", nullptr, m_options.clock == ClockMode::Real)) m_options.clock = ClockMode::Real;
      ImGui::EndMenu();
    }
    if (m_model_choice == LoopModel::Node && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
      ImGui::SetTooltip("Node.js runs on its own (real) clock");
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Zoom in", "Ctrl+=")) ApplyZoom(m_layout.zoom * kZoomStep);
    if (ImGui::MenuItem("Zoom out", "Ctrl+-")) ApplyZoom(m_layout.zoom / kZoomStep);
    if (ImGui::MenuItem("Actual size", "Ctrl+0")) ApplyZoom(1.0f);
    ImGui::Separator();
    if (ImGui::MenuItem("Reset layout")) {
      const float zoom = m_layout.zoom;
      m_layout = LayoutSettings{};
      m_layout.zoom = zoom;
      SaveLayout();
    }
    ImGui::EndMenu();
  }
  // The sample browser, always in reach: the current script's title.
  ImGui::Dummy(ImVec2(ImGui::GetFontSize(), 0));
  std::string current = m_script_name;
  for (const SampleInfo& sample : m_samples) {
    if (m_script_path && sample.path == *m_script_path) current = sample.title;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  if (ImGui::BeginCombo("##samples", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const SampleInfo& sample : m_samples) {
      const bool selected = m_script_path && sample.path == *m_script_path;
      if (ImGui::Selectable(sample.title.c_str(), selected)) OpenFile(sample.path);
      if (ImGui::IsItemHovered() && !sample.watch.empty()) ImGui::SetTooltip("%s", sample.path.filename().string().c_str());
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Samples (or drop a .js file on the window)");
  ImGui::EndMenuBar();
}

void AppView::DrawToolbar(float height) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  list->AddRectFilled(ImVec2(pos.x - 100, pos.y), ImVec2(pos.x + width, pos.y + height), theme::kToolbarBg);
  const float pad = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetCursorScreenPos(ImVec2(pos.x + pad, pos.y + (height - ImGui::GetFrameHeight()) * 0.5f));
  const bool running = m_session && !m_session->Finished();
  const bool have = m_model && m_model->EventCount() > 0;
  const bool compact = width < ImGui::GetFontSize() * kCompactToolbarEm;
  auto label = [compact](const char* text) { return compact ? "" : text; };
  if (ToolButton("run", m_trace ? Icon::Restart : Icon::Run, m_trace ? "Run again" : "Run", "Run the script (F5)", true, theme::kSuccess, true)) Run();
  ImGui::SameLine();
  if (ToolButton("stop", Icon::Stop, label("Stop"), "Stop the script (Shift+F5 / Esc)", running, theme::kError)) Stop();
  ImGui::SameLine(0, pad * 3);
  if (m_playback.Playing()) {
    if (ToolButton("pause", Icon::Pause, label("Pause"), "Pause playback (Space)", have, theme::kText)) m_playback.Pause();
  } else {
    if (ToolButton("play", Icon::Play, label("Play"), "Play back (Space)", have, theme::kSuccess)) {
      if (m_model && m_playback.AtEnd(*m_model) && m_session && m_session->Finished()) Seek(0);
      m_playback.Play();
    }
  }
  ImGui::SameLine();
  if (ToolButton("back", Icon::StepBack, "", "Step back one event (←)", have && m_playback.Cursor() > 0, theme::kText)) Step(StepKind::Event, Direction::Backward);
  ImGui::SameLine();
  if (ToolButton("step", Icon::Step, label("Step"), "Next event (→)", have, theme::kText)) Step(StepKind::Event, Direction::Forward);
  ImGui::SameLine();
  if (ToolButton("task", Icon::NextTask, label("Task"), "Next task (Shift+→)", have, theme::kMarkerTimer)) Step(StepKind::Task, Direction::Forward);
  ImGui::SameLine();
  if (ToolButton("micro", Icon::NextMicrotask, label("Microtask"), "Next microtask (Alt+→)", have, theme::kSuccess)) Step(StepKind::Microtask, Direction::Forward);
  ImGui::SameLine(0, pad * (compact ? 1.5f : 3.0f));
  if (!compact) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Speed");
    ImGui::SameLine();
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * (compact ? 6.0f : 7.5f));
  if (ImGui::BeginCombo("##speed", PlaybackSpeedName(m_playback.Speed()))) {
    for (int i = 0; i < static_cast<int>(PlaybackSpeed::Count); ++i) {
      const auto speed = static_cast<PlaybackSpeed>(i);
      if (ImGui::Selectable(PlaybackSpeedName(speed), speed == m_playback.Speed())) {
        m_playback.SetSpeed(speed);
        m_playback.Play();
      }
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Live follows the script as it runs; ×-speeds replay trace time;\nsteps/s replays one event at a time");
  ImGui::SameLine(0, pad * (compact ? 1.5f : 3.0f));
  DrawModelSwitch(compact);

  // Status, right-aligned: what the runtime is doing.
  std::string status;
  uint32_t color = theme::kTextDim;
  if (running) {
    status = "● Running";
    const float pulse = 0.6f + 0.4f * std::sin(static_cast<float>(m_now) * 5.0f);
    color = (theme::kSuccess & 0x00FFFFFF) | (static_cast<uint32_t>(255 * pulse) << 24);
  } else if (m_outcome) {
    switch (m_outcome->reason) {
      case RunEndReason::Completed: status = "Finished"; color = theme::kTextDim; break;
      case RunEndReason::Stopped: status = "Stopped"; color = theme::kWarn; break;
      case RunEndReason::TimedOut: status = "Timed out"; color = theme::kWarn; break;
      case RunEndReason::SyntaxError: status = "Syntax error"; color = theme::kError; break;
      case RunEndReason::Fatal: status = "Failed: " + m_outcome->message; color = theme::kError; break;
    }
  } else if (!m_trace) {
    status = "Ready — press Run (F5)";
  }
  if (m_trace && m_trace->Truncated()) {
    status += "  ·  trace truncated (memory cap)";
    color = theme::kWarn;
  }
  // Node.js mode says so calmly in the status line too: the next Run has Node's own powers and
  // Node's own clock. The longest form that fits is shown.
  const float free_from = ImGui::GetItemRectMax().x + pad * 2;
  float right = pos.x + width - pad * 2;
  if (!status.empty()) {
    const ImVec2 size = ImGui::CalcTextSize(status.c_str());
    const float x = right - size.x;
    if (x > free_from) {
      list->AddText(ImVec2(x, pos.y + (height - size.y) * 0.5f), color, status.c_str());
      right = x - pad * 2;
    }
  }
  if (m_model_choice == LoopModel::Node) {
    for (const char* note : {kNodePowersStatus, kNodePowersStatusShort}) {
      const ImVec2 size = ImGui::CalcTextSize(note);
      if (right - size.x <= free_from) continue;
      list->AddText(ImVec2(right - size.x, pos.y + (height - size.y) * 0.5f), theme::kTextDim, note);
      break;
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height));
}

void AppView::DrawModelSwitch(bool compact) {
  // Browser | Node.js: which host the next Run uses. A script's `// Model:` header sets it when the
  // script is opened; the panels follow the model of the trace on screen.
  const float em = ImGui::GetFontSize();
  for (LoopModel model : {LoopModel::Browser, LoopModel::Node}) {
    const bool on = m_model_choice == model;
    ImGui::PushStyleColor(ImGuiCol_Button, on ? theme::kAccentDim : theme::kCardBg);
    ImGui::PushStyleColor(ImGuiCol_Text, on ? theme::kText : theme::kTextDim);
    if (ImGui::Button(model == LoopModel::Node ? "Node.js" : "Browser", ImVec2(em * 4.6f, 0))) m_model_choice = model;
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip(model == LoopModel::Node
                            ? "Run on the real Node.js 18 (libnode): libuv's phases, process.nextTick,\n"
                              "setImmediate, the thread pool. The script has Node's own powers —\n"
                              "files, network, child processes — exactly as with `node FILE.js`."
                            : "Run in Loopscope's HTML event loop, checked against Chromium.\n"
                              "Sandboxed: no files, no network, no processes.");
    }
    ImGui::SameLine(0, 2);
  }
  if (m_model_choice == LoopModel::Node && !compact) {
    ImGui::SameLine(0, em * 0.4f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImColor(theme::kWarn), "unsandboxed");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Node.js mode runs the script with Node's powers (like `node FILE.js`)\nand on Node's own clock (the Clock setting is for the browser model)");
  }
}

void AppView::DrawScrubber(float height) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetWindowWidth();
  const float pad = ImGui::GetStyle().ItemSpacing.x * 1.5f;
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme::kToolbarBg);
  list->AddLine(ImVec2(pos.x, pos.y + height - 1), ImVec2(pos.x + width, pos.y + height - 1), theme::kBorder);
  const uint64_t count = m_model ? m_model->EventCount() : 0;
  const uint64_t cursor = std::min(m_playback.Cursor(), count);
  char position[128];
  std::snprintf(position, sizeof position, "event %llu / %llu  ·  %s", static_cast<unsigned long long>(cursor),
                static_cast<unsigned long long>(count), FormatDuration(m_state.time_ns).c_str());
  ImGui::PushFont(m_fonts.mono);
  const ImVec2 text_size = ImGui::CalcTextSize(position);
  const float text_x = pos.x + width - pad - text_size.x;
  list->AddText(ImVec2(text_x, pos.y + (height - text_size.y) * 0.5f), theme::kTextDim, position);
  ImGui::PopFont();

  const float track_x0 = pos.x + pad;
  const float track_x1 = text_x - pad * 1.5f;
  const float track_w = std::max(10.0f, track_x1 - track_x0);
  const float cy = pos.y + height * 0.5f;
  const float track_h = std::max(4.0f, height * 0.18f);
  ImGui::SetCursorScreenPos(ImVec2(track_x0, pos.y));
  ImGui::InvisibleButton("##scrubber", ImVec2(track_w, height));
  const bool hovered = ImGui::IsItemHovered();
  if (ImGui::IsItemActive() && count > 0) {
    const float f = std::clamp((ImGui::GetIO().MousePos.x - track_x0) / track_w, 0.0f, 1.0f);
    Seek(static_cast<uint64_t>(std::llround(f * static_cast<double>(count))));
    m_playback.Pause();
  }
  list->AddRectFilled(ImVec2(track_x0, cy - track_h * 0.5f), ImVec2(track_x0 + track_w, cy + track_h * 0.5f), theme::Rgb(0x3c4043), track_h);
  // Where each task starts: the loop's turns, as ticks on the track.
  if (count > 0) {
    if (m_timeline.RowCount() > 0) {
      float last_x = -1e9f;
      for (const Slice& slice : m_timeline.Row(0)) {
        if (slice.kind != SliceKind::Task) continue;
        const float x = track_x0 + track_w * static_cast<float>(static_cast<double>(slice.begin_event) / static_cast<double>(count));
        if (x - last_x < 3) continue;
        last_x = x;
        list->AddLine(ImVec2(x, cy - track_h * 1.6f), ImVec2(x, cy + track_h * 1.6f), theme::Rgb(0x9aa0a6, 0x90));
      }
    }
    const float fx = track_x0 + track_w * static_cast<float>(static_cast<double>(cursor) / static_cast<double>(count));
    list->AddRectFilled(ImVec2(track_x0, cy - track_h * 0.5f), ImVec2(fx, cy + track_h * 0.5f), theme::kAccentStrong, track_h);
    list->AddCircleFilled(ImVec2(fx, cy), track_h * (hovered || ImGui::IsItemActive() ? 1.9f : 1.5f), theme::kAccent, 20);
  }
  if (hovered) ImGui::SetTooltip("Drag to scrub through the run (ticks: where each task starts)");
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height));
}

void AppView::DrawPanels(const Rect& area) {
  LayoutMetrics metrics;
  metrics.splitter = std::max(4.0f, std::round(5 * m_fonts.size_px / kBaseFontPx));
  metrics.queue_height = std::floor(m_fonts.size_px * 1.8f + m_fonts.size_px * 2.0f + 12 * m_fonts.size_px / kBaseFontPx);
  metrics.page = m_page_shown;
  m_layout_rects = ComputeLayout(m_layout, area, metrics);
  PanelContext ctx = MakeContext();
  PanelRequests requests;

  auto begin_panel = [&](PanelId id) {
    const Rect& r = m_layout_rects[id];
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild(PanelTitle(id), ImVec2(r.w, r.h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
  };
  begin_panel(PanelId::Source);
  m_source.Draw(ctx);
  ImGui::EndChild();
  begin_panel(PanelId::Console);
  m_console.Draw(ctx);
  ImGui::EndChild();
  if (m_page_shown) {
    begin_panel(PanelId::Page);
    m_page.Draw(ctx, requests);
    ImGui::EndChild();
  }
  begin_panel(PanelId::CallStack);
  m_call_stack.Draw(ctx);
  ImGui::EndChild();
  begin_panel(PanelId::WebApis);
  DrawWebApisPanel(ctx);
  ImGui::EndChild();
  begin_panel(PanelId::EventLoop);
  m_event_loop.Draw(ctx);
  ImGui::EndChild();
  begin_panel(PanelId::TaskQueue);
  DrawTaskQueuePanel(ctx, m_task_strip);
  ImGui::EndChild();
  begin_panel(PanelId::MicrotaskQueue);
  if (m_trace && IsNodeRun(m_state)) {
    DrawNodeMicrotaskQueuesPanel(ctx, m_next_tick_strip, m_microtask_strip);
  } else {
    DrawMicrotaskQueuePanel(ctx, m_microtask_strip);
  }
  ImGui::EndChild();
  begin_panel(PanelId::Timeline);
  if (m_renderer) {
    m_timeline_panel.Draw(ctx, m_timeline, *m_renderer, m_state.time_ns, m_playback.Playing(), requests);
  }
  ImGui::EndChild();

  // Splitters: drag to resize; the new fractions are remembered.
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (int i = 0; i < kSplitterCount; ++i) {
    const Rect& r = m_layout_rects.splitters[i];
    if (r.w <= 0 || r.h <= 0) continue;  // its panel is not shown
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(i);
    ImGui::InvisibleButton("##splitter", ImVec2(std::max(1.0f, r.w), std::max(1.0f, r.h)));
    ImGui::PopID();
    const bool vertical = r.h > r.w;
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
      ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
      list->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.Right(), r.Bottom()), theme::kSplitterHover);
    }
    if (ImGui::IsItemActive()) {
      const ImVec2 mouse = ImGui::GetIO().MousePos;
      DragSplitter(m_layout, m_layout_rects, static_cast<SplitterId>(i), mouse.x, mouse.y);
    }
    if (ImGui::IsItemDeactivated()) SaveLayout();
  }
  if (requests.seek_to) {
    Seek(*requests.seek_to);
    m_playback.Pause();
  }
  if (requests.click_node && m_session && !m_session->Finished()) {
    m_session->RequestClick(*requests.click_node);
    // The click's tasks will be recorded after everything so far: play them from there.
    if (m_model) Seek(m_model->EventCount());
    m_playback.Play();
  }
}

void AppView::DrawToast() {
  if (m_toast.empty() || m_now > m_toast_until) return;
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const ImVec2 size = ImGui::CalcTextSize(m_toast.c_str());
  const float pad = m_fonts.size_px * 0.7f;
  const ImVec2 min((display.x - size.x) * 0.5f - pad, display.y * 0.12f);
  const ImVec2 max(min.x + size.x + 2 * pad, min.y + size.y + 2 * pad);
  const float alpha = static_cast<float>(std::clamp((m_toast_until - m_now) / 0.4, 0.0, 1.0));
  const auto a = static_cast<uint32_t>(alpha * 235);
  list->AddRectFilled(min, max, (theme::Rgb(0x303134) & 0x00FFFFFF) | (a << 24), pad * 0.6f);
  list->AddRect(min, max, (theme::kAccent & 0x00FFFFFF) | (a << 24), pad * 0.6f);
  list->AddText(ImVec2(min.x + pad, min.y + pad), (theme::kText & 0x00FFFFFF) | (a << 24), m_toast.c_str());
}

void AppView::Frame(double dt) {
  if (m_renderer) m_renderer->NewFrame();
  Update(dt);
  HandleShortcuts();
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("Loopscope", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  DrawMenuBar();
  const float em = m_fonts.size_px;
  DrawToolbar(std::floor(em * 2.4f));
  DrawScrubber(std::floor(em * 1.7f));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float margin = std::max(4.0f, std::round(5 * em / kBaseFontPx));
  DrawPanels(Rect{margin, top.y + margin, io.DisplaySize.x - 2 * margin, io.DisplaySize.y - top.y - 2 * margin});
  ImGui::End();

  if (m_open_path_popup) {
    ImGui::OpenPopup("Open file");
    m_open_path_popup = false;
    if (m_open_path_text.empty() && m_script_path) m_open_path_text = m_script_path->string();
  }
  ImGui::SetNextWindowSize(ImVec2(em * 36, 0));
  if (ImGui::BeginPopupModal("Open file", nullptr, ImGuiWindowFlags_NoResize)) {
    ImGui::TextUnformatted("Path of a JavaScript file (or drop one on the window):");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##path", &m_open_path_text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::Button("Open") || enter) {
      if (OpenFile(m_open_path_text)) ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  DrawToast();
}

}  // namespace loopscope::ui
