// Probe: the same busy wait on performance.now().
const p0 = performance.now();
let spins = 0;
while (performance.now() - p0 < 50) spins++;
console.log('terminated', (performance.now() - p0) >= 50);
