 // Iterator protocol methods, spread, destructuring from generators.
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi }
  [Symbol.iterator]() {
    let cur = this.lo; const hi = this.hi;
    return { next: () => cur < hi ? { value: cur++, done: false } : { value: undefined, done: true }, return() { console.log('iterator closed'); return { done: true } } };
  }
}
console.log([...new Range(0, 4)].join());
for (const v of new Range(0, 10)) { if (v === 2) break }
const [first, second] = new Range(5, 9);
console.log(first, second);
function* fibs() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b] } }
const [f0, f1, f2, f3, f4, f5] = fibs();
console.log(f0, f1, f2, f3, f4, f5);
console.log(Array.from({ length: 3 }, (_, i) => i * 10).join());
const entries = Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}=${v}`);
console.log(entries.join('&'));
