// Probe: the same busy loop as busy_loop_clock.js, but inside a timer (after the page loaded).
// Written when the oracle still ran the script during parsing (real clock until shortly after
// load); now that the oracle waits for virtual time, every phase here sees a frozen clock.
function measure(where) {
  const d0 = Date.now();
  const p0 = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x += i % 3;
  console.log(where, 'Date.now delta', Date.now() - d0, 'performance.now delta', (performance.now() - p0).toFixed(3), x > 0);
}
measure('top level:');
setTimeout(function () { measure('timer at 0:'); }, 0);
setTimeout(function () { measure('timer at 100:'); }, 100);
Promise.resolve().then(function () { measure('microtask:'); });
window.addEventListener('load', function () { measure('load event:'); });
