// Puzzle: the messages of the newer built-ins' argument checks, as Chromium's V8 words them:
// iterator helpers given a non-callable (closing the iterator first, IteratorClose), take / drop
// given a negative or NaN limit, a non-object receiver; RegExp.escape and the Uint8Array base64 /
// hex methods; DisposableStack; getOrInsertComputed; and a few results (Error.isError,
// Math.f16round).
const out = [];
function t(label, f) { try { out.push(label + ': ' + JSON.stringify(f())); } catch (e) { out.push(label + ': ' + e.constructor.name + ': ' + e.message); } }
function src() { const log = []; const it = { __proto__: Iterator.prototype, next() { log.push('next'); return { done: true }; }, return() { log.push('return'); return {}; } }; return [it, log]; }
for (const [name, arg] of [['map', 5], ['map', 'x'], ['map', undefined], ['map', {}], ['map', null], ['filter', [1]], ['flatMap', Symbol('s')], ['forEach', 1n], ['some', true], ['every', 2], ['find', 3], ['reduce', 4], ['take', -1], ['take', NaN], ['take', 'x'], ['take', -1.5], ['drop', -Infinity], ['take', { valueOf() { throw new Error('valueOf'); } }]]) {
  t(name + '(' + String(arg) + ')', () => { const [it, log] = src(); try { it[name](arg); } catch (e) { return e.constructor.name + ': ' + e.message + ' / ' + log.join(','); } return 'ok ' + log.join(','); });
}
t('map on 5', () => Iterator.prototype.map.call(5, (x) => x));
t('take on null', () => Iterator.prototype.take.call(null, 1));
t('from 5', () => Iterator.from(5));
t('concat 5', () => Iterator.concat(5));
t('reduce empty', () => [].values().reduce((a, b) => a));
t('escape 5', () => RegExp.escape(5));
t('fromBase64 a', () => Uint8Array.fromBase64('a'));
t('fromBase64 5', () => Uint8Array.fromBase64(5));
t('fromHex odd', () => Uint8Array.fromHex('abc'));
t('fromHex bad', () => Uint8Array.fromHex('zz'));
t('toBase64 on []', () => Uint8Array.prototype.toBase64.call([]));
t('use 5', () => new DisposableStack().use(5));
t('defer 5', () => new DisposableStack().defer(5));
t('after dispose', () => { const s = new DisposableStack(); s.dispose(); s.use(null); });
t('isError', () => [Error.isError(new TypeError()), Error.isError({ __proto__: Error.prototype })]);
t('f16round', () => Math.f16round(1.337));
t('getOrInsertComputed 5', () => new Map().getOrInsertComputed(1, 5));
t('WeakMap getOrInsert 1', () => new WeakMap().getOrInsert(1, 1));
console.log(out.join('\n'));
