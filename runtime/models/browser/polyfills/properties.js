// properties.js — how the polyfill files put properties in place, shared by all of them. Like
// everything in the bundle, it takes Object.defineProperty when the bundle loads, before the
// user's script, so a script that replaces it breaks none of this.
'use strict';
const ObjectDefineProperty = Object.defineProperty;

// A built-in function property as ECMA-262 17 gives one: writable, configurable, not enumerable.
function defineMethod(holder, name, value) {
  ObjectDefineProperty(holder, name, { value, writable: true, enumerable: false, configurable: true });
}
// A wrapper in place of core-js's function, with its `length` (the specification's).
function replaceMethod(holder, name, wrapper) {
  ObjectDefineProperty(wrapper, 'length', { value: holder[name].length, configurable: true });
  defineMethod(holder, name, wrapper);
}
// 7.3.5 CreateDataProperty: a plain data property; no setter of the script's is called.
function createDataProperty(target, key, value) {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
// Appends as CreateDataProperty does, at index `length` (no Array.prototype.push).
function append(list, value) { createDataProperty(list, list.length, value); }

module.exports = { defineMethod, replaceMethod, createDataProperty, append };
