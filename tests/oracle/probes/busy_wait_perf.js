// Probe: the same busy wait on performance.now().
// Under the oracle's virtual clock this never ends (the run times out after 60 s); run it with
// LOOPSCOPE_ORACLE_CLOCK=real LOOPSCOPE_VIRTUAL_TIME_BUDGET_MS=2000 to see the real clock end it.
const p0 = performance.now();
let spins = 0;
while (performance.now() - p0 < 50) spins++;
console.log('terminated', (performance.now() - p0) >= 50);
