// Puzzle: species finally all mixed.
class Q extends Promise { static get [Symbol.species]() { return Promise; } }
const q = new Q(r => r(1));
q.then(v => console.log('q then', v));
const r = Promise.resolve(2);
r.finally(() => console.log('finally r')).then(v => console.log('after finally', v));
Promise.reject(3).finally(() => console.log('finally rej')).catch(e => console.log('caught', e));
(async () => { const results = await Promise.all([(async () => 1)(), 2, Promise.resolve(3)]); console.log(results.join('+')); })();
new Promise((_, rej) => rej(new Error('e1'))).then(() => console.log('no'), (e) => console.log('onRejected', e.message));
