// dispatchEvent is synchronous wherever it is called from: its listeners run inside the microtask
// or timer that dispatches, and their microtasks join the current checkpoint.
const bus = document.createElement('div');
bus.addEventListener('note', (e) => {
  console.log('listener', e.detail);
  Promise.resolve().then(() => console.log('  microtask of', e.detail));
});
Promise.resolve().then(() => {
  bus.dispatchEvent(new CustomEvent('note', { detail: 'from microtask' }));
  console.log('after dispatch in microtask');
});
setTimeout(() => {
  bus.dispatchEvent(new CustomEvent('note', { detail: 'from timer' }));
  console.log('after dispatch in timer');
}, 0);
bus.dispatchEvent(new CustomEvent('note', { detail: 'from script' }));
console.log('script end');
