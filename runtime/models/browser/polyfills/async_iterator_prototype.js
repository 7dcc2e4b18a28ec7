// async_iterator_prototype.js — hands core-js the engine's %AsyncIteratorPrototype% (ECMA-262
// 27.1.3), through the shared store core-js reads when it loads (internals/shared-store.js,
// internals/async-iterator-prototype.js; the global property is removed again at the end of
// builtins.js). Without it core-js finds none and puts %AsyncIteratorPrototype%[@@asyncDispose]
// on an object of its own, out of every async generator's reach.
'use strict';
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* probe() {}.prototype));
Object.defineProperty(globalThis, '__core-js_shared__', {
  value: { AsyncIteratorPrototype }, writable: true, enumerable: false, configurable: true,
});
