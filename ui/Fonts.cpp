#include "ui/Fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <cstdio>

namespace loopscope::ui {

std::optional<std::string> FindFontFile(const std::string& pattern_text) {
  if (!FcInit()) return std::nullopt;
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text.c_str()));
  if (!pattern) return std::nullopt;
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  std::optional<std::string> path;
  if (match) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) {
      path = reinterpret_cast<const char*>(file);
    }
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pattern);
  return path;
}

namespace {

// Latin, Greek, arrows, box drawing, the bullets and dashes Loopscope's labels use.
const ImWchar* GlyphRanges() {
  static const ImWchar kRanges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1
      0x0100, 0x017F,  // Latin Extended-A
      0x0370, 0x03FF,  // Greek (µ lives in Latin-1, but λ etc. are handy)
      0x2000, 0x206F,  // General punctuation: — … •
      0x2190, 0x21FF,  // Arrows
      0x2200, 0x22FF,  // Math operators
      0x2300, 0x23FF,  // Misc technical: ⏵ ⏸ ⏹
      0x2500, 0x257F,  // Box drawing
      0x25A0, 0x25FF,  // Geometric shapes: ▶ ■ ● ◀
      0x2600, 0x26FF,  // Misc symbols
      0xFFFD, 0xFFFD,  // the replacement character (ill-formed UTF-8 in a script, Utf8Text.h)
      0,
  };
  return kRanges;
}

ImFont* Load(const char* pattern, float size_px) {
  ImGuiIO& io = ImGui::GetIO();
  const auto path = FindFontFile(pattern);
  if (path) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    if (ImFont* font = io.Fonts->AddFontFromFileTTF(path->c_str(), size_px, &config, GlyphRanges())) return font;
  }
  std::fprintf(stderr, "loopscope: font '%s' not found; using ImGui's default font\n", pattern);
  ImFontConfig config;
  config.SizePixels = size_px;
  return io.Fonts->AddFontDefault(&config);
}

}  // namespace

Fonts LoadFonts(float size_px) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.size_px = size_px;
  fonts.ui = Load("DejaVu Sans", size_px);
  fonts.ui_bold = Load("DejaVu Sans:style=Bold", size_px);
  fonts.mono = Load("DejaVu Sans Mono", size_px);
  fonts.small = Load("DejaVu Sans", size_px * 0.85f);
  io.Fonts->Build();
  return fonts;
}

}  // namespace loopscope::ui
