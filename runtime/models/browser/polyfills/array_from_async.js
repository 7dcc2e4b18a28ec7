// array_from_async.js — Array.fromAsync (ECMA-262 2026, 23.1.2.2), written here instead of taken
// from core-js: core-js builds it from promise chains, which take other numbers of microtask
// ticks than the specification's Await steps do (tests/puzzles/builtins_from_async_ticks.js
// measures Chromium). This is an async function, so each Await below is the engine's own; the
// error messages are the ones Chromium prints. Everything it calls was taken when the bundle
// loaded, before the user's script.
// https://tc39.es/ecma262/#sec-array.fromasync
'use strict';
const { defineMethod, createDataProperty } = require('./properties.js');
const isConstructor = require('core-js/internals/is-constructor');

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ToObject = Object;
const NumberCtor = Number;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const PromiseCtor = Promise;
const PromiseResolve = Promise.resolve;
const PromisePrototypeThen = Promise.prototype.then;
const TypeErrorCtor = TypeError;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;
const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;

function isCallable(value) { return typeof value === 'function'; }
function isObject(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }

// 7.3.10 GetMethod(V, P), with the message V8 gives Array.fromAsync for a non-callable method.
function getMethod(items, key, keyText) {
  const method = items[key];
  if (method === undefined || method === null) return undefined;
  if (!isCallable(method)) {
    throw new TypeErrorCtor('Array.fromAsync requires that the property of the first argument, items[' + keyText +
                            '], when exists, be a function');
  }
  return method;
}

// 7.4.2 GetIteratorFromMethod(obj, method): the iterator and its next method, read once.
function getIteratorFromMethod(items, method) {
  const iterator = ReflectApply(method, items, []);
  if (!isObject(iterator)) throw new TypeErrorCtor('Result of the Symbol.iterator method is not an object');
  return { iterator, next: iterator.next, done: false };
}

// 27.1.6.1 CreateAsyncFromSyncIterator(syncIteratorRecord): only what Array.fromAsync calls of it,
// its next method (27.1.6.2.1) with AsyncFromSyncIteratorContinuation (27.1.6.4).
function asyncFromSyncNext(syncRecord) {
  let result;
  try {
    result = ReflectApply(syncRecord.next, syncRecord.iterator, []);
    if (!isObject(result)) throw new TypeErrorCtor('Iterator result ' + String(result) + ' is not an object');
    const done = !!result.done;
    const value = result.value;
    // 5. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
    const valueWrapper = ReflectApply(PromiseResolve, PromiseCtor, [value]);
    // 9-11. unwrap(v) = CreateIteratorResultObject(v, done), PerformPromiseThen(valueWrapper, unwrap).
    return ReflectApply(PromisePrototypeThen, valueWrapper, [(v) => ({ value: v, done })]);
  } catch (error) {
    return ReflectApply(PromisePrototypeThen, ReflectApply(PromiseResolve, PromiseCtor, [undefined]), [() => { throw error; }]);
  }
}

// 7.4.11 AsyncIteratorClose(iteratorRecord, completion) for a throw completion, up to its Await:
// the promise to await, or undefined when there is no `return` to call. A sync iterator is
// closed through %AsyncFromSyncIteratorPrototype%.return (27.1.6.2.2), which always exists.
function startClose(record) {
  const returnMethod = record.iterator.return;
  if (returnMethod === undefined || returnMethod === null) {
    return record.sync ? ReflectApply(PromiseResolve, PromiseCtor, [{ value: undefined, done: true }]) : undefined;
  }
  const inner = ReflectApply(returnMethod, record.iterator, []);
  if (!record.sync) return inner;
  if (!isObject(inner)) throw new TypeErrorCtor('Iterator result ' + String(inner) + ' is not an object');
  return ReflectApply(PromisePrototypeThen, ReflectApply(PromiseResolve, PromiseCtor, [inner.value]),
                      [(v) => ({ value: v, done: true })]);
}

async function fromAsync(asyncItems) {
  const C = this;
  const mapfn = arguments.length > 1 ? arguments[1] : undefined;
  const thisArg = arguments.length > 2 ? arguments[2] : undefined;
  // 3.a-b. mapping
  const mapping = mapfn !== undefined;
  if (mapping && !isCallable(mapfn)) throw new TypeErrorCtor(String(mapfn) + ' is not a function');
  // 3.c-f. the iterator, async or a sync one wrapped
  const usingAsyncIterator = getMethod(asyncItems, SymbolAsyncIterator, 'Symbol.asyncIterator');
  const usingSyncIterator =
      usingAsyncIterator === undefined ? getMethod(asyncItems, SymbolIterator, 'Symbol.iterator') : undefined;
  let record;
  if (usingAsyncIterator !== undefined) {
    record = getIteratorFromMethod(asyncItems, usingAsyncIterator);
  } else if (usingSyncIterator !== undefined) {
    record = getIteratorFromMethod(asyncItems, usingSyncIterator);
    record.sync = true;
  }
  if (record !== undefined) {
    // 3.g. i. If IsConstructor(C), let A be Construct(C), else ArrayCreate(0).
    const A = isConstructor(C) ? ReflectConstruct(C, []) : [];
    for (let k = 0; ; ++k) {
      // 3. Let nextResult be Call(next, iterator); 4. Await(nextResult).
      let nextResult = record.sync ? asyncFromSyncNext(record) : ReflectApply(record.next, record.iterator, []);
      nextResult = await nextResult;
      // 5. If nextResult is not an Object, throw a TypeError exception.
      if (!isObject(nextResult)) throw new TypeErrorCtor('Iterator result Array.fromAsync is not an object');
      // 6-7. If IteratorComplete(nextResult), Set(A, "length", 𝔽(k), true) and return A.
      if (nextResult.done) {
        A.length = k;
        return A;
      }
      const nextValue = nextResult.value;
      let mappedValue = nextValue;
      try {
        // 9. If mapping: Call(mapfn, thisArg, « nextValue, 𝔽(k) »), then Await it.
        if (mapping) mappedValue = await ReflectApply(mapfn, thisArg, [nextValue, k]);
        // 10. CreateDataPropertyOrThrow(A, Pk, mappedValue).
        createDataProperty(A, k, mappedValue);
      } catch (error) {
        // IfAbruptCloseAsyncIterator: the iterator is closed (and that awaited); errors in closing
        // are dropped, the original error is thrown (AsyncIteratorClose step 6).
        try {
          const closing = startClose(record);
          if (closing !== undefined) await closing;
        } catch (ignored) {
          // the original completion wins
        }
        throw error;
      }
    }
  }
  // 3.h. asyncItems is an array-like.
  const arrayLike = ToObject(asyncItems);
  const length = NumberCtor(arrayLike.length);
  const len = length > 0 ? MathMin(MathTrunc(length), kMaxSafeInteger) : 0;
  const A = isConstructor(C) ? ReflectConstruct(C, [len]) : new Array(len);
  for (let k = 0; k < len; ++k) {
    let kValue = await arrayLike[k];
    if (mapping) kValue = await ReflectApply(mapfn, thisArg, [kValue, k]);
    createDataProperty(A, k, kValue);
  }
  A.length = len;
  return A;
}

if (!('fromAsync' in Array)) {
  defineMethod(Array, 'fromAsync', fromAsync);
}
