// sum_precise.js — Math.sumPrecise (ECMA-262 2026, 21.3.2.34): core-js adds the numbers exactly,
// after the values were taken from `items` here as the specification iterates them (core-js
// skips an array's iterator, see iterate.js), each checked to be a Number, with V8's messages.
// https://tc39.es/ecma262/#sec-math.sumprecise
'use strict';
const { defineMethod, append } = require('./properties.js');
const iterate = require('./iterate.js');

const ReflectApply = Reflect.apply;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const TypeErrorCtor = TypeError;
const CoreSumPrecise = Math.sumPrecise;

const kTypeTags = { number: 'Number', string: 'String', boolean: 'Boolean', bigint: 'BigInt', symbol: 'Symbol' };
// V8 names a non-iterable as its NoSideEffectsToString does: "[object Number]", "#<Object>".
function notIterable(items) {
  if (typeof items !== 'object' && typeof items !== 'function') {
    return new TypeErrorCtor('[object ' + kTypeTags[typeof items] + '] is not iterable');
  }
  const prototype = ObjectGetPrototypeOf(items);
  const constructor = prototype === null ? undefined : prototype.constructor;
  const name = typeof constructor === 'function' && typeof constructor.name === 'string' ? constructor.name : 'Object';
  return new TypeErrorCtor('#<' + name + '> is not iterable');
}

const methods = {
  sumPrecise(items) {
    // 1. Perform ? RequireObjectCoercible(items).
    if (items === undefined || items === null) throw new TypeErrorCtor('Math.sumPrecise called on null or undefined');
    const numbers = [];
    iterate(items, (value) => {
      if (typeof value !== 'number') {
        throw new TypeErrorCtor("Type of 'Iterator value' must be 'number', found '" + (value === null ? 'null' : typeof value) + "'");
      }
      append(numbers, value);
    }, notIterable);
    return ReflectApply(CoreSumPrecise, Math, [numbers]);
  },
};
defineMethod(Math, 'sumPrecise', methods.sumPrecise);
