// Probe: setInterval(f, 100) — when do the ticks fire, and does a slow tick shift the next ones?
const t0 = performance.now();
let n = 0;
const id = setInterval(function tick() {
  n += 1;
  console.log('tick', n, (performance.now() - t0).toFixed(3));
  if (n === 2) { let x = 0; for (let i = 0; i < 1e8; i++) x += i & 1; }
  if (n === 5) clearInterval(id);
}, 100);
setTimeout(function t250() { console.log('timeout 250', (performance.now() - t0).toFixed(3)); }, 250);
