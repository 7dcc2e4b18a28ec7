// set_methods.js — the Set methods (ECMA-262 2025, 24.2.4: union, intersection, difference,
// symmetricDifference, isSubsetOf, isSupersetOf, isDisjointFrom) with the error messages Chromium
// prints. core-js's methods do the work; each is wrapped so that the receiver check and
// GetSetRecord(other) (24.2.1.2) happen here first, with V8's messages, reading `size`, `has` and
// `keys` exactly once as the specification does. core-js then gets a record it cannot observe
// the user through: its `has` and `keys` call the user's functions on `other`.
// https://tc39.es/ecma262/#sec-getsetrecord
'use strict';
const { defineMethod } = require('./properties.js');
const ReflectApply = Reflect.apply;
const ObjectCreate = Object.create;
const NumberCtor = Number;
const MathTrunc = Math.trunc;
const StringCtor = String;
const StringPrototypeReplace = String.prototype.replace;
const SetPrototype = Set.prototype;
const SetPrototypeHas = Set.prototype.has;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;

function isObject(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }

// RequireInternalSlot(O, [[SetData]]): V8's own message for Set.prototype.has names the receiver
// as V8 does ("[object Array]", "#<Object>", …); only the method's name is changed.
function requireSet(receiver, method) {
  try {
    ReflectApply(SetPrototypeHas, receiver, [undefined]);
  } catch (error) {
    throw new TypeErrorCtor(ReflectApply(StringPrototypeReplace, error.message, ['Set.prototype.has', 'Set.prototype.' + method]));
  }
}

// 24.2.1.2 GetSetRecord(obj)
function getSetRecord(other, method) {
  // 1. If obj is not an Object, throw a TypeError exception.
  if (!isObject(other)) throw new TypeErrorCtor('Set.prototype.' + method + ' argument must be an object');
  // 2-4. Let numSize be ? ToNumber(? Get(obj, "size")); NaN throws a TypeError.
  const numSize = NumberCtor(other.size);
  if (numSize !== numSize) throw new TypeErrorCtor('The .size property is NaN');
  // 5-6. Let intSize be ! ToIntegerOrInfinity(numSize); below 0 throws a RangeError.
  const intSize = MathTrunc(numSize) + 0;
  if (intSize < 0) throw new RangeErrorCtor("'" + StringCtor(intSize) + "' is an invalid size");
  // 7-10. has and keys must be callable.
  const has = other.has;
  if (typeof has !== 'function') throw new TypeErrorCtor('string "has" is not a function');
  const keys = other.keys;
  if (typeof keys !== 'function') throw new TypeErrorCtor('string "keys" is not a function');
  const record = ObjectCreate(null);
  record.size = intSize;
  record.has = (value) => ReflectApply(has, other, [value]);
  record.keys = () => ReflectApply(keys, other, []);
  return record;
}

const kMethods = ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf',
                  'isDisjointFrom'];
for (let i = 0; i < kMethods.length; ++i) {
  const method = kMethods[i];
  const polyfill = SetPrototype[method];
  // An object literal's method: named `method`, not a constructor, length 1.
  const wrapper = {
    [method](other) {
      requireSet(this, method);
      return ReflectApply(polyfill, this, [getSetRecord(other, method)]);
    },
  }[method];
  defineMethod(SetPrototype, method, wrapper);
}
