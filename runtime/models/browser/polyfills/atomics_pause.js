// atomics_pause.js — Atomics.pause (ECMA-262 2026, 25.4.16), which core-js lacks: a hint to the
// CPU in a spin loop, so here only its argument check, with V8's message. Length 0.
// https://tc39.es/ecma262/#sec-atomics.pause
'use strict';
const { defineMethod } = require('./properties.js');
const NumberIsInteger = Number.isInteger;
const TypeErrorCtor = TypeError;

const methods = {
  pause() {
    // 1. If N is neither undefined nor an integral Number, throw a TypeError exception.
    const N = arguments.length > 0 ? arguments[0] : undefined;
    if (N !== undefined && !(typeof N === 'number' && NumberIsInteger(N))) {
      throw new TypeErrorCtor('Atomics.pause argument must be undefined or an integer');
    }
    return undefined;
  },
};
if (!('pause' in Atomics)) {
  defineMethod(Atomics, 'pause', methods.pause);
}
