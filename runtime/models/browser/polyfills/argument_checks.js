// argument_checks.js — V8's messages for the first steps of some core-js built-ins. Each wrapper
// does only checks the specification makes before it reads anything of the script's (so nothing
// is observed twice), then calls core-js's function:
//  - Array.prototype.toSorted / %TypedArray%.prototype.toSorted, step 1: "If comparefn is not
//    undefined and IsCallable(comparefn) is false, throw a TypeError exception."
//  - String.prototype.isWellFormed / toWellFormed, step 1: RequireObjectCoercible(this value).
'use strict';
const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const StringCtor = String;
const TypeErrorCtor = TypeError;

function replaceMethod(holder, name, wrapper) {
  ObjectDefineProperty(holder, name, { value: wrapper, writable: true, enumerable: false, configurable: true });
}

const TypedArrayPrototype = ObjectGetPrototypeOf(Int8Array.prototype);
for (const holder of [Array.prototype, TypedArrayPrototype]) {
  const core = holder.toSorted;
  replaceMethod(holder, 'toSorted', {
    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeErrorCtor('The comparison function must be either a function or undefined: ' + StringCtor(comparefn));
      }
      return ReflectApply(core, this, arguments);
    },
  }.toSorted);
}

const wellFormed = {
  isWellFormed: String.prototype.isWellFormed,
  toWellFormed: String.prototype.toWellFormed,
};
const stringMethods = {
  isWellFormed() {
    if (this === undefined || this === null) throw new TypeErrorCtor('String.prototype.isWellFormed called on null or undefined');
    return ReflectApply(wellFormed.isWellFormed, this, []);
  },
  toWellFormed() {
    if (this === undefined || this === null) throw new TypeErrorCtor('String.prototype.toWellFormed called on null or undefined');
    return ReflectApply(wellFormed.toWellFormed, this, []);
  },
};
replaceMethod(String.prototype, 'isWellFormed', stringMethods.isWellFormed);
replaceMethod(String.prototype, 'toWellFormed', stringMethods.toWellFormed);
