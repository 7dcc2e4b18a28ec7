// Thenables: await and resolve() call `then` in a job of its own.
const thenable = {
  then(resolve) { console.log('then called'); resolve('thenable value') },
};
async function useThenable() {
  console.log('before await');
  const v = await thenable;
  console.log('after await', v);
}
useThenable();
Promise.resolve(thenable).then(v => console.log('resolved with', v));
new Promise(r => r(thenable)).then(v => console.log('ctor resolved', v));
const lazy = { get then() { console.log('then getter'); return undefined } };
(async () => { const v = await lazy; console.log('lazy is', v === lazy) })();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
console.log('sync end');
