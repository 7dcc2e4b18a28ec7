// The mutation observer microtask is one microtask: queued once per batch, it runs among the
// other microtasks in queue order; a mutation made inside a microtask queues a new delivery.
const el = document.createElement('div');
new MutationObserver((records) => console.log('observer:', records.map((r) => r.attributeName).join(' '))).observe(el, { attributes: true });
Promise.resolve().then(() => {
  console.log('microtask 1 sets b');
  el.setAttribute('b', '');
}).then(() => console.log('microtask 3'));
el.setAttribute('a', '');
queueMicrotask(() => {
  console.log('microtask 2 sets c');
  el.setAttribute('c', '');
  Promise.resolve().then(() => console.log('microtask from 2'));
});
console.log('sync end');
