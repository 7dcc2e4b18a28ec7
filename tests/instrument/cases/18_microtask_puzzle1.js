// Promise chains interleaving, resolve with a promise (two extra ticks), then on settled promises.
const p = Promise.resolve();
p.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));
p.then(() => { console.log('b1'); return Promise.resolve('b-inner') }).then(v => console.log('b2', v));
p.then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3')).then(() => console.log('c4')).then(() => console.log('c5'));
new Promise(resolve => resolve(Promise.resolve('nested'))).then(v => console.log('ctor', v));
queueMicrotask(() => console.log('qm'));
setTimeout(() => {
  console.log('timeout');
  Promise.resolve().then(() => console.log('micro in timeout'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
console.log('sync');
