// Async functions returning promises take extra ticks; await of a native promise takes one.
async function returnsPromise() { return Promise.resolve('rp') }
async function returnsAwait() { return await Promise.resolve('ra') }
async function returnsValue() { return 'rv' }
async function throwsLater() { await null; throw new Error('late') }
returnsPromise().then(v => console.log(v));
returnsAwait().then(v => console.log(v));
returnsValue().then(v => console.log(v));
throwsLater().catch(e => console.log('caught', e.message));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
(async () => {
  const a = await 1;
  const b = await (async () => 2)();
  console.log('sum', a + b);
})();
