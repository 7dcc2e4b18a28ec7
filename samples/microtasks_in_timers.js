// Title: Microtasks inside timers
// Watch: each timer is its own task; the microtask it queues runs as soon as that timer returns, before the next timer.
setTimeout(function timerA() {
  console.log('timer A');
  Promise.resolve().then(function afterA() {
    console.log('microtask from A');
  });
}, 0);

setTimeout(function timerB() {
  console.log('timer B');
  Promise.resolve().then(function afterB() {
    console.log('microtask from B');
  });
}, 0);

console.log('both timers are set');
