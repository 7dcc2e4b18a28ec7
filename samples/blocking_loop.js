// Title: A blocking loop delays every timer
// Watch: the 0 ms timer is due at once, but its task cannot start until the long loop has finished and the stack is empty.
setTimeout(function timer() {
  console.log('0 ms timer set before the loop runs now');
}, 0);

Promise.resolve().then(function microtask() {
  console.log('even the microtask waits for the loop');
});

function busyWork(iterations) {
  let total = 0;
  for (let i = 0; i < iterations; i++) {
    total += i % 7;
  }
  return total;
}

console.log('starting a long loop');
const total = busyWork(30000000);
console.log('loop finished, total =', total);

setTimeout(function later() {
  console.log('0 ms timer set after the loop runs last');
}, 0);
