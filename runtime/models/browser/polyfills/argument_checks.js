// argument_checks.js — V8's messages for the first steps of some core-js built-ins. Each wrapper
// does only checks the specification makes before it reads anything of the script's (so nothing
// is observed twice), then calls core-js's function:
//  - Array.prototype.toSorted / %TypedArray%.prototype.toSorted, step 1: "If comparefn is not
//    undefined and IsCallable(comparefn) is false, throw a TypeError exception."
//  - String.prototype.isWellFormed / toWellFormed, step 1: RequireObjectCoercible(this value).
//  - RegExp.escape and the Uint8Array base64 / hex methods: the receiver and "If string is not
//    a String, throw a TypeError"; their SyntaxErrors for malformed input get V8's texts.
//  - DisposableStack / AsyncDisposableStack: `use` of a non-object, any method after dispose.
//  - Map / WeakMap getOrInsertComputed with a callback that is not callable.
'use strict';
const { replaceMethod } = require('./properties.js');
const ReflectApply = Reflect.apply;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const StringCtor = String;
const TypeErrorCtor = TypeError;
const SyntaxErrorCtor = SyntaxError;
const ReferenceErrorCtor = ReferenceError;
const StringPrototypeReplace = String.prototype.replace;
const MapPrototypeGet = Map.prototype.get;
const MapPrototypeHas = Map.prototype.has;
const WeakMapPrototypeHas = WeakMap.prototype.has;
const TypedArrayTag = Object.getOwnPropertyDescriptor(ObjectGetPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get;


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

// "Method NAME called on incompatible receiver X", with X as V8 renders it: V8's own message
// for Map.prototype.get on the same receiver, renamed.
function incompatibleReceiver(receiver, method) {
  let message = 'Method Map.prototype.get called on incompatible receiver ' + StringCtor(receiver);
  try {
    ReflectApply(MapPrototypeGet, receiver, [undefined]);
  } catch (error) {
    message = error.message;
  }
  return new TypeErrorCtor(ReflectApply(StringPrototypeReplace, message, ['Map.prototype.get', method]));
}
function isUint8Array(value) {
  return ReflectApply(TypedArrayTag, value, []) === 'Uint8Array';
}
// core-js's SyntaxError texts for malformed base64 / hex, and V8's.
const kEncodingMessages = {
  'Malformed padding: exactly one additional character': 'The base64 input terminates with a single character, excluding padding (=).',
  'String should be an even number of characters': 'Input string must contain hex characters in even length',
  'String should only contain hex characters': 'Input string must contain hex characters in even length',
};
function translated(error) {
  if (error instanceof SyntaxErrorCtor && typeof kEncodingMessages[error.message] === 'string') {
    return new SyntaxErrorCtor(kEncodingMessages[error.message]);
  }
  return error;
}
function callTranslating(core, receiver, args) {
  try {
    return ReflectApply(core, receiver, args);
  } catch (error) {
    throw translated(error);
  }
}

{
  const escape = RegExp.escape;
  replaceMethod(RegExp, 'escape', {
    escape(string) {
      if (typeof string !== 'string') throw new TypeErrorCtor('input argument must be a string');
      return ReflectApply(escape, RegExp, [string]);
    },
  }.escape);
}
for (const name of ['fromBase64', 'fromHex']) {
  const core = Uint8Array[name];
  replaceMethod(Uint8Array, name, {
    [name](string) {
      if (typeof string !== 'string') throw new TypeErrorCtor('input argument must be a string');
      return callTranslating(core, this, arguments);
    },
  }[name]);
}
for (const name of ['setFromBase64', 'setFromHex', 'toBase64', 'toHex']) {
  const core = Uint8Array.prototype[name];
  const takesString = name === 'setFromBase64' || name === 'setFromHex';
  replaceMethod(Uint8Array.prototype, name, {
    [name](string) {
      if (!isUint8Array(this)) throw incompatibleReceiver(this, 'Uint8Array.prototype.' + name);
      if (takesString && typeof string !== 'string') throw new TypeErrorCtor('input argument must be a string');
      return callTranslating(core, this, arguments);
    },
  }[name]);
}

for (const stackName of ['DisposableStack', 'AsyncDisposableStack']) {
  const prototype = globalThis[stackName].prototype;
  const disposedMessage = stackName + ' already disposed';  // core-js's ReferenceError
  for (const name of ['use', 'adopt', 'defer', 'move']) {
    const core = prototype[name];
    replaceMethod(prototype, name, {
      [name](value) {
        try {
          if (name === 'use' && value !== null && value !== undefined && !isObjectLike(value)) {
            ReflectApply(core, this, []);  // the receiver and disposed checks come first
            throw new TypeErrorCtor('An object is expected with `using` declarations');
          }
          return ReflectApply(core, this, arguments);
        } catch (error) {
          if (error instanceof ReferenceErrorCtor && error.message === disposedMessage) {
            throw new ReferenceErrorCtor('Cannot call ' + stackName + '.prototype.' + name + ' on an already-disposed ' + stackName);
          }
          throw error;
        }
      },
    }[name]);
  }
}
function isObjectLike(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }

for (const [holder, name, has] of [[Map.prototype, 'Map', MapPrototypeHas], [WeakMap.prototype, 'WeakMap', WeakMapPrototypeHas]]) {
  const core = holder.getOrInsertComputed;
  replaceMethod(holder, 'getOrInsertComputed', {
    getOrInsertComputed(key, callbackfn) {
      let isCollection = true;
      try { ReflectApply(has, this, [undefined]); } catch (error) { isCollection = false; }
      if (isCollection && typeof callbackfn !== 'function') {
        throw new TypeErrorCtor(name + '.prototype.getOrInsertComputed is not a function');
      }
      return ReflectApply(core, this, arguments);
    },
  }.getOrInsertComputed);
}
