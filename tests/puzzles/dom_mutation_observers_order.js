// Several observers: one microtask delivers to all of them, in the order they were created; a
// promise queued by the first observer's callback runs after every observer was called.
const el = document.createElement('div');
document.body.appendChild(el);
const late = new MutationObserver(() => {
  console.log('observer created first, observing second');
});
const early = new MutationObserver(() => {
  console.log('observer created second, observing first');
  Promise.resolve().then(() => console.log('promise from an observer'));
});
early.observe(el, { attributes: true });
late.observe(el, { attributes: true });
el.title = 'x';
queueMicrotask(() => console.log('queueMicrotask after the mutation'));
