// Probe: setTimeout(f, 1) scheduled before setTimeout(g, 0) — which runs first?
const t0 = performance.now();
setTimeout(function one() { console.log('1ms', (performance.now() - t0).toFixed(3)); }, 1);
setTimeout(function zero() { console.log('0ms', (performance.now() - t0).toFixed(3)); }, 0);
setTimeout(function two() { console.log('2ms', (performance.now() - t0).toFixed(3)); }, 2);
setTimeout(function zero2() { console.log('0ms again', (performance.now() - t0).toFixed(3)); }, 0);
setTimeout(function one2() { console.log('1ms again', (performance.now() - t0).toFixed(3)); }, 1);
