// Title: Timers run by delay, not by the order they were set
// Watch: all four timers wait in the Web APIs; each one's task is queued when its delay has passed, shortest first.
setTimeout(function slow() {
  console.log('300 ms');
}, 300);

setTimeout(function fast() {
  console.log('100 ms');
}, 100);

setTimeout(function zero() {
  console.log('0 ms');
}, 0);

setTimeout(function medium() {
  console.log('200 ms');
}, 200);

console.log('all four timers are set');
