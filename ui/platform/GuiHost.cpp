#include "ui/platform/GuiHost.h"

#include <glad/gl.h>
// glad first: GLFW must not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "ui/AppView.h"
#include "ui/Screenshot.h"

namespace loopscope::ui {
namespace {

constexpr const char* kGlslVersion = "#version 330 core";

void OnGlfwError(int code, const char* description) { std::fprintf(stderr, "loopscope: GLFW error %d: %s\n", code, description); }

// GLFW is initialised once per process and terminated at exit: re-initialising it per window
// reopens the X connection each time, which Xvfb does not always accept at once.
bool InitGlfwOnce() {
  static const bool ok = [] {
    glfwSetErrorCallback(OnGlfwError);
    if (!glfwInit()) return false;
    std::atexit(glfwTerminate);
    return true;
  }();
  return ok;
}

void OnDrop(GLFWwindow* window, int count, const char** paths) {
  auto* view = static_cast<AppView*>(glfwGetWindowUserPointer(window));
  if (view && count > 0) view->OpenFile(paths[0]);
}

}  // namespace

GuiHost::~GuiHost() { Destroy(); }

void GuiHost::Destroy() {
  if (m_imgui_ready) {
    ImGui_ImplOpenGL3_Shutdown();
    if (m_glfw_backend) ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    m_imgui_ready = false;
  }
  if (m_fbo) glDeleteFramebuffers(1, &m_fbo);
  if (m_color_rb) glDeleteRenderbuffers(1, &m_color_rb);
  m_fbo = m_color_rb = 0;
  if (m_window) {
    glfwDestroyWindow(m_window);
    m_window = nullptr;
  }
}

bool GuiHost::Create(HostMode mode, int width, int height, const std::string& title, std::string* error) {
  m_mode = mode;
  m_width = width;
  m_height = height;
  if (!InitGlfwOnce()) {
    if (error) *error = "cannot initialise GLFW (is there a display? under CI use xvfb-run -a)";
    return false;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  if (mode == HostMode::Offscreen) {
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    m_window = glfwCreateWindow(64, 64, title.c_str(), nullptr, nullptr);
  } else {
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // Never open larger than the screen's work area.
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
      int x = 0, y = 0, w = 0, h = 0;
      glfwGetMonitorWorkarea(monitor, &x, &y, &w, &h);
      if (w > 0 && h > 0) {
        width = std::min(width, static_cast<int>(w * 0.95));
        height = std::min(height, static_cast<int>(h * 0.92));
      }
    }
    m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  }
  if (!m_window) {
    if (error) *error = "cannot create an OpenGL 3.3 core window";
    return false;
  }
  glfwMakeContextCurrent(m_window);
  if (!gladLoadGL(glfwGetProcAddress)) {
    if (error) *error = "cannot load OpenGL 3.3 functions";
    Destroy();
    return false;
  }
  if (mode == HostMode::Windowed) {
    glfwSwapInterval(1);
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(m_window, &sx, &sy);
    m_content_scale = std::max(sx, sy);
  } else {
    glGenFramebuffers(1, &m_fbo);
    glGenRenderbuffers(1, &m_color_rb);
    glBindRenderbuffer(GL_RENDERBUFFER, m_color_rb);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color_rb);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
      if (error) *error = "cannot create an offscreen framebuffer of that size";
      Destroy();
      return false;
    }
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // Loopscope remembers its own layout (LayoutSettings)
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  if (mode == HostMode::Windowed) {
    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    m_glfw_backend = true;
  }
  ImGui_ImplOpenGL3_Init(kGlslVersion);
  m_imgui_ready = true;
  return true;
}

void GuiHost::RebuildFontsIfNeeded(AppView& view) {
  if (!view.FontsDirty()) return;
  view.RebuildFonts();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

int GuiHost::RunWindowed(AppView& view) {
  glfwSetWindowUserPointer(m_window, &view);
  glfwSetDropCallback(m_window, OnDrop);
  std::string title;
  while (!glfwWindowShouldClose(m_window) && !view.WantsQuit()) {
    glfwPollEvents();
    RebuildFontsIfNeeded(view);
    if (view.WindowTitle() != title) {
      title = view.WindowTitle();
      glfwSetWindowTitle(m_window, title.c_str());
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    view.Frame(ImGui::GetIO().DeltaTime);
    ImGui::Render();
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(m_window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.125f, 0.129f, 0.141f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (view.TakeScreenshotRequest()) {
      const std::string path = DefaultScreenshotPath();
      std::string error;
      glReadBuffer(GL_BACK);
      view.ScreenshotSaved(path, SaveFramebufferPng(path, fb_w, fb_h, &error));
    }
    glfwSwapBuffers(m_window);
  }
  view.SaveLayout();
  glfwSetWindowUserPointer(m_window, nullptr);
  return 0;
}

void GuiHost::RenderOffscreenFrame(AppView& view, double dt, const SyntheticInput& input) {
  RebuildFontsIfNeeded(view);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(m_width), static_cast<float>(m_height));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = static_cast<float>(std::max(dt, 1e-4));
  // No pointer unless a test places one: no hover effects in a shot.
  io.MousePos = input.mouse_x > -1e8f ? ImVec2(input.mouse_x, input.mouse_y) : ImVec2(-FLT_MAX, -FLT_MAX);
  io.MouseDown[0] = input.mouse_down;
  io.MouseWheel = input.wheel;
  for (bool& down : io.KeysDown) down = false;
  if (input.key >= 0 && input.key < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) io.KeysDown[input.key] = true;
  if (input.text) io.AddInputCharacter(input.text);
  io.KeyCtrl = input.ctrl;
  io.KeyShift = input.shift;
  const auto start = std::chrono::steady_clock::now();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  view.Frame(dt);
  ImGui::Render();
  const auto built = std::chrono::steady_clock::now();
  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
  glViewport(0, 0, m_width, m_height);
  glClearColor(0.125f, 0.129f, 0.141f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  glFinish();
  const auto done = std::chrono::steady_clock::now();
  m_timings.build_ms = std::chrono::duration<double, std::milli>(built - start).count();
  m_timings.raster_ms = std::chrono::duration<double, std::milli>(done - built).count();
}

bool GuiHost::SaveFrame(const std::string& path, std::string* error) {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo);
  if (m_mode == HostMode::Windowed) glReadBuffer(GL_BACK); else glReadBuffer(GL_COLOR_ATTACHMENT0);
  int w = m_width, h = m_height;
  if (m_mode == HostMode::Windowed) glfwGetFramebufferSize(m_window, &w, &h);
  return SaveFramebufferPng(path, w, h, error);
}

}  // namespace loopscope::ui
