queueMicrotask(() => console.log('queueMicrotask 1'));
Promise.resolve().then(() => console.log('then 1'));
process.nextTick(() => {
  console.log('nextTick');
  queueMicrotask(() => console.log('queueMicrotask from nextTick'));
});
queueMicrotask(() => {
  console.log('queueMicrotask 2');
  process.nextTick(() => console.log('nextTick from queueMicrotask'));
});
console.log('sync');
