// Puzzle: the globals diff of the two engines — Chromium 156's built-ins against V8 10.2's plus
// the polyfill bundle: every own property name of the ECMAScript constructors, namespaces and
// prototypes (and the URL Standard's interfaces) must be the same. Float16Array and Temporal,
// which no polyfill gives, are not listed.
// Own properties that Chromium has and no polyfill can give are left out by name, so that anything
// else missing or extra shows as a difference.
const kNotPolyfillable = new Set([
  'ArrayBuffer.prototype.maxByteLength', 'ArrayBuffer.prototype.resizable', 'ArrayBuffer.prototype.resize',  // resizable buffers
  'Date.prototype.toTemporalInstant', 'Intl.DurationFormat', 'RegExp.prototype.unicodeSets',                  // Temporal, Intl, the v flag
  'JSON.isRawJSON', 'JSON.rawJSON',                                                                           // left out on purpose (README)
  'URL.createObjectURL', 'URL.revokeObjectURL',                                                               // no Blob
]);
const kNames = ['AggregateError', 'Array', 'ArrayBuffer', 'AsyncDisposableStack', 'Atomics', 'BigInt', 'BigInt64Array',
  'BigUint64Array', 'Boolean', 'DataView', 'Date', 'DisposableStack', 'Error', 'EvalError', 'FinalizationRegistry',
  'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'Iterator', 'JSON', 'Map',
  'Math', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'String',
  'SuppressedError', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'URL', 'URLSearchParams', 'Uint16Array',
  'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet'];
const lines = [];
function list(label, holder) {
  if (holder === undefined || holder === null) { lines.push(label + ' is missing'); return; }
  for (const key of Reflect.ownKeys(holder)) {
    const name = label + '.' + (typeof key === 'symbol' ? '[' + key.description + ']' : key);
    if (!kNotPolyfillable.has(name)) lines.push(name);
  }
}
for (const name of kNames) {
  const value = globalThis[name];
  list(name, value);
  if (typeof value === 'function' && value.prototype) list(name + '.prototype', value.prototype);
}
const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]());
list('%TypedArray%', Object.getPrototypeOf(Int8Array));
list('%TypedArray%.prototype', Object.getPrototypeOf(Int8Array.prototype));
list('%ArrayIteratorPrototype%', arrayIterator);
list('%IteratorPrototype%', Object.getPrototypeOf(arrayIterator));
list('%AsyncIteratorPrototype%', Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}.prototype)));
list('%IteratorHelperPrototype%', Object.getPrototypeOf([].values().map((x) => x)));
list('%WrapForValidIteratorPrototype%', Object.getPrototypeOf(Iterator.from({ next() {} })));
list('%URLSearchParamsIteratorPrototype%', Object.getPrototypeOf(new URLSearchParams().entries()));
lines.sort();
console.log(lines.length + ' names');
console.log(lines.join('\n'));
