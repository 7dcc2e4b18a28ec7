#version 330 core
// timeline_bars.frag.glsl — fills a flame-chart slice: a soft top-to-bottom sheen, a 1 px darker
// edge so adjacent slices stay distinct, diagonal hatching for folded runs of tiny slices, and a
// bright outline for the highlighted (hovered / under the cursor) slice.

in vec2 v_local;
in vec2 v_size;
in vec4 v_color;
flat in int v_style;

out vec4 o_color;

const float kEdgePx = 1.0;
const float kHighlightEdgePx = 2.0;
const float kHatchPeriodPx = 6.0;
const float kSheen = 0.10;

void main() {
  vec3 rgb = v_color.rgb * (1.0 + kSheen * (0.5 - v_local.y / max(v_size.y, 1.0)));
  float edge = min(min(v_local.x, v_size.x - v_local.x), min(v_local.y, v_size.y - v_local.y));
  if (v_style == 1) {
    float stripe = mod(gl_FragCoord.x + gl_FragCoord.y, kHatchPeriodPx);
    rgb *= stripe < kHatchPeriodPx * 0.5 ? 1.0 : 0.72;
  }
  if (v_style == 2 && edge < kHighlightEdgePx) {
    o_color = vec4(1.0, 1.0, 1.0, 1.0);
    return;
  }
  // Slices a pixel or two wide are all edge: keep them full colour so they do not vanish.
  if (edge < kEdgePx && v_size.x > 3.0 * kEdgePx) rgb *= 0.62;
  o_color = vec4(rgb, v_color.a);
}
