// Puzzle: Promise.try (ECMA-262 2026, 27.2.4.8) and Promise.withResolvers (27.2.4.7) against a
// chain of plain ticks: the callback runs synchronously with the extra arguments, a returned
// promise of the same constructor is returned as is (PromiseResolve), a thenable costs a
// PromiseResolveThenableJob, a sync throw rejects; both honour a subclass receiver; a callback
// that is not callable rejects with the TypeError V8 words for each type of value.
const log = [];
const p = Promise.resolve('same');
log.push('returns the promise itself: ' + (Promise.try(() => p) === p));
Promise.resolve().then(() => log.push('tick 1')).then(() => log.push('tick 2')).then(() => log.push('tick 3')).then(() => log.push('tick 4'));
Promise.try(() => { log.push('callback runs synchronously'); return 'value'; }).then((v) => log.push('try resolved ' + v));
Promise.try((a, b) => a + b, 2, 3).then((v) => log.push('arguments ' + v));
Promise.try(() => { throw new Error('sync throw'); }).catch((e) => log.push('try rejected ' + e.message));
Promise.try(() => Promise.resolve('inner')).then((v) => log.push('inner promise ' + v));
Promise.try(() => ({ then(r) { log.push('thenable then called'); r('thenable'); } })).then((v) => log.push('thenable ' + v));
Promise.try(async () => 'async').then((v) => log.push('async fn ' + v));
const { promise, resolve, reject } = Promise.withResolvers();
promise.then((v) => log.push('withResolvers ' + v));
resolve('resolved');
reject('ignored');
class MyPromise extends Promise {}
log.push('subclass: ' + (Promise.try.call(MyPromise, () => 1) instanceof MyPromise) + ' ' + (MyPromise.withResolvers().promise instanceof MyPromise));
log.push('after the calls');
try { Promise.try.call(5, () => {}); } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
log.push(Promise.try.length + ' ' + Promise.withResolvers.length + ' ' + String(Promise.try));
setTimeout(() => console.log(log.join('\n')), 0);
for (const v of [5, 'x', {}, null, undefined, Symbol('s'), true, 1n]) Promise.try(v).catch((e) => console.log(typeof v, e.constructor.name + ': ' + e.message));
