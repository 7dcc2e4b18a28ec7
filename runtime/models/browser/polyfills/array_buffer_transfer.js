// array_buffer_transfer.js — ArrayBuffer.prototype.transfer and transferToFixedLength (ECMA-262
// 2024, 25.1.6.8-9, ArrayBufferCopyAndDetach 25.1.3.3). core-js detaches through a global
// structuredClone or MessageChannel, neither of which exists when the bundle loads; the host's
// structured clone (BrowserGlobals.cpp, host.structuredClone(value, transferList)) detaches here.
// Resizable buffers do not exist in V8 10.2: every result is fixed-length. Messages are V8's.
// https://tc39.es/ecma262/#sec-arraybuffercopyanddetach
'use strict';
const { defineMethod } = require('./properties.js');
const ReflectApply = Reflect.apply;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const NumberCtor = Number;
const MathTrunc = Math.trunc;
const MathMin = Math.min;
const ArrayBufferCtor = ArrayBuffer;
const Uint8ArrayCtor = Uint8Array;
const TypedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;
const ByteLength = ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const StringPrototypeReplace = String.prototype.replace;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;

module.exports = function install(host) {
  function copyAndDetach(buffer, newLength, method) {
    // 1-2. RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]); a SharedArrayBuffer has none here.
    let byteLength;
    try {
      byteLength = ReflectApply(ByteLength, buffer, []);
    } catch (error) {
      throw new TypeErrorCtor(ReflectApply(StringPrototypeReplace, error.message,
                                           ['get ArrayBuffer.prototype.byteLength', 'ArrayBuffer.prototype.' + method]));
    }
    // 3-4. newByteLength: the current length, or ToIndex(newLength).
    let newByteLength = byteLength;
    if (newLength !== undefined) {
      const integer = MathTrunc(NumberCtor(newLength)) || 0;
      if (integer < 0 || integer > kMaxSafeInteger) throw new RangeErrorCtor('Invalid array buffer length');
      newByteLength = integer;
    }
    // 5. If IsDetachedBuffer(arrayBuffer), throw a TypeError (a detached buffer has byteLength 0
    // and cannot be cloned).
    if (byteLength === 0 && isDetached(buffer)) {
      throw new TypeErrorCtor('Cannot perform ArrayBuffer.prototype.' + method + ' on a detached ArrayBuffer');
    }
    // 10-14. The same bytes move when the length stays; otherwise a copy, then the original is detached.
    if (newByteLength === byteLength) return host.structuredClone(buffer, [buffer]);
    const result = new ArrayBufferCtor(newByteLength);
    const copyLength = MathMin(newByteLength, byteLength);
    ReflectApply(TypedArraySet, new Uint8ArrayCtor(result), [new Uint8ArrayCtor(buffer, 0, copyLength)]);
    host.structuredClone(buffer, [buffer]);
    return result;
  }
  function isDetached(buffer) {
    try {
      new Uint8ArrayCtor(buffer);  // V8 refuses a view on a detached buffer
      return false;
    } catch (error) {
      return true;
    }
  }
  const methods = {
    transfer() { return copyAndDetach(this, arguments.length > 0 ? arguments[0] : undefined, 'transfer'); },
    transferToFixedLength() {
      return copyAndDetach(this, arguments.length > 0 ? arguments[0] : undefined, 'transferToFixedLength');
    },
  };
  for (const name of ['transfer', 'transferToFixedLength']) {
    if (!(name in ArrayBufferCtor.prototype)) {
      defineMethod(ArrayBufferCtor.prototype, name, methods[name]);
    }
  }
};
