 // Async generators and for await (implicit awaits are not instrumented; explicit ones are).
async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield i;
  }
  return 'done';
}
async function consume() {
  for await (const v of ticker(3)) console.log('tick', v);
  const it = ticker(2);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.return('stop')), JSON.stringify(await it.next()));
}
consume().then(() => console.log('consumed'));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
async function* delegating() { yield* ticker(1); yield await Promise.resolve('awaited'); }
(async () => { for await (const v of delegating()) console.log('d', v) })();
const ag = { async *[Symbol.asyncIterator]() { yield 'x'; yield 'y' } };
(async () => { const got = []; for await (const v of ag) got.push(v); console.log(got.join()) })();
