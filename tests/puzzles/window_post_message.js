// Puzzle: window.postMessage queues a task per call; handlers run between timers.
window.addEventListener('message', (event) => {
  console.log('message', event.data);
  if (event.data === 'first') window.postMessage('from handler', '*');
  Promise.resolve().then(() => console.log('then after', event.data));
});
setTimeout(() => console.log('timeout'), 0);
window.postMessage('first', '*');
window.postMessage('second', '*');
console.log('structuredClone keeps values:', structuredClone({ a: [1, 2] }).a[1]);
