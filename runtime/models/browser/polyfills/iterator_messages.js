// iterator_messages.js — the iterator helpers' first steps (ECMA-262 2025, 27.1.4) with V8's
// messages, before core-js's methods run: "If O is not an Object, throw a TypeError", then the
// argument check, which closes the iterator before throwing (IteratorClose with a throw
// completion: `return` is called, its own failure dropped). take / drop convert their limit
// here (ToNumber once), so core-js gets a number it cannot observe twice. Also
// Iterator.from / Iterator.concat on a non-object, and reduce of an empty iterator.
// https://tc39.es/ecma262/#sec-iterator.prototype.map
'use strict';
const { replaceMethod } = require('./properties.js');
const notCallable = require('./not_callable.js');

const ReflectApply = Reflect.apply;
const NumberCtor = Number;
const MathTrunc = Math.trunc;
const StringCtor = String;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const IteratorPrototype = Iterator.prototype;

function isObject(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }
function closeQuietly(iterator) {
  try {
    const returnMethod = iterator.return;
    if (returnMethod !== undefined && returnMethod !== null) ReflectApply(returnMethod, iterator, []);
  } catch (ignored) {
    // the TypeError or RangeError wins
  }
}
function describe(value) {
  return isObject(value) ? '#<Object>' : typeof value === 'symbol' ? 'Symbol()' : StringCtor(value);
}

for (const method of ['map', 'filter', 'flatMap', 'forEach', 'some', 'every', 'find', 'reduce']) {
  const core = IteratorPrototype[method];
  replaceMethod(IteratorPrototype, method, {
    [method](callback) {
      if (!isObject(this)) throw new TypeErrorCtor('Iterator.prototype.' + method + ' called on non-object');
      if (typeof callback !== 'function') {
        const error = notCallable(callback, 'Iterator.prototype.' + method);
        closeQuietly(this);
        throw error;
      }
      if (method !== 'reduce') return ReflectApply(core, this, arguments);
      try {
        return ReflectApply(core, this, arguments);
      } catch (error) {
        // core-js's text for an empty iterator without an initial value; V8's below.
        if (error instanceof TypeErrorCtor && error.message === 'Reduce of empty iterator with no initial value') {
          throw new TypeErrorCtor('Reduce of a done iterator with no initial value');
        }
        throw error;
      }
    },
  }[method]);
}
for (const method of ['take', 'drop']) {
  const core = IteratorPrototype[method];
  replaceMethod(IteratorPrototype, method, {
    [method](limit) {
      if (!isObject(this)) throw new TypeErrorCtor('Iterator.prototype.' + method + ' called on non-object');
      let number;
      try {
        number = NumberCtor(limit);
      } catch (error) {
        closeQuietly(this);
        throw error;
      }
      if (number !== number || MathTrunc(number) < 0) {
        const error = new RangeErrorCtor(describe(limit) + ' must be positive');
        closeQuietly(this);
        throw error;
      }
      return ReflectApply(core, this, [number]);
    },
  }[method]);
}
for (const method of ['toArray', 'includes', 'join']) {
  const core = IteratorPrototype[method];
  if (core === undefined) continue;
  replaceMethod(IteratorPrototype, method, {
    [method]() {
      if (!isObject(this)) throw new TypeErrorCtor('Iterator.prototype.' + method + ' called on non-object');
      return ReflectApply(core, this, arguments);
    },
  }[method]);
}
for (const method of ['from', 'concat']) {
  const core = Iterator[method];
  replaceMethod(Iterator, method, {
    [method](first) {
      if (method === 'from' && !isObject(first) && typeof first !== 'string') {
        throw new TypeErrorCtor('Iterator.from called on non-object');
      }
      if (method === 'concat') {
        for (let i = 0; i < arguments.length; ++i) {
          if (!isObject(arguments[i])) throw new TypeErrorCtor('Iterator.concat called on non-object');
        }
      }
      return ReflectApply(core, this, arguments);
    },
  }[method]);
}
