// disposal_error.js — the SuppressedError that DisposableStack and AsyncDisposableStack throw
// when a second disposer fails (ECMA-262 2026, DisposeResources) carries V8's message "An error
// was suppressed during disposal"; one made by the script with `new SuppressedError(e, s)` has
// none. core-js's stacks take the global SuppressedError when they load and construct it without
// a message: while they load, the global is a constructor that adds the message (begin), then the
// real one is put back (end).
'use strict';
const { defineMethod } = require('./properties.js');
const ReflectConstruct = Reflect.construct;
const SuppressedErrorCtor = globalThis.SuppressedError;
const kMessage = 'An error was suppressed during disposal';

function define(value) { defineMethod(globalThis, 'SuppressedError', value); }
module.exports = {
  begin() {
    define(function SuppressedError(error, suppressed) {
      return ReflectConstruct(SuppressedErrorCtor, [error, suppressed, kMessage]);
    });
  },
  end() { define(SuppressedErrorCtor); },
};
