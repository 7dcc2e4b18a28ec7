// Probe: do Date.now() and performance.now() advance during a synchronous busy loop?
const d0 = Date.now();
const p0 = performance.now();
let x = 0;
for (let i = 0; i < 1e8; i++) x += i % 3;
const d1 = Date.now();
const p1 = performance.now();
console.log('Date.now delta', d1 - d0);
console.log('performance.now delta', (p1 - p0).toFixed(3));
console.log('loop result', x);
