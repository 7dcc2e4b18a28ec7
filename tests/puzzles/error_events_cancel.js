// Canceling error events (onerror returning true, preventDefault), listener options (once,
// removeEventListener), an error inside an error listener, and the microtask checkpoint between
// the listeners of an error reported from a task.
let step = 0;
function first(e) {
  console.log('first listener', ++step, e.message);
  Promise.resolve().then(() => console.log('microtask between listeners', ++step));
}
function second(e) {
  console.log('second listener', ++step, e.defaultPrevented);
  e.preventDefault();
}
window.addEventListener('error', first);
window.addEventListener('error', second);
window.addEventListener('error', () => console.log('once listener', ++step), { once: true });
window.onerror = () => { console.log('onerror', ++step); return true; };
setTimeout(() => { throw new Error('first failure'); }, 0);
setTimeout(() => {
  window.removeEventListener('error', second);
  window.onerror = null;
  window.addEventListener('error', function inner() {
    window.removeEventListener('error', inner);
    throw new Error('thrown by a listener');
  });
  throw new Error('second failure');
}, 1);
setTimeout(() => console.log('done', ++step), 5);
window.addEventListener('unhandledrejection', (e) => { console.log('rejection', String(e.reason)); e.preventDefault(); });
Promise.reject(new Error('nobody catches this'));
