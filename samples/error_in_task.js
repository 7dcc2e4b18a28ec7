// Title: An error inside a task
// Watch: the first timer throws; the error is reported (on stderr), its microtask still runs, and the next task runs as if nothing happened.
setTimeout(function first() {
  console.log('first timer starts');
  Promise.resolve().then(function queuedBeforeThrow() {
    console.log('microtask queued before the throw still runs');
  });
  throw new Error('oops');
  // Nothing below the throw runs.
}, 0);

setTimeout(function second() {
  console.log('second timer still runs');
}, 0);

console.log('script end');
