// TimelineRenderer.h — draws flame-chart rectangles with the project's own shaders
// (shaders/timeline_bars.*.glsl): one instanced quad per rectangle, uploaded once per batch.
//
// Use inside an ImGui frame: Begin a batch for a draw list, Add rectangles (display coordinates,
// like ImDrawList), then Submit — which records an ImDrawList callback at the current point of the
// list. The GL draw happens when ImGui renders that list, under the list's clip rectangle, and
// ImGui's own render state is restored right after, so text drawn into the same list afterwards
// (the labels) lands on top of the bars.
//
// Threads: the UI (GL) thread. Needs a current OpenGL 3.3 core context loaded with glad.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

struct ImDrawList;

namespace loopscope::ui {

enum class BarStyle : uint8_t { Solid = 0, Folded = 1, Highlighted = 2 };

struct BarInstance {
  float x0, y0, x1, y1;  // display coordinates, y down
  float r, g, b, a;      // straight colour
  float style;           // BarStyle
};

class TimelineRenderer {
 public:
  TimelineRenderer();
  ~TimelineRenderer();
  TimelineRenderer(const TimelineRenderer&) = delete;
  TimelineRenderer& operator=(const TimelineRenderer&) = delete;

  // Compiles the shaders. Returns false (and the renderer draws nothing) if they do not compile.
  bool Init();
  // Start of every ImGui frame: forget last frame's batches.
  void NewFrame();

  void Begin();
  void Add(float x0, float y0, float x1, float y1, uint32_t abgr, BarStyle style = BarStyle::Solid);
  // Records the batch into `draw_list` (a callback and a render-state reset).
  void Submit(ImDrawList* draw_list);

  std::size_t InstancesLastFrame() const { return m_instances_last_frame; }

 private:
  struct Batch {
    std::vector<BarInstance> instances;
    TimelineRenderer* owner = nullptr;
  };
  static void DrawCallback(const ImDrawList* list, const void* cmd);
  void Draw(const Batch& batch, const void* cmd);

  unsigned m_program = 0;
  unsigned m_vao = 0;
  unsigned m_quad_vbo = 0;
  unsigned m_instance_vbo = 0;
  int m_loc_display_pos = -1;
  int m_loc_display_size = -1;
  int m_loc_pixel_scale = -1;
  std::vector<std::unique_ptr<Batch>> m_batches;  // stable addresses: the callbacks point at them
  std::size_t m_used_batches = 0;
  Batch* m_current = nullptr;
  std::size_t m_instances_this_frame = 0;
  std::size_t m_instances_last_frame = 0;
};

}  // namespace loopscope::ui
