// group_by.js — Object.groupBy and Map.groupBy (ECMA-262 2024, 20.1.2.12 and 24.1.2.1, with
// GroupBy 7.3.35), written here because core-js's skips an array's iterator (see iterate.js).
// The groups keep the order in which their keys first appear; messages are V8's.
// https://tc39.es/ecma262/#sec-groupby
'use strict';
const { defineMethod, createDataProperty, append } = require('./properties.js');
const iterate = require('./iterate.js');

const ReflectApply = Reflect.apply;
const ObjectCreate = Object.create;
const MapCtor = Map;
const MapPrototypeGet = Map.prototype.get;
const MapPrototypeSet = Map.prototype.set;
const TypeErrorCtor = TypeError;
const StringCtor = String;

// V8's kNotIterableNoSymbolLoad, with the value as V8 renders it.
function notIterable(items) {
  const rendered = typeof items === 'object' || typeof items === 'function' ? typeof items : typeof items + ' ' + StringCtor(items);
  return new TypeErrorCtor(rendered + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}
// 7.3.35 GroupBy(items, callback, keyCoercion): the keys in first-seen order, each with its list.
function groupBy(items, callback, method, toKey) {
  // 1-2. RequireObjectCoercible(items); IsCallable(callback).
  if (items === undefined || items === null) throw new TypeErrorCtor(method + ' called on null or undefined');
  if (typeof callback !== 'function') throw new TypeErrorCtor(StringCtor(callback) + ' is not a function');
  const keys = [];
  const groups = new MapCtor();
  iterate(items, (value, index) => {
    const key = toKey(callback(value, index));
    let group = ReflectApply(MapPrototypeGet, groups, [key]);
    if (group === undefined) {
      group = [];
      ReflectApply(MapPrototypeSet, groups, [key, group]);
      append(keys, key);
    }
    append(group, value);
  }, notIterable);
  return { keys, groups };
}

const methods = {
  groupBy(items, callback) {
    // Object.groupBy: property keys; a null-prototype object with one array per key.
    const { keys, groups } = groupBy(items, callback, 'Object.groupBy', (key) => (typeof key === 'symbol' ? key : StringCtor(key)));
    const result = ObjectCreate(null);
    for (let i = 0; i < keys.length; ++i) {
      createDataProperty(result, keys[i], ReflectApply(MapPrototypeGet, groups, [keys[i]]));
    }
    return result;
  },
};
const mapMethods = {
  groupBy(items, callback) {
    // Map.groupBy: any key, -0 as +0 (CanonicalizeKeyedCollectionKey); a Map in key order.
    const { keys, groups } = groupBy(items, callback, 'Map.groupBy', (key) => (key === 0 ? 0 : key));
    const result = new MapCtor();
    for (let i = 0; i < keys.length; ++i) ReflectApply(MapPrototypeSet, result, [keys[i], ReflectApply(MapPrototypeGet, groups, [keys[i]])]);
    return result;
  },
};
defineMethod(Object, 'groupBy', methods.groupBy);
defineMethod(MapCtor, 'groupBy', mapMethods.groupBy);
