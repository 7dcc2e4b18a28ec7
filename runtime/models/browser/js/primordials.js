// primordials.js — the built-ins the host scripts (web_messaging.js, dom.js…) use, taken before
// the user's script runs. Evaluated (uninstrumented) first; its completion value is called with
// (globalThis) and returns a frozen object that the other host scripts receive as
// host.primordials.
//
// A script may replace Array.prototype methods, the iterator protocol, Function.prototype.call,
// Object.defineProperty, Reflect… — Chromium's own implementation of MessagePort or toSorted does
// not notice, so neither may ours. Host scripts therefore call these copies, never look a method
// up on a value at run time, and use index loops instead of for…of or spread on arrays
// (Node.js's lib/ follows the same rule with its own primordials).
(function makePrimordials(global) {
  'use strict';
  const { bind, call } = Function.prototype;
  // uncurry(Array.prototype.push)(array, x) === array.push(x) with the original push; the bound
  // function keeps the original `call`, so a later Function.prototype.call = … changes nothing.
  const uncurry = (fn) => bind.call(call, fn);
  const NumberCtor = global.Number;
  const MathMin = Math.min;
  const MathTrunc = Math.trunc;
  const ObjectDefineProperty = Object.defineProperty;
  const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;
  const ReflectApply = Reflect.apply;
  const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(global.ArrayBuffer.prototype, 'byteLength').get;
  return Object.freeze({
    ArrayPrototypeShift: uncurry(Array.prototype.shift),
    ArraySplice: Array.prototype.splice,  // for ReflectApply(ArraySplice, array, args): no spread
    MapCtor: global.Map,
    MapPrototypeGet: uncurry(Map.prototype.get),
    MapPrototypeHas: uncurry(Map.prototype.has),
    MapPrototypeSet: uncurry(Map.prototype.set),
    ObjectCreate: Object.create,
    ObjectDefineProperty,
    ReflectApply: Reflect.apply,
    TypeErrorCtor: global.TypeError,
    // ToLength(value.length) of an array-like (ECMA-262 7.3.19 LengthOfArrayLike).
    LengthOf(arrayLike) {
      const length = NumberCtor(arrayLike.length);
      if (!(length > 0)) return 0;
      return MathMin(MathTrunc(length), kMaxSafeInteger);
    },
    // Is `value` an ArrayBuffer (the byteLength getter accepts nothing else, whatever its prototype)?
    IsArrayBuffer(value) {
      try { ReflectApply(ArrayBufferByteLength, value, []); return true; } catch (e) { return false; }
    },
    // Appends without Array.prototype.push (a data property write, as the spec's CreateDataProperty).
    Append(list, value) {
      ObjectDefineProperty(list, list.length, { value, writable: true, enumerable: true, configurable: true });
    },
  });
})
