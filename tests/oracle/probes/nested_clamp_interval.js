// Probe: setInterval(f, 0) / setInterval(f, 1) — the interval's repeats count as nesting too.
const t0 = performance.now();
let n = 0;
const id = setInterval(function tick() {
  n += 1;
  console.log('tick', n, (performance.now() - t0).toFixed(3));
  if (n === 8) clearInterval(id);
}, 1);
