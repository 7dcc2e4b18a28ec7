// Probe: nested setTimeout(0) — from which nesting level is the 4 ms clamp applied, and does
// performance.now() show it?
const t0 = performance.now();
let last = t0;
function step(level) {
  const now = performance.now();
  console.log('level', level, 'since start', (now - t0).toFixed(3), 'since previous', (now - last).toFixed(3));
  last = now;
  if (level < 10) setTimeout(step, 0, level + 1);
}
setTimeout(step, 0, 1);
