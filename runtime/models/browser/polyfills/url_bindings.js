// url_bindings.js — URL and URLSearchParams (https://url.spec.whatwg.org/) as Chromium exposes
// them. core-js parses and serializes; this file puts in front of it what Blink's WebIDL bindings
// do: `new` required, argument counts, argument conversion (WebIDL USVString, the
// URLSearchParams init union), "Illegal invocation" for a wrong receiver, Blink's messages
// ("Failed to construct 'URL': Invalid URL"), and the members in Chromium's order. The
// prototypes stay core-js's, so URL objects core-js makes itself (url.searchParams) are the same
// kind. Everything used here was taken when the bundle loaded.
'use strict';
const { append } = require('./properties.js');
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const StringCtor = String;
const TypeErrorCtor = TypeError;
const SymbolIterator = Symbol.iterator;
const ArrayIsArray = Array.isArray;
const SymbolToStringTag = Symbol.toStringTag;

const CoreURL = globalThis.URL;
const CoreURLSearchParams = globalThis.URLSearchParams;
const URLPrototype = CoreURL.prototype;
const URLSearchParamsPrototype = CoreURLSearchParams.prototype;
const CoreCanParse = CoreURL.canParse;
const URLProtocol = ObjectGetOwnPropertyDescriptor(URLPrototype, 'protocol').get;
const URLSearchParamsSize = ObjectGetOwnPropertyDescriptor(URLSearchParamsPrototype, 'size').get;
const URLSearchParamsAppend = URLSearchParamsPrototype.append;

// core-js's parser and serializer use regular expressions through String.prototype.replace and
// friends, which look up `exec`, the @@-methods and the flag getters on RegExp.prototype at run
// time, and iterate strings and arrays with their @@iterator: a script that patches those would
// break URL parsing, which in Chromium is C++. Around each call into core-js these built-ins'
// original members are put back, and the script's own after it (no script code runs in between).
const RegExpCtor = RegExp;
const kGuarded = [];
function guard(holder, keys) {
  for (let i = 0; i < keys.length; ++i) {
    const original = ObjectGetOwnPropertyDescriptor(holder, keys[i]);
    if (original !== undefined) kGuarded[kGuarded.length] = [holder, keys[i], original];
  }
}
guard(RegExpCtor.prototype, ['exec', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search, 'flags',
                             'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'sticky', 'hasIndices']);
guard(RegExpCtor, [Symbol.species]);
guard(Array.prototype, [SymbolIterator]);
guard(String.prototype, [SymbolIterator]);
guard(Object.getPrototypeOf([][SymbolIterator]()), ['next']);
guard(Object.getPrototypeOf(''[SymbolIterator]()), ['next']);
function sameDescriptor(a, b) {
  return a !== undefined && b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set;
}
function withOriginalIntrinsics(run) {
  const changed = [];
  for (let i = 0; i < kGuarded.length; ++i) {
    const holder = kGuarded[i][0];
    const key = kGuarded[i][1];
    const original = kGuarded[i][2];
    const current = ObjectGetOwnPropertyDescriptor(holder, key);
    if (!sameDescriptor(current, original)) {
      append(changed, [holder, key, current]);
      ObjectDefineProperty(holder, key, original);
    }
  }
  if (changed.length === 0) return run();
  try {
    return run();
  } finally {
    for (let i = 0; i < changed.length; ++i) {
      if (changed[i][2] === undefined) delete changed[i][0][changed[i][1]];
      else ObjectDefineProperty(changed[i][0], changed[i][1], changed[i][2]);
    }
  }
}

function fail(message) { return new TypeErrorCtor(message); }
function isObject(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }
function requireArguments(count, required, prefix) {
  if (count < required) {
    throw fail(prefix + required + ' argument' + (required === 1 ? '' : 's') + ' required, but only ' + count + ' present.');
  }
}
// WebIDL USVString: ToString (a Symbol fails with Blink's prefix); lone surrogates are core-js's.
function toUSVString(value, prefix) {
  if (typeof value === 'symbol') throw fail(prefix + 'Cannot convert a Symbol value to a string');
  return StringCtor(value);
}
function isBranded(getter, receiver) {
  try { ReflectApply(getter, receiver, []); return true; } catch (error) { return false; }
}
function define(target, name, value, enumerable = false) {
  ObjectDefineProperty(target, name, { value, writable: true, enumerable, configurable: true });
}

// One member of an interface: `required` arguments, a receiver check, then core-js's function.
function operation(iface, name, required, brand, core, convert) {
  const prefix = "Failed to execute '" + name + "' on '" + iface + "': ";
  const wrapper = {
    [name](...args) {
      if (!isBranded(brand, this)) throw fail('Illegal invocation');
      requireArguments(args.length, required, prefix);
      if (convert !== undefined) convert(args, prefix);
      // forEach calls the script's callback, which must see the script's own built-ins.
      if (convert === requireCallback) return ReflectApply(core, this, args);
      return withOriginalIntrinsics(() => ReflectApply(core, this, args));
    },
  }[name];
  ObjectDefineProperty(wrapper, 'length', { value: required, configurable: true });
  return wrapper;
}
function attribute(iface, name, brand, descriptor, onSetFailure) {
  const getter = descriptor.get;
  const setter = descriptor.set;
  const result = { enumerable: true, configurable: true };
  result.get = {
    get [name]() {
      if (!isBranded(brand, this)) throw fail('Illegal invocation');
      return withOriginalIntrinsics(() => ReflectApply(getter, this, []));
    },
  };
  result.get = ObjectGetOwnPropertyDescriptor(result.get, name).get;
  if (setter !== undefined) {
    result.set = ObjectGetOwnPropertyDescriptor({
      set [name](value) {
        if (!isBranded(brand, this)) throw fail('Illegal invocation');
        const prefix = "Failed to set the '" + name + "' property on '" + iface + "': ";
        requireArguments(arguments.length, 1, prefix);
        const text = toUSVString(value, prefix);
        try {
          withOriginalIntrinsics(() => ReflectApply(setter, this, [text]));
        } catch (error) {
          throw onSetFailure !== undefined ? fail(prefix + onSetFailure) : error;
        }
      },
    }, name).set;
  }
  return result;
}
// The members in Chromium's order (Object.getOwnPropertyNames of its prototype), constructor last.
function rebuild(prototype, iface, brand, members, constructor) {
  const descriptors = [];
  for (let i = 0; i < members.length; ++i) {
    const member = members[i];
    const descriptor = ObjectGetOwnPropertyDescriptor(prototype, member.name);
    descriptors[i] = member.kind === 'attribute'
      ? attribute(iface, member.name, brand, descriptor, member.onSetFailure)
      : { value: operation(iface, member.name, member.required, brand, descriptor.value, member.convert),
          writable: true, enumerable: true, configurable: true };
  }
  const iterator = ObjectGetOwnPropertyDescriptor(prototype, SymbolIterator);
  const tag = ObjectGetOwnPropertyDescriptor(prototype, SymbolToStringTag);
  const names = ObjectGetOwnPropertyNames(prototype);
  for (let i = 0; i < names.length; ++i) delete prototype[names[i]];
  for (let i = 0; i < members.length; ++i) ObjectDefineProperty(prototype, members[i].name, descriptors[i]);
  define(prototype, 'constructor', constructor);
  if (iterator !== undefined) define(prototype, SymbolIterator, prototype.entries);
  if (tag !== undefined) ObjectDefineProperty(prototype, SymbolToStringTag, tag);
}
function interfaceObject(name, length, construct, prototype) {
  const constructor = {
    [name]: function (...args) {
      if (new.target === undefined) {
        throw fail("Failed to construct '" + name +
                   "': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
      }
      return construct(args, new.target);
    },
  }[name];
  ObjectDefineProperty(constructor, 'length', { value: length, configurable: true });
  ObjectDefineProperty(constructor, 'prototype', { value: prototype, writable: false, enumerable: false, configurable: false });
  return constructor;
}

// --- URL ----------------------------------------------------------------------------------------
const kURLConstruct = "Failed to construct 'URL': ";
// The URL constructor steps (URL Standard 6.1): parse the base, then the URL against it.
function parseArguments(args, prefix) {
  requireArguments(args.length, 1, prefix);
  const url = toUSVString(args[0], prefix);
  if (args.length < 2 || args[1] === undefined) {
    return { url, base: undefined, valid: withOriginalIntrinsics(() => CoreCanParse(url)) };
  }
  const base = toUSVString(args[1], prefix);
  return withOriginalIntrinsics(() => ({ url, base, validBase: CoreCanParse(base), valid: CoreCanParse(url, base) }));
}
const URL = interfaceObject('URL', 1, (args, newTarget) => {
  const parsed = parseArguments(args, kURLConstruct);
  if (parsed.base !== undefined && !parsed.validBase) throw fail(kURLConstruct + 'Invalid base URL');
  if (!parsed.valid) throw fail(kURLConstruct + 'Invalid URL');
  return withOriginalIntrinsics(() => ReflectConstruct(CoreURL, parsed.base === undefined ? [parsed.url] : [parsed.url, parsed.base], newTarget));
}, URLPrototype);
define(URL, 'canParse', operation('URL', 'canParse', 1, () => {}, function canParse(...args) {
  const parsed = parseArguments(args, "Failed to execute 'canParse' on 'URL': ");
  return parsed.valid && parsed.validBase !== false;
}), true);
define(URL, 'parse', operation('URL', 'parse', 1, () => {}, function parse(...args) {
  const parsed = parseArguments(args, "Failed to execute 'parse' on 'URL': ");
  if (!parsed.valid || parsed.validBase === false) return null;
  return withOriginalIntrinsics(() => ReflectConstruct(CoreURL, parsed.base === undefined ? [parsed.url] : [parsed.url, parsed.base], URL));
}), true);
const kAttribute = (name, onSetFailure) => ({ kind: 'attribute', name, onSetFailure });
rebuild(URLPrototype, 'URL', URLProtocol, [
  kAttribute('origin'), kAttribute('protocol'), kAttribute('username'), kAttribute('password'), kAttribute('host'),
  kAttribute('hostname'), kAttribute('port'), kAttribute('pathname'), kAttribute('search'), kAttribute('searchParams'),
  kAttribute('hash'), kAttribute('href', 'Invalid URL'),
  { name: 'toJSON', required: 0 }, { name: 'toString', required: 0 },
], URL);

// --- URLSearchParams ----------------------------------------------------------------------------
const kParamsConstruct = "Failed to construct 'URLSearchParams': ";
// The init argument: (sequence<sequence<USVString>> or record<USVString, USVString> or USVString)
// (URL Standard 6.2), converted as WebIDL does before anything is appended.
function initPairs(init) {
  const pairs = [];
  if (!isObject(init)) return undefined;
  const method = init[SymbolIterator];
  if (method !== undefined && method !== null) {
    forEachElement(init, method, (pair) => {
      if (!isObject(pair)) throw fail(kParamsConstruct + 'The provided value cannot be converted to a sequence.');
      const inner = [];
      forEachElement(pair, pair[SymbolIterator], (item) => append(inner, toUSVString(item, kParamsConstruct)));
      if (inner.length !== 2) {
        throw fail(kParamsConstruct + kParamsConstruct + 'Sequence initializer must only contain pair elements');
      }
      append(pairs, inner);
    });
    return pairs;
  }
  const keys = ObjectKeys(init);
  for (let i = 0; i < keys.length; ++i) append(pairs, [keys[i], toUSVString(init[keys[i]], kParamsConstruct)]);
  return pairs;
}
// A WebIDL sequence's elements: an array's by index, as Blink reads them (measured: a patched
// Array.prototype[Symbol.iterator] is not called), anything else through its iterator.
function forEachElement(sequence, method, visit) {
  if (ArrayIsArray(sequence)) {
    for (let i = 0; i < sequence.length; ++i) visit(sequence[i]);
    return;
  }
  if (typeof method !== 'function') throw fail(kParamsConstruct + 'The provided value cannot be converted to a sequence.');
  for (const element of { [SymbolIterator]: () => ReflectApply(method, sequence, []) }) visit(element);
}
const URLSearchParams = interfaceObject('URLSearchParams', 0, (args, newTarget) => {
  const init = args.length > 0 && args[0] !== undefined ? args[0] : '';
  const pairs = initPairs(init);
  if (pairs === undefined) {
    const text = toUSVString(init, kParamsConstruct);
    return withOriginalIntrinsics(() => ReflectConstruct(CoreURLSearchParams, [text], newTarget));
  }
  return withOriginalIntrinsics(() => {
    const params = ReflectConstruct(CoreURLSearchParams, [], newTarget);
    for (let i = 0; i < pairs.length; ++i) ReflectApply(URLSearchParamsAppend, params, [pairs[i][0], pairs[i][1]]);
    return params;
  });
}, URLSearchParamsPrototype);
const requireCallback = (args, prefix) => {
  if (typeof args[0] !== 'function') throw fail(prefix + "parameter 1 is not of type 'Function'.");
};
rebuild(URLSearchParamsPrototype, 'URLSearchParams', URLSearchParamsSize, [
  kAttribute('size'),
  { name: 'append', required: 2 }, { name: 'delete', required: 1 }, { name: 'get', required: 1 },
  { name: 'getAll', required: 1 }, { name: 'has', required: 1 }, { name: 'set', required: 2 },
  { name: 'sort', required: 0 }, { name: 'toString', required: 0 }, { name: 'entries', required: 0 },
  { name: 'forEach', required: 1, convert: requireCallback }, { name: 'keys', required: 0 },
  { name: 'values', required: 0 },
], URLSearchParams);

define(globalThis, 'URL', URL);
define(globalThis, 'URLSearchParams', URLSearchParams);
