// Uncaught exceptions in the script, a microtask, a timer and reportError fire the window's
// error event (and onerror) where they are reported; the unhandled rejection fires after the tasks
// already queued, and a late catch fires rejectionhandled.
window.addEventListener('error', (e) => {
  console.log('error event', e.constructor.name, e.type, JSON.stringify(e.message), e.lineno, e.colno, e.error && e.error.message, e.cancelable, typeof e.filename);
});
window.onerror = function (message, source, lineno, colno, error) { console.log('onerror', message, lineno, colno, error.message); };
window.addEventListener('unhandledrejection', (e) => {
  console.log('unhandledrejection', e.constructor.name, e.reason, e.promise instanceof Promise, e.cancelable);
});
window.addEventListener('rejectionhandled', (e) => console.log('rejectionhandled', e.reason));
setTimeout(() => { console.log('timer 1'); throw new Error('from a timer'); }, 0);
setTimeout(() => console.log('timer 2'), 0);
const p = Promise.reject('rejected value');
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 10);
queueMicrotask(() => { throw new TypeError('from a microtask'); });
reportError(new RangeError('reported'));
console.log('sync end');
