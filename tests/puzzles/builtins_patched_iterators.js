// Puzzle: a script that replaces Array.prototype[Symbol.iterator], String.prototype[Symbol.iterator]
// and Promise.resolve, and puts a `then` on Object.prototype. Built-ins that the specification
// has iterate their argument (Object.groupBy of an array, Iterator.from of a string,
// Array.fromAsync of an array) call the patched iterator, as in Chromium; the others, and the URL
// Standard's interfaces (C++ in Chromium; a sequence given as an array is read by index), do not.
const out = [];
const one = new Set([1]);
const two = new Set([2]);
const oneTwo = new Set([1, 2]);
const realIterator = Array.prototype[Symbol.iterator];
const realStringIterator = String.prototype[Symbol.iterator];
const realPromiseThen = Promise.prototype.then;
const realPromiseResolve = Promise.resolve;
let iterated = 0;
Array.prototype[Symbol.iterator] = function () { iterated++; throw new Error('array iterator patched'); };
String.prototype[Symbol.iterator] = function () { throw new Error('string iterator patched'); };
Promise.resolve = function () { throw new Error('Promise.resolve patched'); };
Object.prototype.then = undefined;
function t(label, f) { try { out[out.length] = label + ': ' + f(); } catch (e) { out[out.length] = label + ' threw ' + e.message; } }
t('toSorted', () => [3, 1, 2].toSorted().length);
t('toSpliced', () => [1, 2, 3].toSpliced(0, 1).length);
t('union', () => one.union(two).size);
t('set iterator helpers', () => oneTwo.values().filter((x) => x > 1).toArray().length);
t('URL', () => new URL('https://a.example/x?y=1').searchParams.get('y'));
t('URLSearchParams string', () => new URLSearchParams('a=1&b=2').toString());
t('URLSearchParams record', () => new URLSearchParams({ a: '1' }).toString());
t('URLSearchParams pairs', () => new URLSearchParams([['a', '1']]).toString());
t('groupBy array', () => Object.keys(Object.groupBy([1, 2], (x) => x)).length);
t('groupBy set', () => Object.keys(Object.groupBy(oneTwo, (x) => x)).length);
t('isWellFormed', () => 'ab'.isWellFormed());
t('atob', () => atob('aGk='));
t('with', () => [1, 2].with(0, 3)[0]);
t('Iterator.from string', () => Iterator.from('ab').toArray().length);
t('Promise.try', () => typeof Promise.try(() => 1).then);
t('toHex', () => new Uint8Array(2).toHex());
Array.fromAsync(oneTwo).then((a) => {
  t('fromAsync set', () => a.length);
  Array.fromAsync([1]).then(() => t('fromAsync array', () => 'resolved'), (e) => t('fromAsync array', () => 'rejected ' + e.message)).then(() => {
    Array.prototype[Symbol.iterator] = realIterator;
    String.prototype[Symbol.iterator] = realStringIterator;
    Promise.resolve = realPromiseResolve;
    delete Object.prototype.then;
    for (let i = 0; i < out.length; ++i) console.log(out[i]);
    console.log('array iterator calls: ' + iterated);
  });
});
