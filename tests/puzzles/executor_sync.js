// Puzzle: the Promise executor runs synchronously; only the first resolve/reject counts, and a
// throw after resolve is swallowed.
const p = new Promise(function executor(resolve, reject) {
  console.log('executor runs');
  resolve('first');
  console.log('after resolve, still in the executor');
  resolve('second');
  reject(new Error('ignored'));
  throw new Error('swallowed');
});
console.log('after new Promise');
p.then(function (v) { console.log('then got', v); });
p.then(function (v) { console.log('second then got', v); });
console.log('sync end');
