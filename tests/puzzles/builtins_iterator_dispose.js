// Puzzle: %AsyncIteratorPrototype%[Symbol.asyncDispose] and %IteratorPrototype%[Symbol.dispose]
// (ECMA-262 2026): on every async generator and array iterator, calling `return` (a generator's
// finally runs), resolving with undefined, against a chain of plain ticks.
const log = [];
let ticks = 0;
function tick() { if (ticks++ < 8) { log.push('t' + ticks); Promise.resolve().then(tick); } }
Promise.resolve().then(tick);
async function* gen() { try { yield 1; } finally { log.push('generator finally'); } }
const it = gen();
it.next().then(() => it[Symbol.asyncDispose]()).then((v) => log.push('disposed ' + v));
const plain = { __proto__: Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype)) };
plain[Symbol.asyncDispose]().then((v) => log.push('no return: ' + v));
log.push(typeof Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype))[Symbol.asyncDispose], typeof Iterator.prototype[Symbol.dispose]);
const sync = [1, 2].values();
sync[Symbol.dispose]();
log.push(JSON.stringify(sync.next()));
setTimeout(() => console.log(log.join('\n')), 0);
