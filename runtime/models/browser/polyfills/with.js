// with.js — Array.prototype.with and %TypedArray%.prototype.with (ECMA-262 2023, 23.1.3.39 and
// 23.2.3.36), written here for V8's RangeError texts ("Invalid index : 5", "Invalid typed array
// index"), which core-js's cannot give without reading the index twice.
// https://tc39.es/ecma262/#sec-array.prototype.with
'use strict';
const { defineMethod, createDataProperty } = require('./properties.js');
const ReflectApply = Reflect.apply;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ToObject = Object;
const NumberCtor = Number;
const MathTrunc = Math.trunc;
const MathMin = Math.min;
const StringCtor = String;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;
const TypedArrayPrototype = ObjectGetPrototypeOf(Int8Array.prototype);
const TypedArrayLength = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayTag = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const kConstructors = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
                        Float32Array, Float64Array, BigInt64Array, BigUint64Array };

function toIntegerOrInfinity(value) { return MathTrunc(NumberCtor(value)) || 0; }

const methods = {
  with(index, value) {
    // 1-2. Let O be ? ToObject(this value); len be ? LengthOfArrayLike(O).
    if (this === undefined || this === null) throw new TypeErrorCtor('Array.prototype.with called on null or undefined');
    const O = ToObject(this);
    const length = NumberCtor(O.length);
    const len = length > 0 ? MathMin(MathTrunc(length), kMaxSafeInteger) : 0;
    // 3-6. The relative index; out of range is a RangeError.
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    if (actualIndex >= len || actualIndex < 0) throw new RangeErrorCtor('Invalid index : ' + StringCtor(index));
    // 7-9. A new array: value at actualIndex, every other element read from O.
    if (len > 2 ** 32 - 1) throw new RangeErrorCtor('Invalid array length');
    const A = new Array(len);
    for (let k = 0; k < len; ++k) createDataProperty(A, k, k === actualIndex ? value : O[k]);
    return A;
  },
};
const typedMethods = {
  with(index, value) {
    // 1-3. ValidateTypedArray(O); len = TypedArrayLength.
    const kind = ReflectApply(TypedArrayTag, this, []);
    if (kind === undefined) throw new TypeErrorCtor('this is not a typed array.');
    const len = ReflectApply(TypedArrayLength, this, []);
    // 4-6. The relative index, then the value converted as the element type wants.
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
    // (ToBigInt or ToNumber, once: through a one-element array of the same type)
    const cell = new kConstructors[kind](1);
    cell[0] = value;
    const numericValue = cell[0];
    // 9. If IsValidIntegerIndex(O, 𝔽(actualIndex)) is false, throw a RangeError exception.
    if (actualIndex >= ReflectApply(TypedArrayLength, this, []) || actualIndex < 0) {
      throw new RangeErrorCtor('Invalid typed array index');
    }
    // 10-12. TypedArrayCreateSameType(O, len), filled from O with numericValue at actualIndex.
    const A = new kConstructors[kind](len);
    for (let k = 0; k < len; ++k) A[k] = k === actualIndex ? numericValue : this[k];
    return A;
  },
};
defineMethod(Array.prototype, 'with', methods.with);
defineMethod(TypedArrayPrototype, 'with', typedMethods.with);
