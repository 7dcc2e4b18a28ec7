// Probe: in which phases of the page's life does the clock run while JavaScript runs? Each phase
// busy-waits on Date.now() for 30 ms with a spin cap, and reports whether the clock or the cap
// ended the wait, plus performance.now() at entry.
// Written when the oracle still ran the script during parsing (real clock until shortly after
// load); now that the oracle waits for virtual time, every phase here sees a frozen clock.
function spin(where) {
  const p = performance.now();
  const s = Date.now();
  let spins = 0;
  while (Date.now() - s < 30 && spins < 2e8) spins++;
  console.log(where, 'at', p.toFixed(1), spins < 2e8 ? 'clock ran' : 'clock frozen', (performance.now() - p).toFixed(1));
}
spin('top level');
Promise.resolve().then(function () { spin('microtask of top level'); });
setTimeout(function () { spin('timer 0 set at top level'); }, 0);
setTimeout(function () { spin('timer 5 set at top level'); }, 5);
setTimeout(function () { spin('timer 200 set at top level'); }, 200);
document.addEventListener('DOMContentLoaded', function () {
  spin('DOMContentLoaded');
  setTimeout(function () { spin('timer 0 set in DOMContentLoaded'); }, 0);
});
window.addEventListener('load', function () {
  spin('load');
  setTimeout(function () { spin('timer 0 set in load'); }, 0);
  setTimeout(function () { spin('timer 50 set in load'); }, 50);
});
