// Title: A microtask chain before a timer
// Watch: a microtask that queues another microtask keeps the queue non-empty, so the 0 ms timer waits until the whole chain is done.
setTimeout(function timer() {
  console.log('timer finally runs');
}, 0);

let count = 0;
function step() {
  count += 1;
  console.log('microtask', count);
  if (count < 5) {
    Promise.resolve().then(step);
  }
}

Promise.resolve().then(step);
console.log('script end');
