// Odds and ends: arguments in arrows, super in static and object methods, optional calls,
// tagged templates, new on function expressions, getters on classes used by Promise resolution.
function outer() { const f = () => arguments.length; return f(9, 9, 9) }
console.log(outer(1, 2));
class P { static who() { return 'P' } }
class Q extends P { static who() { return 'Q>' + super.who() } }
console.log(Q.who());
const maybe = { fn: null, ok() { return 'ok' } };
console.log(maybe.fn?.(), maybe.ok?.(), maybe.missing?.x);
function tag(strings, ...vals) { return strings.raw.join('|') + vals.join(',') }
console.log(tag`a${1}b${2}c`);
const inst = new function () { this.made = 'by new' };
console.log(inst.made);
class Later { get then() { console.log('then looked up'); return undefined } }
Promise.resolve(new Later()).then(v => console.log('resolved with Later', v instanceof Later));
const { a = 1, ...rest } = { b: 2, c: 3 };
console.log(a, JSON.stringify(rest));
label: { const fn = function () { return 'in labelled block' }; console.log(fn()); break label; }
var x = 1; { let x = 2; (() => console.log('inner x', x))() } console.log('outer x', x);
console.log(typeof function () {}.call, (function () { return typeof this }).call(5));
