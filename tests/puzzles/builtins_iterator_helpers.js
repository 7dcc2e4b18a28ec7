// Puzzle: iterator helpers (ECMA-262 2025, 27.1.4): map / filter are lazy (nothing is pulled
// until next()), each next() pulls only as far as needed, take / drop / some / find stop early
// and close the source (return), flatMap, reduce, forEach, Iterator.from wrapping a plain
// iterator or an iterable, Iterator.concat, a helper's return(), the abstract Iterator class.
const log = [];
function counting(n) {
  let i = 0;
  return { __proto__: Iterator.prototype, next() { log.push('next' + i); return i < n ? { value: i++, done: false } : { value: undefined, done: true }; }, return() { log.push('return'); return {}; } };
}
const mapped = counting(5).map((x) => { log.push('map' + x); return x * 10; }).filter((x) => { log.push('filter' + x); return x % 20 === 0; });
log.push('created');
log.push('first ' + JSON.stringify(mapped.next()));
log.push('take ' + counting(10).drop(2).take(2).toArray().join());
log.push('some ' + counting(10).some((x) => x === 1));
log.push('find ' + counting(10).find((x) => x > 2));
log.push('every ' + counting(3).every((x) => x < 5));
log.push('reduce ' + counting(4).reduce((a, b) => a + b));
log.push('flatMap ' + counting(2).flatMap((x) => [x, x]).toArray().join());
counting(2).forEach((x) => log.push('each' + x));
log.push('from ' + Iterator.from({ next() { return { done: true }; } }).toArray().length);
log.push('from iterable ' + Iterator.from(new Set([1, 2])).map((x) => x + 1).toArray().join());
log.push('concat ' + Iterator.concat([1], new Set([2])).toArray().join());
log.push('proto ' + (Object.getPrototypeOf(Iterator.prototype) === Object.prototype) + ' ' + Iterator.prototype[Symbol.toStringTag] + ' ' + typeof Iterator.prototype[Symbol.iterator]);
log.push('helper tag ' + Object.prototype.toString.call([].values().map((x) => x)));
const helper = counting(3).map((x) => x);
helper.next();
log.push('return ' + JSON.stringify(helper.return()));
log.push('after return ' + JSON.stringify(helper.next()));
function attempt(label, f) { try { f(); log.push(label + ' no error'); } catch (e) { log.push(label + ' ' + e.constructor.name + ': ' + e.message); } }
attempt('new Iterator', () => new Iterator());
attempt('class', () => { class C extends Iterator {} return new C(); });
for (const line of log) console.log(line);
