// promise_try.js — Promise.try (ECMA-262 2026, 27.2.4.8) is core-js's; its first step, "If C is
// not an Object, throw a TypeError", is done here first with V8's message (core-js's reads
// "5 is not an object").
// https://tc39.es/ecma262/#sec-promise.try
'use strict';
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const TypeErrorCtor = TypeError;
const CoreTry = Promise.try;

const methods = {
  try(callback) {
    const C = this;
    if ((typeof C !== 'object' || C === null) && typeof C !== 'function') {
      throw new TypeErrorCtor('Promise.try called on non-object');
    }
    return ReflectApply(CoreTry, C, arguments);
  },
};
ObjectDefineProperty(Promise, 'try', { value: methods.try, writable: true, enumerable: false, configurable: true });
