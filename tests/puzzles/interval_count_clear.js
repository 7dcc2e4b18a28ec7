// Puzzle: an interval counts while one-shot timers interleave; clearing it from a timeout stops it.
let n = 0;
const id = setInterval(function tick() {
  n += 1;
  console.log('tick', n);
  Promise.resolve().then(function () { console.log('microtask after tick', n); });
}, 100);
setTimeout(function at250() { console.log('timeout 250, n =', n); }, 250);
setTimeout(function at450() {
  console.log('timeout 450 clears the interval, n =', n);
  clearInterval(id);
}, 450);
setTimeout(function at700() { console.log('timeout 700, n =', n); }, 700);
