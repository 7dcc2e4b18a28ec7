// Probe: an uncaught error in a timer callback — does the next timer still run, and do the
// microtasks queued before the throw still run?
setTimeout(function thrower() {
  Promise.resolve().then(function () { console.log('microtask queued before the throw'); });
  console.log('timer 1 throws');
  throw new Error('boom');
}, 0);
setTimeout(function next() { console.log('timer 2 still runs'); }, 0);
