// Probe: timers with equal delays run in the order they were set; also across scheduling sites.
for (const name of ['a', 'b', 'c', 'd']) setTimeout(function () { console.log('10ms', name); }, 10);
setTimeout(function () {
  console.log('5ms fires, sets a 5ms timer (due at 10)');
  setTimeout(function () { console.log('set at 5 for +5'); }, 5);
}, 5);
setTimeout(function () { console.log('10ms e (set last)'); }, 10);
