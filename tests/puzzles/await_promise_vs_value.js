// Puzzle: awaiting a native promise costs the same one tick as awaiting a value; awaiting a
// pending promise waits for it to settle.
let resolveLater;
const pending = new Promise(function (resolve) { resolveLater = resolve; });

async function awaitsValue() {
  await 'v';
  console.log('awaited a value');
}
async function awaitsResolved() {
  await Promise.resolve('r');
  console.log('awaited a resolved promise');
}
async function awaitsPending() {
  const v = await pending;
  console.log('awaited the pending promise:', v);
}
awaitsPending();
awaitsResolved();
awaitsValue();
Promise.resolve().then(function t1() {
  console.log('tick 1 resolves the pending promise');
  resolveLater('late');
}).then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); });
