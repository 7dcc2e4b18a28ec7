// Puzzle: change-array-by-copy (ECMA-262 2023: toSorted, toReversed, toSpliced, with on arrays,
// array-likes and typed arrays) and String.prototype.isWellFormed / toWellFormed: the original is
// untouched, holes become undefined, no species, lone surrogates become U+FFFD; V8's messages
// for a bad comparator, an index out of range and a null receiver.
const out = [];
function t(label, f) { try { out.push(label + ': ' + JSON.stringify(f())); } catch (e) { out.push(label + ': ' + e.constructor.name + ': ' + e.message); } }
const original = [3, 1, undefined, 2];
t('toSorted', () => original.toSorted());
t('toSorted cmp', () => [1, 10, 2].toSorted((a, b) => b - a));
t('original untouched', () => original);
t('toReversed holes', () => [1, , 3].toReversed());
t('toSpliced', () => [1, 2, 3, 4].toSpliced(1, 2, 'a', 'b', 'c'));
t('toSpliced one arg', () => [1, 2, 3].toSpliced(1));
t('toSpliced none', () => [1, 2, 3].toSpliced());
t('with negative', () => [1, 2, 3].with(-1, 'z'));
t('array-like', () => Array.prototype.toSorted.call({ length: 3, 0: 'c', 1: 'a', 2: 'b' }));
t('with out of range', () => [1].with(5, 0));
t('with -2', () => [1].with(-2, 0));
t('toSorted bad cmp', () => [1].toSorted(5));
t('species ignored', () => { class A extends Array {} return A.from([2, 1]).toSorted() instanceof A; });
t('typed toSorted', () => Array.from(new Int16Array([5, -1, 3]).toSorted()));
t('typed with', () => Array.from(new Uint8Array([1, 2]).with(0, 300)));
t('typed with range', () => new Uint8Array([1]).with(5, 1));
t('bigint with', () => String(new BigInt64Array([1n, 2n]).with(-1, 5n)));
t('bigint with number', () => new BigInt64Array([1n]).with(0, 5));
t('typed toReversed', () => Array.from(new Float64Array([1.5, 2.5]).toReversed()));
t('typed toSorted bad cmp', () => new Uint8Array([1]).toSorted('x'));
t('lengths', () => [[].toSorted.length, [].toSpliced.length, [].with.length, [].toReversed.length]);
t('unscopables', () => ['toSorted', 'toReversed', 'toSpliced', 'with'].map((n) => Array.prototype[Symbol.unscopables][n]));
t('isWellFormed', () => ['abc', 'a\uD800', '\uDC00b', '\uD83D\uDE00'].map((s) => s.isWellFormed()));
t('toWellFormed', () => ['a\uD800b', '\uDC00', '\uD83D\uDE00'].map((s) => [...s.toWellFormed()].map((c) => c.codePointAt(0).toString(16))));
t('isWellFormed on number', () => String.prototype.isWellFormed.call(12));
t('isWellFormed on null', () => String.prototype.isWellFormed.call(null));
t('toWellFormed on undefined', () => String.prototype.toWellFormed.call(undefined));
console.log(out.join('\n'));
