#include "ui/LayoutSettings.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace loopscope::ui {

void LayoutSettings::Clamp() {
  left_width = std::clamp(left_width, 0.18f, 0.70f);
  source_height = std::clamp(source_height, 0.20f, 0.90f);
  page_height = std::clamp(page_height, 0.15f, 0.85f);
  top_band = std::clamp(top_band, 0.15f, 0.70f);
  stack_width = std::clamp(stack_width, 0.12f, 0.60f);
  webapi_width = std::clamp(webapi_width, 0.12f, 0.60f);
  if (stack_width + webapi_width > 0.85f) webapi_width = 0.85f - stack_width;
  zoom = std::clamp(zoom, 0.6f, 3.0f);
}

std::string LayoutSettings::Serialize() const {
  std::ostringstream out;
  out << "# Loopscope layout (fractions of the space each splitter divides)\n"
      << "left_width=" << left_width << "\n"
      << "source_height=" << source_height << "\n"
      << "page_height=" << page_height << "\n"
      << "top_band=" << top_band << "\n"
      << "stack_width=" << stack_width << "\n"
      << "webapi_width=" << webapi_width << "\n"
      << "zoom=" << zoom << "\n";
  return out.str();
}

LayoutSettings LayoutSettings::Parse(std::string_view text) {
  LayoutSettings settings;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos) continue;
    const std::string key = line.substr(0, eq);
    char* end = nullptr;
    const std::string value_text = line.substr(eq + 1);
    const float value = std::strtof(value_text.c_str(), &end);
    if (end == value_text.c_str()) continue;
    if (key == "left_width") settings.left_width = value;
    else if (key == "source_height") settings.source_height = value;
    else if (key == "page_height") settings.page_height = value;
    else if (key == "top_band") settings.top_band = value;
    else if (key == "stack_width") settings.stack_width = value;
    else if (key == "webapi_width") settings.webapi_width = value;
    else if (key == "zoom") settings.zoom = value;
  }
  settings.Clamp();
  return settings;
}

std::optional<std::filesystem::path> LayoutSettingsPath() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "loopscope" / "layout.ini";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".config" / "loopscope" / "layout.ini";
  }
  return std::nullopt;
}

LayoutSettings LoadLayoutSettings() {
  const auto path = LayoutSettingsPath();
  if (!path) return {};
  std::ifstream in(*path);
  if (!in) return {};
  std::stringstream text;
  text << in.rdbuf();
  return LayoutSettings::Parse(text.str());
}

bool SaveLayoutSettings(const LayoutSettings& settings) {
  const auto path = LayoutSettingsPath();
  if (!path) return false;
  std::error_code error;
  std::filesystem::create_directories(path->parent_path(), error);
  std::ofstream out(*path, std::ios::trunc);
  if (!out) return false;
  out << settings.Serialize();
  return static_cast<bool>(out);
}

}  // namespace loopscope::ui
