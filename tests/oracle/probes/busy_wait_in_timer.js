// Probe: `while (Date.now() - s < 50) {}` inside a timer, guarded by a spin cap so it cannot hang.
function wait(where) {
  const s = Date.now();
  const p0 = performance.now();
  let spins = 0;
  while (Date.now() - s < 50 && spins < 3e8) spins++;
  console.log(where, spins < 3e8 ? 'ended by the clock' : 'ended by the spin cap', 'Date.now delta', Date.now() - s, 'performance.now delta', (performance.now() - p0).toFixed(1));
}
wait('top level:');
setTimeout(function () { wait('timer at 100:'); }, 100);
