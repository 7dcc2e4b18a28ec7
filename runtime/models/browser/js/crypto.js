// crypto.js — window.crypto: getRandomValues(view) and randomUUID() (WebCrypto §10), entropy from
// host.fillRandom (getrandom(2)). Blink's errors (measured, tests/puzzles/crypto_*.js):
//   no argument            TypeError "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present."
//   not an ArrayBufferView TypeError "… parameter 1 is not of type 'ArrayBufferView'."
//   Float32/Float64/DataView DOMException TypeMismatchError (17) "… The provided ArrayBufferView is of type 'Float32', which is not an integer array type."
//   more than 65536 bytes  QuotaExceededError (22) "… The ArrayBufferView's byte length (N) exceeds the number of bytes of entropy available via this API (65536)."
// FIXME: crypto.subtle is not provided. Called with (globalThis, host).
(function installCrypto(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, TypeErrorCtor } = host.primordials;
  const { DOMException, QuotaExceededError, requireArguments } = host;
  const captureStackTrace = Error.captureStackTrace;
  const kPrefix = "Failed to execute 'getRandomValues' on 'Crypto': ";
  const kMaxBytes = 65536;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const TypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
  const TypedArrayByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
  const kIntegerTypes = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
                         'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  const Uint8ArrayCtor = Uint8Array;
  const NumberToString = Number.prototype.toString;
  const StringPadStart = String.prototype.padStart;
  const StringPrototypeSlice = String.prototype.slice;
  const kSecret = Symbol('Crypto');
  class Crypto {
    constructor(secret) { if (secret !== kSecret) throw new TypeErrorCtor('Illegal constructor'); }
    getRandomValues(array) {
      requireArguments(arguments.length, 1, 'getRandomValues', 'Crypto');
      if (!ArrayBufferIsView(array)) throw new TypeErrorCtor(kPrefix + "parameter 1 is not of type 'ArrayBufferView'.");
      const tag = ReflectApply(TypedArrayTag, array, []);  // undefined for a DataView
      let integer = false;
      for (let i = 0; i < kIntegerTypes.length; ++i) {
        if (kIntegerTypes[i] === tag) integer = true;
      }
      if (!integer) {
        const type = tag === undefined ? 'DataView' : ReflectApply(StringPrototypeSlice, tag, [0, tag.length - 'Array'.length]);
        throw host.thrownDOMException(kPrefix + "The provided ArrayBufferView is of type '" + type + "', which is not an integer array type.",
                               'TypeMismatchError');
      }
      const byteLength = ReflectApply(TypedArrayByteLength, array, []);
      if (byteLength > kMaxBytes) {
        const error = new QuotaExceededError(kPrefix + "The ArrayBufferView's byte length (" + byteLength +
                                             ') exceeds the number of bytes of entropy available via this API (' + kMaxBytes + ').',
                                             { quota: kMaxBytes, requested: byteLength });
        if (typeof captureStackTrace === 'function') captureStackTrace(error, this.getRandomValues);
        throw error;
      }
      host.fillRandom(array);
      return array;
    }
    randomUUID() {
      // WebCrypto "generate a random UUID": 16 random bytes, version 4, variant 10xx.
      const bytes = new Uint8ArrayCtor(16);
      host.fillRandom(bytes);
      bytes[6] = (bytes[6] & 0x0f) | 0x40;
      bytes[8] = (bytes[8] & 0x3f) | 0x80;
      let text = '';
      for (let i = 0; i < 16; ++i) {
        if (i === 4 || i === 6 || i === 8 || i === 10) text += '-';
        text += ReflectApply(StringPadStart, ReflectApply(NumberToString, bytes[i], [16]), [2, '0']);
      }
      return text;
    }
  }
  ObjectDefineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
  const crypto = new Crypto(kSecret);
  ObjectDefineProperty(global, 'crypto', { get() { return crypto; }, enumerable: true, configurable: true });
  ObjectDefineProperty(global, 'Crypto', { value: Crypto, writable: true, configurable: true });
})
