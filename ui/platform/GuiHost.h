// GuiHost.h — the window, the OpenGL context and the ImGui backends around an AppView.
//
// Two modes:
//   Windowed   a visible, resizable GLFW window with vsync (the desktop app): input through the
//              ImGui GLFW backend, files dropped on the window opened, F12 screenshots;
//   Offscreen  a hidden 1×1 window that only provides the context; frames render into a
//              framebuffer object of the requested size (the `shot` command, the smoke test).
// OpenGL 3.3 core, loaded with the glad loader generated at build time.
// Threads: the main thread (GLFW requires it), one GuiHost at a time.
#pragma once

#include <string>

struct GLFWwindow;

namespace loopscope::ui {

class AppView;

// Input for an offscreen frame (tests): where the pointer is, what is held, one wheel step, one
// key pressed this frame (a GLFW key code, e.g. GLFW_KEY_RIGHT) with modifiers.
struct SyntheticInput {
  float mouse_x = -1e9f;
  float mouse_y = -1e9f;
  bool mouse_down = false;
  float wheel = 0;
  int key = -1;
  bool ctrl = false;
  bool shift = false;
  unsigned text = 0;  // a character typed this frame (0: none)
};

// Where the last offscreen frame's time went, in milliseconds.
struct FrameTimings {
  double build_ms = 0;   // AppView::Frame and ImGui::Render: the CPU side of the UI
  double raster_ms = 0;  // OpenGL drawing until glFinish (software under llvmpipe)
};

enum class HostMode : uint8_t { Windowed, Offscreen };

class GuiHost {
 public:
  GuiHost() = default;
  ~GuiHost();
  GuiHost(const GuiHost&) = delete;
  GuiHost& operator=(const GuiHost&) = delete;

  // Creates the window, the context and ImGui. width × height: the window (Windowed) or the
  // framebuffer (Offscreen). Returns false with `error` set when there is no display or no GL 3.3.
  bool Create(HostMode mode, int width, int height, const std::string& title, std::string* error);
  float ContentScale() const { return m_content_scale; }
  GLFWwindow* Window() const { return m_window; }

  // The desktop loop: runs until the window closes or the view asks to quit.
  int RunWindowed(AppView& view);
  // Renders one frame of `view` offscreen (dt in seconds). Offscreen mode only.
  void RenderOffscreenFrame(AppView& view, double dt, const SyntheticInput& input = {});
  const FrameTimings& LastTimings() const { return m_timings; }
  // Writes the last rendered frame as a PNG.
  bool SaveFrame(const std::string& path, std::string* error);

 private:
  void RebuildFontsIfNeeded(AppView& view);
  void Destroy();

  HostMode m_mode = HostMode::Windowed;
  GLFWwindow* m_window = nullptr;
  bool m_imgui_ready = false;
  bool m_glfw_backend = false;
  float m_content_scale = 1.0f;
  int m_width = 0;
  int m_height = 0;
  unsigned m_fbo = 0;
  unsigned m_color_rb = 0;
  FrameTimings m_timings;
};

}  // namespace loopscope::ui
