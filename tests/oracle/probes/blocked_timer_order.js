// Probe: a timer due at 10 ms, then a 100 ms synchronous loop, then a timer with delay 0. When the
// loop ends both are due — which runs first?
const t0 = performance.now();
setTimeout(function due10() { console.log('delay 10 (set first)', (performance.now() - t0).toFixed(1)); }, 10);
const d0 = Date.now();
let x = 0;
for (let i = 0; i < 3e8; i++) x += i & 1;
console.log('loop took (Date.now)', Date.now() - d0 >= 0 ? 'measured' : '', 'x', x);
setTimeout(function due0() { console.log('delay 0 (set after the loop)', (performance.now() - t0).toFixed(1)); }, 0);
setTimeout(function due5() { console.log('delay 5 (set after the loop)', (performance.now() - t0).toFixed(1)); }, 5);
