// Probe: timer_throws.js after the switch to virtual time.
setTimeout(function () {
  setTimeout(function thrower() {
    Promise.resolve().then(function () { console.log('microtask queued before the throw'); });
    console.log('timer 1 throws');
    throw new Error('boom');
  }, 0);
  setTimeout(function next() { console.log('timer 2 still runs'); }, 0);
  Promise.reject(new Error('unhandled in phase 2'));
  setTimeout(function last() { console.log('timer 3 after the rejection'); }, 0);
}, 200);
