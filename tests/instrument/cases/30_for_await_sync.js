// for await over sync iterables of promises; mixed with other microtasks.
async function run() {
  const items = [Promise.resolve(1), 2, new Promise(r => setTimeout(() => r(3), 5))];
  for await (const v of items) console.log('item', v);
  return 'run done';
}
run().then(console.log);
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
