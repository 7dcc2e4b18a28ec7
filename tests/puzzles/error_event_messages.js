// The window's error event message for every kind of thrown value, as Chromium words it: a JavaScript
// error from its own name and message (no toString of the script's, no message getter), anything
// else through ToString (arrays, dates, a custom toString or Symbol.toPrimitive, a function's own
// source), a symbol by its description, a DOMException as its name and message, and "exception"
// when ToString throws.
window.addEventListener('error', (e) => { console.log(JSON.stringify(e.message)); e.preventDefault(); });
const values = [() => ({ custom: 1 }), () => [1, 2], () => new (class Foo {})(), () => ({ toString() { return 'x'; } }), () => Object.create(null),
  () => function named() {}, () => 5, () => null, () => undefined, () => Symbol('s'), () => new Date(0), () => /re/g, () => 10n,
  () => ({ name: 'N', message: 'M' }), () => new Map(), () => Object.assign(new Error('e'), { name: 'Custom' }), () => new TypeError()];
values.forEach((make, i) => setTimeout(() => { throw make(); }, i));
const more = [
  () => { const e = new Error('m'); e.toString = () => 'over'; return e; },
  () => { const e = new Error('m'); Object.defineProperty(e, 'message', { get() { return 'getter'; } }); return e; },
  () => ({ toString() { throw 1; } }), () => ({ toString: 5, valueOf() { return 'vo'; } }),
  () => { class E extends Error { constructor() { super('sub'); this.name = 'E'; } } return new E(); },
  () => ({ [Symbol.toPrimitive]() { return 'prim'; } }), () => new DOMException('dm', 'NotFoundError')];
more.forEach((make, i) => setTimeout(() => { throw make(); }, 50 + i));
