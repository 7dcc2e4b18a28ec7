// Title: Node: microtasks between timer callbacks
// Watch: two timers fall due in the same timers phase, yet Node runs the nextTick queue and the promise jobs after each callback, before the next timer (since Node 11).
// Model: node
setTimeout(function timerA() {
  console.log('timer A');
  process.nextTick(function tickAfterA() {
    console.log('nextTick after A');
  });
  Promise.resolve().then(function promiseAfterA() {
    console.log('promise after A');
  });
}, 5);

setTimeout(function timerB() {
  console.log('timer B');
  Promise.resolve().then(function promiseAfterB() {
    console.log('promise after B');
  });
}, 5);
