#version 330 core
// timeline_bars.vert.glsl — one instanced quad per flame-chart slice (ui/timeline/TimelineRenderer).
// Per instance: the slice's rectangle in ImGui display coordinates, its colour and a style
// (0 solid, 1 folded "N slices" hatch, 2 highlighted). The unit quad corner comes per vertex.

layout(location = 0) in vec2 a_corner;  // (0,0) … (1,1)
layout(location = 1) in vec4 a_rect;    // x0, y0, x1, y1 (display units, y down)
layout(location = 2) in vec4 a_color;   // straight RGBA, 0..1
layout(location = 3) in float a_style;

uniform vec2 u_display_pos;
uniform vec2 u_display_size;
uniform float u_pixel_scale;           // framebuffer pixels per display unit

out vec2 v_local;                      // framebuffer pixels from the quad's top-left corner
out vec2 v_size;                       // quad size in framebuffer pixels
out vec4 v_color;
flat out int v_style;

void main() {
  vec2 p = mix(a_rect.xy, a_rect.zw, a_corner);
  v_size = (a_rect.zw - a_rect.xy) * u_pixel_scale;
  v_local = a_corner * v_size;
  v_color = a_color;
  v_style = int(a_style + 0.5);
  vec2 ndc = (p - u_display_pos) / u_display_size * 2.0 - 1.0;
  gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
