// promise_try.js — Promise.try (ECMA-262 2026, 27.2.4.8) is core-js's; its first step, "If C is
// not an Object, throw a TypeError", is done here first with V8's message (core-js's reads
// "5 is not an object"), and a callback that is not callable rejects with the TypeError V8's
// Call throws (core-js's reads "5 is not a function"): core-js is given one that throws it.
// https://tc39.es/ecma262/#sec-promise.try
'use strict';
const { defineMethod } = require('./properties.js');
const notCallable = require('./not_callable.js');

const ReflectApply = Reflect.apply;
const TypeErrorCtor = TypeError;
const CoreTry = Promise.try;

const methods = {
  try(callback) {
    const C = this;
    if ((typeof C !== 'object' || C === null) && typeof C !== 'function') {
      throw new TypeErrorCtor('Promise.try called on non-object');
    }
    if (typeof callback !== 'function') {
      const error = notCallable(callback, 'symbol');
      return ReflectApply(CoreTry, C, [() => { throw error; }]);
    }
    return ReflectApply(CoreTry, C, arguments);
  },
};
defineMethod(Promise, 'try', methods.try);
