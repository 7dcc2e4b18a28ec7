// Puzzle: timers scheduled from microtasks and microtasks scheduled from timers.
setTimeout(function t1() {
  console.log('timer 1');
  Promise.resolve().then(function m() {
    console.log('microtask from timer 1');
    setTimeout(function t4() { console.log('timer 4 (from a microtask of timer 1)'); }, 0);
  });
  setTimeout(function t3() { console.log('timer 3 (from timer 1)'); }, 0);
}, 0);

Promise.resolve().then(function m1() {
  console.log('microtask 1');
  setTimeout(function t2() {
    console.log('timer 2 (from microtask 1)');
    queueMicrotask(function m2() { console.log('microtask from timer 2'); });
  }, 0);
});
console.log('sync');
