// Fonts.h — finds DejaVu Sans / DejaVu Sans Mono with fontconfig and loads them into ImGui at a
// pixel size (base size × HiDPI scale × presentation zoom).
//
// Threads: UI thread, between frames (the font atlas must not change during a frame).
#pragma once

#include <optional>
#include <string>

struct ImFont;

namespace loopscope::ui {

inline constexpr float kBaseFontPx = 15.0f;
inline constexpr float kMinZoom = 0.6f;
inline constexpr float kMaxZoom = 3.0f;
inline constexpr float kZoomStep = 1.15f;

struct Fonts {
  ImFont* ui = nullptr;      // DejaVu Sans
  ImFont* ui_bold = nullptr; // DejaVu Sans Bold (headers)
  ImFont* mono = nullptr;    // DejaVu Sans Mono (source, console, stack)
  ImFont* small = nullptr;   // DejaVu Sans, smaller (badges, ruler)
  float size_px = kBaseFontPx;
};

// The file fontconfig picks for `pattern` (e.g. "DejaVu Sans:style=Bold"), if any.
std::optional<std::string> FindFontFile(const std::string& pattern);

// Clears the ImGui font atlas and loads the fonts at `size_px`; falls back to ImGui's built-in
// font when a family is missing. The caller re-uploads the atlas texture.
Fonts LoadFonts(float size_px);

}  // namespace loopscope::ui
