// Probe: the clock values at the start (are they deterministic between runs?).
console.log('performance.now at start', performance.now());
console.log('Date.now mod 1000', Date.now() % 1000);
setTimeout(function () { console.log('performance.now in 0ms timer', performance.now()); }, 0);
setTimeout(function () { console.log('performance.now in 100ms timer', performance.now()); }, 100);
