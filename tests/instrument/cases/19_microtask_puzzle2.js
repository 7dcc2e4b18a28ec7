// async/await with nested async calls and then-chains racing.
async function a() { console.log('a start'); await b(); console.log('a end'); return 'A' }
async function b() { console.log('b start'); await c(); console.log('b end') }
async function c() { console.log('c'); }
async function d() { await null; await null; console.log('d after two awaits') }
a().then(v => console.log('a resolved', v));
d();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
(async function () {
  const results = await Promise.all([a(), (async () => 'x')(), Promise.resolve('y')]);
  console.log('all', results.join());
})();
console.log('end of script');
