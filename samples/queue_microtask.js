// Title: queueMicrotask
// Watch: queueMicrotask and promise reactions share one FIFO microtask queue; a microtask queued from a microtask still runs before the timer.
console.log('start');

setTimeout(function timeout() {
  console.log('timeout');
}, 0);

queueMicrotask(function first() {
  console.log('microtask 1');
});

Promise.resolve().then(function promiseReaction() {
  console.log('promise reaction');
});

queueMicrotask(function second() {
  console.log('microtask 2');
  queueMicrotask(function nested() {
    console.log('nested microtask');
  });
});

console.log('end');
