// prelude.js — built-ins newer than V8 10.2. Evaluated (uninstrumented) in the script's context
// before the script; its completion value is called with (globalThis, host).
//
// V8 10.2 (Debian's libnode) predates a few built-ins that today's Chromium ships. Scripts written
// against Chromium may use them; these definitions follow the specifications so that such scripts
// run and order exactly as they do there (none of them queues a job or a task of its own).
(function installPrelude(global, host) {
  'use strict';
  function define(target, name, value) {
    if (!(name in target)) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
    }
  }
  // ES2024 Promise.withResolvers
  define(Promise, 'withResolvers', function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  });
  // ES2024 Object.groupBy / Map.groupBy
  define(Object, 'groupBy', function groupBy(items, callback) {
    const groups = Object.create(null);
    let index = 0;
    for (const item of items) {
      const key = callback(item, index++);
      (groups[key] ??= []).push(item);
    }
    return groups;
  });
  define(Map, 'groupBy', function groupBy(items, callback) {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = callback(item, index++);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    return groups;
  });
  // ES2023 change-array-by-copy
  define(Array.prototype, 'toReversed', function toReversed() { return Array.from(this).reverse(); });
  define(Array.prototype, 'toSorted', function toSorted(compare) {
    if (compare !== undefined && typeof compare !== 'function') throw new TypeError('The comparison function must be either a function or undefined');
    return Array.from(this).sort(compare);
  });
  define(Array.prototype, 'toSpliced', function toSpliced(start, skipCount, ...items) {
    const copy = Array.from(this);
    copy.splice(start, arguments.length < 2 ? copy.length : skipCount, ...items);
    return copy;
  });
  define(Array.prototype, 'with', function (index, value) {
    const copy = Array.from(this);
    const relative = Math.trunc(index) || 0;
    const actual = relative < 0 ? copy.length + relative : relative;
    if (actual < 0 || actual >= copy.length) throw new RangeError('Invalid index : ' + index);
    copy[actual] = value;
    return copy;
  });
})
