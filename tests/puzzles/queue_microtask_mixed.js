// Puzzle: queueMicrotask and promise reactions interleave in one FIFO queue.
queueMicrotask(function q1() {
  console.log('q1');
  Promise.resolve().then(function q1p() { console.log('q1 -> then'); });
  queueMicrotask(function q1q() { console.log('q1 -> queueMicrotask'); });
});
Promise.resolve().then(function p1() {
  console.log('p1');
  queueMicrotask(function p1q() { console.log('p1 -> queueMicrotask'); });
}).then(function p2() { console.log('p2'); });
queueMicrotask(function q2() { console.log('q2'); });
console.log('sync');
