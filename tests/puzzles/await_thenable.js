// Puzzle: awaiting a thenable (not a native promise) costs extra ticks: a job calls its then.
const thenable = {
  then(resolve) {
    console.log('thenable.then runs');
    resolve(42);
  },
};
async function awaitsThenable() {
  console.log('before await thenable');
  const v = await thenable;
  console.log('after await thenable', v);
}
async function awaitsPromise() {
  const v = await Promise.resolve(7);
  console.log('after await promise', v);
}
awaitsThenable();
awaitsPromise();
Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); });
console.log('sync end');
