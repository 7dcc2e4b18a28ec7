// Probe: blocked_timer_order.js run inside a timer after the page has loaded.
setTimeout(function outer() {
  const t0 = performance.now();
  setTimeout(function due10() { console.log('delay 10 (set first)', (performance.now() - t0).toFixed(1)); }, 10);
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i & 1;
  console.log('loop done', (performance.now() - t0).toFixed(1));
  setTimeout(function due0() { console.log('delay 0 (set after the loop)', (performance.now() - t0).toFixed(1)); }, 0);
  setTimeout(function due1() { console.log('delay 1 (set after the loop)', (performance.now() - t0).toFixed(1)); }, 1);
}, 100);
