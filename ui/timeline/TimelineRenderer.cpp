#include "ui/timeline/TimelineRenderer.h"

#include <glad/gl.h>
#include <imgui.h>

#include <cstdio>
#include <string>

#include "loopscope_ui_shaders.h"

namespace loopscope::ui {
namespace {

unsigned Compile(GLenum type, std::string_view source, const char* name) {
  const unsigned shader = glCreateShader(type);
  const char* text = source.data();
  const GLint length = static_cast<GLint>(source.size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[2048];
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "loopscope: shader %s failed to compile:\n%s\n", name, log);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

TimelineRenderer::TimelineRenderer() = default;

TimelineRenderer::~TimelineRenderer() {
  if (m_program) glDeleteProgram(m_program);
  if (m_quad_vbo) glDeleteBuffers(1, &m_quad_vbo);
  if (m_instance_vbo) glDeleteBuffers(1, &m_instance_vbo);
  if (m_vao) glDeleteVertexArrays(1, &m_vao);
}

bool TimelineRenderer::Init() {
  const std::string_view vs_source = shaders::EmbeddedFile("timeline_bars.vert.glsl");
  const std::string_view fs_source = shaders::EmbeddedFile("timeline_bars.frag.glsl");
  const unsigned vs = Compile(GL_VERTEX_SHADER, vs_source, "timeline_bars.vert.glsl");
  const unsigned fs = Compile(GL_FRAGMENT_SHADER, fs_source, "timeline_bars.frag.glsl");
  if (!vs || !fs) return false;
  m_program = glCreateProgram();
  glAttachShader(m_program, vs);
  glAttachShader(m_program, fs);
  glLinkProgram(m_program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(m_program, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[2048];
    glGetProgramInfoLog(m_program, sizeof log, nullptr, log);
    std::fprintf(stderr, "loopscope: timeline shader program failed to link:\n%s\n", log);
    glDeleteProgram(m_program);
    m_program = 0;
    return false;
  }
  m_loc_display_pos = glGetUniformLocation(m_program, "u_display_pos");
  m_loc_display_size = glGetUniformLocation(m_program, "u_display_size");
  m_loc_pixel_scale = glGetUniformLocation(m_program, "u_pixel_scale");

  static const float kCorners[] = {0, 0, 1, 0, 0, 1, 1, 1};
  glGenVertexArrays(1, &m_vao);
  glBindVertexArray(m_vao);
  glGenBuffers(1, &m_quad_vbo);
  glBindBuffer(GL_ARRAY_BUFFER, m_quad_vbo);
  glBufferData(GL_ARRAY_BUFFER, sizeof kCorners, kCorners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glGenBuffers(1, &m_instance_vbo);
  glBindBuffer(GL_ARRAY_BUFFER, m_instance_vbo);
  const GLsizei stride = sizeof(BarInstance);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(BarInstance, x0)));
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(BarInstance, r)));
  glVertexAttribDivisor(2, 1);
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(BarInstance, style)));
  glVertexAttribDivisor(3, 1);
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  return true;
}

void TimelineRenderer::NewFrame() {
  m_used_batches = 0;
  m_current = nullptr;
  m_instances_last_frame = m_instances_this_frame;
  m_instances_this_frame = 0;
}

void TimelineRenderer::Begin() {
  if (m_used_batches == m_batches.size()) m_batches.push_back(std::make_unique<Batch>());
  m_current = m_batches[m_used_batches++].get();
  m_current->instances.clear();
  m_current->owner = this;
}

void TimelineRenderer::Add(float x0, float y0, float x1, float y1, uint32_t abgr, BarStyle style) {
  if (!m_current) return;
  constexpr float kInv = 1.0f / 255.0f;
  m_current->instances.push_back({x0, y0, x1, y1, static_cast<float>(abgr & 0xFF) * kInv,
                                  static_cast<float>((abgr >> 8) & 0xFF) * kInv,
                                  static_cast<float>((abgr >> 16) & 0xFF) * kInv,
                                  static_cast<float>((abgr >> 24) & 0xFF) * kInv, static_cast<float>(style)});
}

void TimelineRenderer::Submit(ImDrawList* draw_list) {
  if (!m_current) return;
  m_instances_this_frame += m_current->instances.size();
  if (m_program && !m_current->instances.empty()) {
    draw_list->AddCallback(
        [](const ImDrawList* list, const ImDrawCmd* cmd) { TimelineRenderer::DrawCallback(list, cmd); }, m_current);
    draw_list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  }
  m_current = nullptr;
}

void TimelineRenderer::DrawCallback(const ImDrawList*, const void* cmd_ptr) {
  const auto* cmd = static_cast<const ImDrawCmd*>(cmd_ptr);
  const auto* batch = static_cast<const Batch*>(cmd->UserCallbackData);
  batch->owner->Draw(*batch, cmd);
}

void TimelineRenderer::Draw(const Batch& batch, const void* cmd_ptr) {
  const auto* cmd = static_cast<const ImDrawCmd*>(cmd_ptr);
  const ImDrawData* draw_data = ImGui::GetDrawData();
  if (!draw_data) return;
  const ImVec2 scale = draw_data->FramebufferScale;
  const float fb_height = draw_data->DisplaySize.y * scale.y;
  // The callback runs outside ImGui's per-command scissor: apply the list's clip rectangle.
  const ImVec2 clip_min((cmd->ClipRect.x - draw_data->DisplayPos.x) * scale.x,
                        (cmd->ClipRect.y - draw_data->DisplayPos.y) * scale.y);
  const ImVec2 clip_max((cmd->ClipRect.z - draw_data->DisplayPos.x) * scale.x,
                        (cmd->ClipRect.w - draw_data->DisplayPos.y) * scale.y);
  if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) return;
  glEnable(GL_SCISSOR_TEST);
  glScissor(static_cast<GLint>(clip_min.x), static_cast<GLint>(fb_height - clip_max.y),
            static_cast<GLsizei>(clip_max.x - clip_min.x), static_cast<GLsizei>(clip_max.y - clip_min.y));
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glUseProgram(m_program);
  glUniform2f(m_loc_display_pos, draw_data->DisplayPos.x, draw_data->DisplayPos.y);
  glUniform2f(m_loc_display_size, draw_data->DisplaySize.x, draw_data->DisplaySize.y);
  glUniform1f(m_loc_pixel_scale, scale.x);
  glBindVertexArray(m_vao);
  glBindBuffer(GL_ARRAY_BUFFER, m_instance_vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(batch.instances.size() * sizeof(BarInstance)),
               batch.instances.data(), GL_STREAM_DRAW);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(batch.instances.size()));
  glBindVertexArray(0);
}

}  // namespace loopscope::ui
