// Puzzle: the Set methods (ECMA-262 2025, 24.2.4): results, a set-like argument read through
// GetSetRecord (size, has, keys: each read once, in that order; the algorithm then calls has or
// keys depending on which set is smaller), a Map as a set-like, and V8's messages for a receiver
// that is not a Set and for arguments that are not set-like.
const a = new Set([1, 2, 3]);
const b = new Set([3, 4]);
const show = (s) => [...s].join(',');
console.log('union', show(a.union(b)), 'intersection', show(a.intersection(b)), 'difference', show(a.difference(b)));
console.log('symmetricDifference', show(a.symmetricDifference(b)), 'subset', new Set([1]).isSubsetOf(a), 'superset', a.isSupersetOf(new Set([1, 2])), 'disjoint', a.isDisjointFrom(new Set([9])));
// A set-like: size, has and keys, read once each, in this order; keys() only when needed.
const calls = [];
const like = { get size() { calls.push('size'); return 2; }, get has() { calls.push('get has'); return (v) => { calls.push('has ' + v); return v === 1; }; }, get keys() { calls.push('get keys'); return () => { calls.push('keys()'); return [1, 5].values(); }; } };
console.log('intersection with set-like', show(a.intersection(like)), calls.join(' | '));
calls.length = 0;
console.log('isSubsetOf with set-like', new Set([1]).isSubsetOf(like), calls.join(' | '));
calls.length = 0;
console.log('union with set-like', show(a.union(like)), calls.join(' | '));
calls.length = 0;
console.log('difference larger this', show(new Set([1, 2, 3, 4]).difference(like)), calls.join(' | '));
const map = new Map([[1, 'x'], [7, 'y']]);
console.log('a Map is set-like', show(a.union(map)), show(a.intersection(map)));
console.log('result is a new Set', a.union(b) !== a, Object.getPrototypeOf(a.union(b)) === Set.prototype);
const msgs = [];
function m(f) { try { f(); msgs.push('no throw'); } catch (e) { msgs.push(e.name + ': ' + e.message); } }
m(() => new Set().union([]));
m(() => new Set().union({ size: 1 }));
m(() => new Set().union({ size: 1, has() {}, keys: 1 }));
m(() => new Set().union({ size: -1, has() {}, keys() {} }));
m(() => Set.prototype.union.call([], new Set()));
m(() => Set.prototype.isSubsetOf.call({}, new Set()));
m(() => new Set().union(null));
m(() => new Set().isDisjointFrom(5));
console.log(msgs.join('\n'));
console.log(Set.prototype.union.length, Set.prototype.union.name, String(Set.prototype.symmetricDifference));
