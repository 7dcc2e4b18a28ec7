 // Getters and setters in object literals and defineProperty; a getter that throws.
const store = {
  _v: 1,
  get v() { console.log('get v'); return this._v },
  set v(x) { console.log('set v', x); this._v = x },
  get ['comp' + 'uted']() { return 'computed getter' },
  get bad() { throw new Error('getter threw') },
};
store.v = store.v + 1;
console.log(store.v, store.computed);
try { store.bad } catch (e) { console.log(e.message) }
const o = {};
Object.defineProperty(o, 'lazy', { get: function () { return 'lazy!' }, configurable: true });
console.log(o.lazy);
const desc = Object.getOwnPropertyDescriptor(store, 'v');
console.log(typeof desc.get, desc.get.name, desc.set.name, desc.get.length, desc.set.length);
class Temp { static #c = 0; static get c() { return Temp.#c } static set c(v) { Temp.#c = v } }
Temp.c = 37;
console.log(Temp.c);
