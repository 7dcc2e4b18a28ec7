// not_callable.js — the TypeError V8 throws when a built-in calls a value that is not callable,
// with the value as Chromium 156's V8 names it (measured: tests/puzzles/builtins_promise_try.js,
// builtins_argument_messages.js): "number 5 is not a function", 'string "x" is not a function',
// "object is not a function", "object null …", "boolean true …", "bigint …", "undefined …".
// A symbol is named by `symbolText` (V8 words it differently from one built-in to another).
'use strict';
const StringCtor = String;
const TypeErrorCtor = TypeError;

module.exports = function notCallable(value, symbolText) {
  switch (typeof value) {
    case 'number': return new TypeErrorCtor('number ' + StringCtor(value) + ' is not a function');
    case 'string': return new TypeErrorCtor('string "' + value + '" is not a function');
    case 'boolean': return new TypeErrorCtor('boolean ' + StringCtor(value) + ' is not a function');
    case 'bigint': return new TypeErrorCtor('bigint is not a function');
    case 'symbol': return new TypeErrorCtor(symbolText + ' is not a function');
    case 'undefined': return new TypeErrorCtor('undefined is not a function');
    default: return new TypeErrorCtor(value === null ? 'object null is not a function' : 'object is not a function');
  }
};
