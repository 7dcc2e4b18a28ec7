// node_bootstrap.js — runs inside the real Node.js environment just before the user's script, as
// the embedder's start-up function (node::LoadEnvironment). It only attaches observers to Node's
// own machinery and then starts the script exactly as `node FILE.js` does; Node's lib/ decides
// every ordering. `host` is Loopscope's native side (runtime/models/node/NodeModel.cpp); the
// user's code cannot reach it.
//
// Evaluates to a function (process, require, host), where `require` is Node's internal require.
(function loopscopeNodeBootstrap(process, require, host) {
  'use strict';
  const Module = require('module');
  const asyncHooks = require('async_hooks');
  const timers = require('timers');

  // 1. The user's files pass through the instrumenter when Node compiles them (CommonJS).
  const originalCompile = Module.prototype._compile;
  Module.prototype._compile = function _compile(content, filename) {
    if (host.isUserFile(filename)) content = host.instrument(content, filename);
    return Reflect.apply(originalCompile, this, [content, filename]);
  };

  // 2. What Node queues and when it runs it: async resources (timers, immediates, nextTicks,
  //    queueMicrotask, fs and other requests). Promises are the PromiseHook's business.
  const resourceIds = new WeakMap();  // Timeout / Immediate object -> async id (for clear*)
  asyncHooks.createHook({
    init(asyncId, type, triggerAsyncId, resource) {
      if (type === 'PROMISE') return;
      if (type === 'Timeout' || type === 'Immediate') resourceIds.set(resource, asyncId);
      host.init(asyncId, type, triggerAsyncId, resource);
    },
    before(asyncId) { host.before(asyncId); },
    after(asyncId) { host.after(asyncId); },
    destroy(asyncId) { host.destroy(asyncId); },
  }).enable();

  // clearTimeout / clearInterval / clearImmediate take effect at once; async_hooks' destroy only
  // comes later. Same functions on the global object and on require('timers').
  const idOf = (handle) => (typeof handle === 'number' ? handle : resourceIds.get(handle));
  for (const name of ['clearTimeout', 'clearInterval', 'clearImmediate']) {
    const original = timers[name];
    const observed = {
      [name](handle) {
        if (handle != null) host.cleared(idOf(handle) || 0, name === 'clearImmediate');
        return Reflect.apply(original, this, arguments);
      },
    }[name];
    timers[name] = observed;
    globalThis[name] = observed;
  }

  // 3. What Node prints, as it prints it (Node still writes it to the real stdout / stderr).
  //    process.stdout / stderr are made lazily by Node; they stay lazy: each is observed the
  //    first time the script (or console) asks for it.
  for (const [name, isError] of [['stdout', false], ['stderr', true]]) {
    const descriptor = Object.getOwnPropertyDescriptor(process, name);
    let observed = null;
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: descriptor.enumerable,
      get() {
        const stream = descriptor.get ? Reflect.apply(descriptor.get, process, []) : descriptor.value;
        if (stream !== observed && stream) {
          observed = stream;
          const originalWrite = stream.write;
          stream.write = function write(chunk, encoding, callback) {
            host.output(isError, chunk);
            return Reflect.apply(originalWrite, this, arguments);
          };
        }
        return stream;
      },
    });
  }

  // 4. Exceptions nobody caught (Node reports them itself; this only listens).
  process.on('uncaughtExceptionMonitor', (error, origin) => host.uncaught(error, origin));

  // 5. The script, as the CommonJS main module (process.argv[1]), exactly as `node FILE.js`.
  host.mainStarted();
  try {
    Module.runMain();
  } finally {
    host.mainEnded();
  }
})
