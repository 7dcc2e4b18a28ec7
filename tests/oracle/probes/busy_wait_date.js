// Probe: does `while (Date.now() - s < 50) {}` terminate, and how many iterations does it take?
// Under the oracle's virtual clock this never ends (the run times out after 60 s); run it with
// LOOPSCOPE_ORACLE_CLOCK=real LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS=2000 to see the real clock end it.
const s = Date.now();
const p0 = performance.now();
let spins = 0;
while (Date.now() - s < 50) spins++;
console.log('terminated; waited at least 50 ms', Date.now() - s >= 50);
console.log('performance.now delta', (performance.now() - p0).toFixed(3));
setTimeout(function after() { console.log('timer after busy wait'); }, 0);
