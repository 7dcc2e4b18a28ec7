// Screenshot.h — reads the current framebuffer back and writes it as a PNG (stb_image_write).
// Threads: the GL thread, after the frame has been rendered and before buffers are swapped.
#pragma once

#include <string>

namespace loopscope::ui {

// Reads [0, width) × [0, height) of the bound read framebuffer (bottom-left origin, as GL has it)
// and writes it top-down as an RGB PNG. Returns false with `error` set on failure.
bool SaveFramebufferPng(const std::string& path, int width, int height, std::string* error = nullptr);

// "loopscope-2026-11-23-091530.png" in $XDG_PICTURES_DIR, ~/Pictures or the current directory.
std::string DefaultScreenshotPath();

}  // namespace loopscope::ui
