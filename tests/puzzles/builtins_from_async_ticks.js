// Puzzle: Array.fromAsync against a chain of plain microtask ticks. Array.fromAsync is an async
// built-in (ECMA-262 23.1.2.2): each element costs an Await of the iterator's result, a sync
// iterable goes through CreateAsyncFromSyncIterator (one more reaction per element), an
// array-like awaits each element, a mapping function's result is awaited too, and a throwing
// mapping function closes the iterator (AsyncIteratorClose, awaited) before the promise rejects.
// The tick at which each promise settles is what Chromium's native Array.fromAsync gives.
const log = [];
let ticks = 0;
function tick() { if (ticks++ < 30) { log.push('t' + ticks); Promise.resolve().then(tick); } }
Promise.resolve().then(tick);
Array.fromAsync([1, 2, 3]).then((a) => log.push('sync-iterable done ' + a.join()));
Array.fromAsync([1, 2], (x) => x * 10).then((a) => log.push('mapped done ' + a.join()));
Array.fromAsync({ length: 2, 0: 'a', 1: 'b' }).then((a) => log.push('array-like done ' + a.join()));
async function* gen() { yield 1; yield 2; }
Array.fromAsync(gen()).then((a) => log.push('async gen done ' + a.join()));
Array.fromAsync([Promise.resolve(7)]).then((a) => log.push('promise elem done ' + a.join()));
Array.fromAsync(5).then((a) => log.push('non-iterable ' + a.length), (e) => log.push('rejected ' + e.name));
Array.fromAsync([1], () => { throw new Error('boom'); }).catch((e) => log.push('map threw ' + e.message));
setTimeout(() => console.log(log.join(' ')), 0);
