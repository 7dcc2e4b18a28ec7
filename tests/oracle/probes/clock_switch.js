// Probe: when does the clock switch from running with real time to virtual (frozen while
// JavaScript runs, jumping to the next timer when idle)? A chain of 1 ms timers; each one samples
// whether the clock moves during a capped spin.
// Written when the oracle still ran the script during parsing (real clock until shortly after
// load); now that the oracle waits for virtual time, every phase here sees a frozen clock.
function frozen() {
  const s = performance.now();
  for (let i = 0; i < 2e6; i++) if (performance.now() - s > 0.5) return false;
  return true;
}
const t0 = performance.now();
let loaded = false;
window.addEventListener('load', function () { loaded = true; console.log('load event at', (performance.now() - t0).toFixed(1)); });
console.log('top level frozen?', frozen());
let n = 0;
function tick() {
  n += 1;
  console.log('tick', n, 'at', (performance.now() - t0).toFixed(1), 'loaded', loaded, 'frozen?', frozen());
  if (n < 25) setTimeout(tick, 1);
}
setTimeout(tick, 1);
