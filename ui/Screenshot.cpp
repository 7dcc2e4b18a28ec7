#include "ui/Screenshot.h"

#include <glad/gl.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#include <stb_image_write.h>

namespace loopscope::ui {

bool SaveFramebufferPng(const std::string& path, int width, int height, std::string* error) {
  if (width <= 0 || height <= 0) {
    if (error) *error = "empty framebuffer";
    return false;
  }
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // GL rows go bottom-up; PNG rows top-down.
  stbi_flip_vertically_on_write(1);
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3)) {
    if (error) *error = "cannot write " + path;
    return false;
  }
  return true;
}

std::string DefaultScreenshotPath() {
  std::filesystem::path dir = ".";
  if (const char* pictures = std::getenv("XDG_PICTURES_DIR"); pictures && *pictures) {
    dir = pictures;
  } else if (const char* home = std::getenv("HOME"); home && *home && std::filesystem::is_directory(std::filesystem::path(home) / "Pictures")) {
    dir = std::filesystem::path(home) / "Pictures";
  }
  char name[64];
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::strftime(name, sizeof name, "loopscope-%Y-%m-%d-%H%M%S.png", &local);
  return (dir / name).string();
}

}  // namespace loopscope::ui
