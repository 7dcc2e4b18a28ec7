// Timers: FIFO among equal delays, ordering by delay, clearTimeout, nested timers, intervals.
// (Orderings here do not depend on how fast the machine is.)
const t1 = setTimeout(() => console.log('cleared!'), 40);
setTimeout(() => console.log('200ms'), 200);
setTimeout(() => console.log('40ms'), 40);
clearTimeout(t1);
setTimeout(function a() { console.log('A'); setTimeout(() => console.log('C (nested)'), 0) }, 0);
setTimeout(() => console.log('B'), 0);
let ticks = 0;
const iv = setInterval(function tick() {
  ticks++;
  console.log('interval', ticks);
  if (ticks === 2) clearInterval(iv);
}, 60);
setTimeout((a, b) => console.log('args', a, b), 0, 'x', 'y');
'timers scheduled';
