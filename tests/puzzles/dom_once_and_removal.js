// `once` removes a listener before it runs; a listener removed during dispatch does not run; one
// added during dispatch to the same target waits for the next dispatch; duplicates are ignored.
const t = document.createElement('div');
const second = () => console.log('second');
const handler = { handleEvent(e) { console.log('handleEvent object', e.type, this === handler); } };
t.addEventListener('x', () => console.log('once'), { once: true });
t.addEventListener('x', () => {
  console.log('first: removes second, adds late');
  t.removeEventListener('x', second);
  t.addEventListener('x', () => console.log('late'));
});
t.addEventListener('x', second);
t.addEventListener('x', second);
t.addEventListener('x', handler);
t.addEventListener('x', handler);
console.log('-- dispatch 1');
t.dispatchEvent(new Event('x'));
console.log('-- dispatch 2');
t.addEventListener('x', second);
t.dispatchEvent(new Event('x'));
