// Puzzle: a script that replaces Array.prototype methods, %ArrayIteratorPrototype%.next, Set, Map,
// String, RegExp and WeakMap methods, Function.prototype.call / apply / bind, Object.defineProperty
// / create / keys, Reflect.apply and Math.min / max, then uses the newer built-ins and the URL
// Standard's interfaces. Chromium's natives keep working and call only what the specification
// looks up (an array's iterator: the patched `next` is called by GetIterator-based built-ins such
// as Object.groupBy, Math.sumPrecise and Array.fromAsync); the log of patched calls must match.
const seen = [];
const note = (name) => function () { seen[seen.length] = name; throw new Error(name + ' was patched'); };
const arrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const originalNext = arrayIteratorPrototype.next;
const apply = Reflect.apply;
const originals = [];
function patch(holder, name, value) { originals[originals.length] = [holder, name, Object.getOwnPropertyDescriptor(holder, name)]; holder[name] = value; }
const setIteratorPrototype = Object.getPrototypeOf(new Set()[Symbol.iterator]());
for (const name of ['push', 'pop', 'slice', 'map', 'filter', 'forEach', 'join', 'concat', 'splice', 'sort', 'indexOf', 'includes', 'reverse', 'shift', 'unshift', 'keys', 'values', 'entries']) {
  patch(Array.prototype, name, note('Array.prototype.' + name));
}
originals[originals.length] = [arrayIteratorPrototype, 'next', Object.getOwnPropertyDescriptor(arrayIteratorPrototype, 'next')];
Object.defineProperty(arrayIteratorPrototype, 'next', { value: function next() { seen[seen.length] = '%ArrayIteratorPrototype%.next'; return apply(originalNext, this, []); }, configurable: true, writable: true });
patch(Set.prototype, 'has', note('Set.prototype.has'));
patch(Set.prototype, 'forEach', note('Set.prototype.forEach'));
patch(Map.prototype, 'get', note('Map.prototype.get'));
patch(Map.prototype, 'set', note('Map.prototype.set'));
patch(Map.prototype, 'has', note('Map.prototype.has'));
patch(String.prototype, 'charCodeAt', note('String.prototype.charCodeAt'));
patch(String.prototype, 'slice', note('String.prototype.slice'));
patch(String.prototype, 'replace', note('String.prototype.replace'));
patch(String.prototype, 'split', note('String.prototype.split'));
patch(String.prototype, 'indexOf', note('String.prototype.indexOf'));
patch(RegExp.prototype, 'exec', note('RegExp.prototype.exec'));
patch(Function.prototype, 'call', note('Function.prototype.call'));
patch(Function.prototype, 'apply', note('Function.prototype.apply'));
patch(Function.prototype, 'bind', note('Function.prototype.bind'));
patch(Object, 'defineProperty', note('Object.defineProperty'));
patch(Object, 'create', note('Object.create'));
patch(Object, 'keys', note('Object.keys'));
patch(Object, 'getPrototypeOf', note('Object.getPrototypeOf'));
patch(Reflect, 'apply', note('Reflect.apply'));
patch(Math, 'max', note('Math.max'));
patch(Math, 'min', note('Math.min'));
patch(WeakMap.prototype, 'get', note('WeakMap.prototype.get'));
patch(WeakMap.prototype, 'set', note('WeakMap.prototype.set'));
patch(WeakMap.prototype, 'has', note('WeakMap.prototype.has'));
const out = [];
function t(label, f) { try { out[out.length] = label + ': ' + f(); } catch (e) { out[out.length] = label + ' threw ' + e.message; } }
const fmt = (a) => { let s = ''; for (let i = 0; i < a.length; ++i) s += (i ? ',' : '') + a[i]; return s; };
t('toSorted', () => fmt([3, 1, 2].toSorted()));
t('toReversed', () => fmt([1, 2, 3].toReversed()));
t('toSpliced', () => fmt([1, 2, 3].toSpliced(1, 1, 'x')));
t('with', () => fmt([1, 2, 3].with(0, 9)));
t('typed toSorted', () => fmt(new Int8Array([3, 1, 2]).toSorted()));
t('groupBy', () => { const g = Object.groupBy([1, 2, 3], (x) => (x % 2 ? 'odd' : 'even')); return fmt(g.odd) + '|' + fmt(g.even); });
t('Map.groupBy', () => Map.groupBy([1, 2, 3], (x) => x % 2).size);
t('union', () => new Set([1, 2]).union(new Set([2, 3])).size);
t('intersection', () => new Set([1, 2]).intersection(new Set([2, 3])).size);
t('isSubsetOf', () => new Set([1]).isSubsetOf(new Set([1, 2])));
t('iterator map', () => fmt(new Set([1, 2]).values().map((x) => x * 2).toArray()));
t('Iterator.from', () => Iterator.from({ next() { return { done: true }; } }).toArray().length);
t('isWellFormed', () => 'a\uD800'.isWellFormed() + ' ' + 'a\uD800'.toWellFormed().length);
t('URL', () => new URL('/p?q=1#h', 'https://example.com/a/b').href);
t('URLSearchParams', () => { const p = new URLSearchParams('a=1&b=2&a=3'); p.append('c', 'x y'); p.sort(); return p.toString() + ' ' + fmt(p.getAll('a')); });
t('url.searchParams', () => { const u = new URL('https://e.com/?x=1'); u.searchParams.set('x', '2'); return u.search; });
t('atob', () => atob(btoa('hello')));
t('Promise.withResolvers', () => typeof Promise.withResolvers().resolve);
t('Math.sumPrecise', () => Math.sumPrecise([0.1, 0.2, 0.3]));
t('RegExp.escape', () => RegExp.escape('a.b'));
t('toHex', () => new Uint8Array([255, 1]).toHex() + ' ' + new Uint8Array([104, 105]).toBase64());
t('getOrInsert', () => new Map().getOrInsert('k', 1));
Array.fromAsync([1, 2]).then((a) => {
  t('fromAsync', () => fmt(a));
  const called = seen.length ? fmt(seen) : 'none';
  // Everything is put back before anything is printed (the console itself may use the patched built-ins).
  for (let i = originals.length - 1; i >= 0; --i) Reflect.defineProperty(originals[i][0], originals[i][1], originals[i][2]);
  for (let i = 0; i < out.length; ++i) console.log(out[i]);
  console.log('patched functions called: ' + called);
});
