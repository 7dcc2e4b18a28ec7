// prelude.js — built-ins newer than V8 10.2. Evaluated (uninstrumented) in the script's context
// before the script; its completion value is called with (globalThis, host).
//
// V8 10.2 (Debian's libnode) predates a few built-ins that today's Chromium ships. Scripts written
// against Chromium may use them; these definitions follow the specifications so that such scripts
// run and order exactly as they do there (none of them queues a job or a task of its own). Like
// the engine's own built-ins they use only host.primordials (primordials.js), so a script that
// patches Array.prototype or the iterator protocol cannot break them; only what the
// specification itself looks up (the `length` and elements of `this`, the iterator of groupBy's
// items, the comparator) can the script observe.
(function installPrelude(global, host) {
  'use strict';
  const {
    ArrayPrototypeSort, ArraySplice, MapCtor, MapPrototypeGet, MapPrototypeHas,
    MapPrototypeSet, MathTrunc, ObjectCreate, ObjectDefineProperty, ReflectApply, TypeErrorCtor, RangeErrorCtor,
    LengthOf, Append,
  } = host.primordials;
  function define(target, name, value) {
    if (!(name in target)) {
      ObjectDefineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
    }
  }
  // A dense copy of an array-like's elements 0..length-1 (the spec's "copy" loops).
  function copyOf(arrayLike) {
    const length = LengthOf(arrayLike);
    const copy = [];
    for (let i = 0; i < length; ++i) Append(copy, arrayLike[i]);
    return copy;
  }
  // ES2024 Promise.withResolvers
  define(Promise, 'withResolvers', function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  });
  // ES2024 Object.groupBy / Map.groupBy (GroupBy iterates `items` with its own iterator, as the
  // specification says; the groups are filled without Array.prototype.push).
  define(Object, 'groupBy', function groupBy(items, callback) {
    const groups = ObjectCreate(null);
    let index = 0;
    for (const item of items) {
      const key = callback(item, index++);
      if (groups[key] === undefined) groups[key] = [];
      Append(groups[key], item);
    }
    return groups;
  });
  define(Map, 'groupBy', function groupBy(items, callback) {
    const groups = new MapCtor();
    let index = 0;
    for (const item of items) {
      const key = callback(item, index++);
      if (!MapPrototypeHas(groups, key)) MapPrototypeSet(groups, key, []);
      Append(MapPrototypeGet(groups, key), item);
    }
    return groups;
  });
  // ES2023 change-array-by-copy
  define(Array.prototype, 'toReversed', function toReversed() {
    const length = LengthOf(this);
    const copy = [];
    for (let i = 0; i < length; ++i) Append(copy, this[length - 1 - i]);
    return copy;
  });
  define(Array.prototype, 'toSorted', function toSorted(compare) {
    if (compare !== undefined && typeof compare !== 'function') throw new TypeErrorCtor('The comparison function must be either a function or undefined');
    return ArrayPrototypeSort(copyOf(this), compare);
  });
  define(Array.prototype, 'toSpliced', function toSpliced(start, skipCount, ...items) {
    const copy = copyOf(this);
    const args = [start, arguments.length < 2 ? copy.length : skipCount];
    for (let i = 0; i < items.length; ++i) Append(args, items[i]);
    ReflectApply(ArraySplice, copy, args);
    return copy;
  });
  define(Array.prototype, 'with', function (index, value) {
    const copy = copyOf(this);
    const relative = MathTrunc(index) || 0;
    const actual = relative < 0 ? copy.length + relative : relative;
    if (actual < 0 || actual >= copy.length) throw new RangeErrorCtor('Invalid index : ' + index);
    ObjectDefineProperty(copy, actual, { value, writable: true, enumerable: true, configurable: true });
    return copy;
  });
})
