// Probe: the timer probes again, started from a 200 ms timer, i.e. after the switch to virtual time.
setTimeout(function start() {
  const t0 = performance.now();
  function at(label) { return function () { console.log(label, (performance.now() - t0).toFixed(1)); }; }
  setTimeout(at('1ms (set first)'), 1);
  setTimeout(at('0ms (set second)'), 0);
  setTimeout(at('string "10"'), '10');
  setTimeout(at('-5'), -5);
  setTimeout(at('NaN'), NaN);
  setTimeout(at('2.9'), 2.9);
  setTimeout(at('1.5'), 1.5);
  setTimeout(at('10 (set last)'), 10);
  Promise.resolve().then(at('microtask'));
}, 200);
