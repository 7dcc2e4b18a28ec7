// builtins.js — the entry of the browser model's polyfill bundle: the ECMAScript and URL built-ins
// that Chromium 156 ships and V8 10.2 (the engine Loopscope embeds) lacks, each taken from core-js
// module by module. esbuild bundles this file at build time (runtime/CMakeLists.txt) into one
// script that RunPrelude (BrowserGlobals.cpp) runs right after primordials.js, before the user's
// script, so every built-in these modules capture (Function.prototype.call, Array.prototype.push,
// the iterator prototypes…) is the original one: a script that patches them later changes
// nothing, as with Chromium's natives.
//
// The list is the difference of the two engines' globals (own properties of every global
// constructor, namespace and prototype, Chromium 156 against Loopscope). Deliberately absent:
//  - core-js's Promise (es.promise, es.promise.constructor …): the native Promise stays, so every
//    job is V8's own and the MicrotaskTracker sees it; only the statics Promise.try and
//    Promise.withResolvers are added, on the native constructor.
//  - JSON.rawJSON / JSON.isRawJSON and JSON.parse's source text access: core-js would replace the
//    native JSON.stringify and JSON.parse by JavaScript wrappers for every call.
//  - what no polyfill can give: the RegExp `v` flag, resizable ArrayBuffers, Float16Array,
//    Temporal, Intl.DurationFormat; and URL.createObjectURL / revokeObjectURL (no Blob here).
// Where core-js differs observably from Chromium's natives (ticks, iteration, error messages, the
// look of its functions), the files beside this one do that part to the specification or wrap
// core-js's function; each says why. Atomics.pause, which core-js lacks, is atomics_pause.js.
// `host` is the installer's parameter (the bundle is wrapped as `(function (global, host) {…})`,
// runtime/CMakeLists.txt), for the few modules written here that need the host.
// The order matters where a module takes another's result when it loads: async_iterator_prototype.js
// before any core-js module, well_known_symbols.js before any that uses Symbol.dispose /
// Symbol.asyncDispose, SuppressedError before the disposable stacks, and Loopscope's wrappers
// after the core-js modules they wrap.
'use strict';
// core-js replaces Function.prototype.toString with its own (internals/make-built-in.js) so that
// its functions print as native code; Loopscope's own (UserSourceView) already prints every
// function of a host script that way, and stays the one the script sees (put back below).
const FunctionPrototypeToString = Function.prototype.toString;
require('./async_iterator_prototype.js');
require('./well_known_symbols.js');

// ES2022–ES2026, in Chromium 156.
require('./array_from_async.js');
require('core-js/modules/es.array.to-reversed.js');
require('core-js/modules/es.array.to-sorted.js');
require('core-js/modules/es.array.to-spliced.js');
require('core-js/modules/es.typed-array.to-reversed.js');
require('core-js/modules/es.typed-array.to-sorted.js');
require('./with.js');
require('core-js/modules/es.array-buffer.detached.js');
require('./array_buffer_transfer.js')(host);
require('./group_by.js');
require('core-js/modules/es.map.get-or-insert.js');
require('core-js/modules/es.map.get-or-insert-computed.js');
require('core-js/modules/es.weak-map.get-or-insert.js');
require('core-js/modules/es.weak-map.get-or-insert-computed.js');
require('core-js/modules/es.promise.try.js');
require('./promise_try.js');
require('core-js/modules/es.promise.with-resolvers.js');
require('core-js/modules/es.set.union.v2.js');
require('core-js/modules/es.set.intersection.v2.js');
require('core-js/modules/es.set.difference.v2.js');
require('core-js/modules/es.set.symmetric-difference.v2.js');
require('core-js/modules/es.set.is-subset-of.v2.js');
require('core-js/modules/es.set.is-superset-of.v2.js');
require('core-js/modules/es.set.is-disjoint-from.v2.js');
require('./set_methods.js');
require('core-js/modules/es.iterator.constructor.js');
require('core-js/modules/es.iterator.from.js');
require('core-js/modules/es.iterator.concat.js');
require('core-js/modules/es.iterator.zip.js');
require('core-js/modules/es.iterator.zip-keyed.js');
require('core-js/modules/es.iterator.drop.js');
require('core-js/modules/es.iterator.every.js');
require('core-js/modules/es.iterator.filter.js');
require('core-js/modules/es.iterator.find.js');
require('core-js/modules/es.iterator.flat-map.js');
require('core-js/modules/es.iterator.for-each.js');
require('core-js/modules/es.iterator.includes.js');
require('core-js/modules/es.iterator.join.js');
require('core-js/modules/es.iterator.map.js');
require('core-js/modules/es.iterator.reduce.js');
require('core-js/modules/es.iterator.some.js');
require('core-js/modules/es.iterator.take.js');
require('core-js/modules/es.iterator.to-array.js');
require('./iterator_messages.js');
require('core-js/modules/es.iterator.dispose.js');
require('core-js/modules/es.async-iterator.async-dispose.js');
// (SuppressedError first: the stacks take it when they load)
require('core-js/modules/es.suppressed-error.constructor.js');
const disposalError = require('./disposal_error.js');
disposalError.begin();
require('core-js/modules/es.disposable-stack.constructor.js');
require('core-js/modules/es.async-disposable-stack.constructor.js');
disposalError.end();
require('core-js/modules/es.string.is-well-formed.js');
require('core-js/modules/es.string.to-well-formed.js');
require('core-js/modules/es.error.is-error.js');
require('core-js/modules/es.math.f16round.js');
require('core-js/modules/es.math.sum-precise.js');
require('./sum_precise.js');
require('core-js/modules/es.data-view.get-float16.js');
require('core-js/modules/es.data-view.set-float16.js');
require('core-js/modules/es.regexp.escape.js');
require('./atomics_pause.js');
require('core-js/modules/es.uint8-array.from-base64.js');
require('core-js/modules/es.uint8-array.from-hex.js');
require('core-js/modules/es.uint8-array.set-from-base64.js');
require('core-js/modules/es.uint8-array.set-from-hex.js');
require('core-js/modules/es.uint8-array.to-base64.js');
require('core-js/modules/es.uint8-array.to-hex.js');
require('./argument_checks.js');

// The URL Standard (https://url.spec.whatwg.org/).
require('core-js/modules/web.url.js');
require('core-js/modules/web.url.can-parse.js');
require('core-js/modules/web.url.parse.js');
require('core-js/modules/web.url.to-json.js');
require('core-js/modules/web.url-search-params.js');
require('core-js/modules/web.url-search-params.delete.js');
require('core-js/modules/web.url-search-params.has.js');
require('core-js/modules/web.url-search-params.size.js');
require('./url_bindings.js');

// core-js makes %IteratorHelperPrototype%[@@toStringTag] writable; the specification's is not
// (27.1.2.1.2: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }).
Object.defineProperty(Object.getPrototypeOf([].values().map((x) => x)), Symbol.toStringTag, { writable: false });

// The functions the page can reach, for the stack (UserSourceView::AddBuiltinName): their frames
// show, as Chromium's built-ins' do, and the bundle's helpers' do not. A static method's frame
// is named after its holder ("Object.groupBy", "Math.sumPrecise"; V8 10.2 would say
// "Function.groupBy"), a prototype method's after its receiver, as V8 does.
const exposed = [];
const expose = (holder, prefix) => {
  for (const key of Object.getOwnPropertyNames(holder)) {
    const value = Object.getOwnPropertyDescriptor(holder, key).value;
    if (typeof value === 'function' && key !== 'constructor') exposed[exposed.length] = [value, prefix === undefined ? '' : prefix + '.' + key];
  }
};
for (const name of ['Array', 'Object', 'Map', 'Promise', 'Iterator', 'Math', 'RegExp', 'Error', 'Uint8Array']) expose(globalThis[name], name);
for (const prototype of [Array.prototype, Object.getPrototypeOf(Int8Array.prototype), Set.prototype, Map.prototype, WeakMap.prototype,
                         Iterator.prototype, Object.getPrototypeOf([].values().map((x) => x)), Object.getPrototypeOf(Iterator.from({ next() {} })),
                         String.prototype, ArrayBuffer.prototype, DataView.prototype, Uint8Array.prototype,
                         DisposableStack.prototype, AsyncDisposableStack.prototype]) {
  expose(prototype);
}
host.nameBuiltins(exposed);
Object.defineProperty(Function.prototype, 'toString', { value: FunctionPrototypeToString, writable: true, enumerable: false, configurable: true });
// core-js keeps its shared state in a global property (internals/shared-store.js), which its
// modules have taken by now; Chromium's global object has no such property.
delete globalThis['__core-js_shared__'];
