// LayoutSettings.h — the sizes of the split layout and the presentation zoom, remembered between
// sessions in $XDG_CONFIG_HOME/loopscope/layout.ini (or ~/.config/loopscope/layout.ini).
//
// Every size is a fraction of the space it splits, so the layout adapts to any window size and the
// same file works at 1280×720 and 1920×1080. Pure apart from Load/Save (file I/O).
//
//   ┌──────────────────── toolbar ─────────────────────┐
//   │ Source        │ Call Stack │ Web APIs │ Loop     │  ← top_band
//   │               ├──────────── Task Queue ──────────┤
//   │ (source_      ├────────── Microtask Queue ───────┤
//   │  height)      ├──────────── Timeline ────────────┤
//   ├── Page ───────┤                                  │  ← page_height (a run with a document)
//   ├── Console ────┤                                  │
//   └─ left_width ──┴──────────────────────────────────┘
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace loopscope::ui {

struct LayoutSettings {
  float left_width = 0.36f;     // Source/Console column, of the window width
  float source_height = 0.66f;  // Source, of the left column's height (the rest is Page and Console)
  float page_height = 0.55f;    // Page, of the space below Source when a run has a document
  float top_band = 0.40f;       // Call Stack / Web APIs / Loop band, of the right column's height
  float stack_width = 0.30f;    // Call Stack, of the band's width
  float webapi_width = 0.34f;   // Web APIs, of the band's width (the rest is the Loop diagram)
  float zoom = 1.0f;            // presentation zoom (Ctrl+= / Ctrl+-)

  // Keeps every fraction inside a range where every panel stays visible.
  void Clamp();
  std::string Serialize() const;
  static LayoutSettings Parse(std::string_view text);  // unknown keys ignored, bad values → defaults

  bool operator==(const LayoutSettings&) const = default;
};

// $XDG_CONFIG_HOME/loopscope/layout.ini, or ~/.config/loopscope/layout.ini; empty if neither
// variable is set.
std::optional<std::filesystem::path> LayoutSettingsPath();
LayoutSettings LoadLayoutSettings();
bool SaveLayoutSettings(const LayoutSettings& settings);

}  // namespace loopscope::ui
