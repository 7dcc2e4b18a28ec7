// abort.js — AbortController and AbortSignal (DOM §3.1), the part scheduler.postTask and fetch need:
// `new AbortController()`, controller.signal / abort(reason), signal.aborted / reason /
// throwIfAborted(), AbortSignal.abort(reason), and the `abort` event (an AbortSignal is an
// EventTarget of event_target.js: onabort and addEventListener, dispatched synchronously inside abort()).
// The default reason is a DOMException AbortError "signal is aborted without reason" (Blink's text).
// Sets host.abort = { addAlgorithm(signal, fn), isSignal(value), makeSignal(subclassPrototype),
// signalAbort(signal, reason) } for scheduling.js. Called with (globalThis, host).
// AbortSignal.timeout(ms) aborts with a TimeoutError after ms (a timer). fetch.js aborts requests with it.
// FIXME: AbortSignal.any is not provided.
(function installAbort(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, Append, TypeErrorCtor, ArraySplice } = host.primordials;
  const ObjectKeys = Object.keys;
  const { DOMException } = host;
  const WeakMapCtor = global.WeakMap;
  const { get: weakGet, set: weakSet, has: weakHas } = WeakMapCtor.prototype;
  const ObjectCreate = Object.create;
  const signals = new WeakMapCtor();
  const kSecret = Symbol('AbortSignal');
  const setTimer = global.setTimeout;  // taken before the script can replace it
  const NumberCtor = Number;
  const NumberIsFinite = Number.isFinite;
  const MathTrunc = Math.trunc;
  const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;

  function stateOf(self) {
    if (self === null || typeof self !== 'object' || !ReflectApply(weakHas, signals, [self])) {
      throw new TypeErrorCtor('Illegal invocation');
    }
    return ReflectApply(weakGet, signals, [self]);
  }
  function isSignal(value) {
    return value !== null && typeof value === 'object' && ReflectApply(weakHas, signals, [value]);
  }
  function initSignal(signal) {
    host.events.initTarget(signal);
    ReflectApply(weakSet, signals, [signal, { aborted: false, reason: undefined, algorithms: [] }]);
    return signal;
  }
  // Fires a trusted event of `type` at the signal (extra: own properties the event carries).
  function dispatch(signal, type, extra) {
    const event = new host.events.Event(type);
    if (extra) {
      const keys = ObjectKeys(extra);
      for (let i = 0; i < keys.length; ++i) ObjectDefineProperty(event, keys[i], { value: extra[keys[i]], enumerable: true });
    }
    host.events.dispatch(signal, event, { emptyStack: false, trusted: true });
  }
  function defineHandler(prototype, type) { host.events.defineHandler(prototype, type, null); }
  // DOM "signal abort".
  function signalAbort(signal, reason) {
    const state = stateOf(signal);
    if (state.aborted) return;
    state.aborted = true;
    state.reason = reason === undefined ? new DOMException('signal is aborted without reason', 'AbortError') : reason;
    const algorithms = state.algorithms;
    state.algorithms = [];
    for (let i = 0; i < algorithms.length; ++i) algorithms[i](state.reason);
    dispatch(signal, 'abort', null);
  }

  class AbortSignal extends host.events.EventTarget {
    constructor(secret) {
      super();
      if (secret !== kSecret) throw new TypeErrorCtor('Illegal constructor');
      initSignal(this);
    }
    get aborted() { return stateOf(this).aborted; }
    get reason() { return stateOf(this).reason; }
    throwIfAborted() { const state = stateOf(this); if (state.aborted) throw state.reason; }
    static abort(reason) {
      const signal = new AbortSignal(kSecret);
      signalAbort(signal, reason);
      return signal;
    }
    // DOM 3.1.3.1 AbortSignal.timeout(milliseconds): a signal that aborts with a TimeoutError
    // DOMException ("signal timed out", Blink's text) once that much time has passed — a task on
    // the timer task source, so it shows as a timer.
    static timeout(milliseconds) {
      host.requireArguments(arguments.length, 1, 'timeout', 'AbortSignal');
      const ms = NumberCtor(milliseconds);
      if (!NumberIsFinite(ms) || MathTrunc(ms) < 0 || MathTrunc(ms) > kMaxSafeInteger) {
        throw new TypeErrorCtor("Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.");
      }
      const signal = new AbortSignal(kSecret);
      setTimer(function signalTimedOut() {
        signalAbort(signal, new DOMException('signal timed out', 'TimeoutError'));
      }, MathTrunc(ms));
      return signal;
    }
  }
  defineHandler(AbortSignal.prototype, 'abort');
  ObjectDefineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

  const controllers = new WeakMapCtor();
  class AbortController {
    constructor() {
      ReflectApply(weakSet, controllers, [this, new AbortSignal(kSecret)]);
    }
    get signal() {
      if (!ReflectApply(weakHas, controllers, [this])) throw new TypeErrorCtor('Illegal invocation');
      return ReflectApply(weakGet, controllers, [this]);
    }
    abort(reason) { signalAbort(this.signal, reason); }
  }
  ObjectDefineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

  ObjectDefineProperty(global, 'AbortSignal', { value: AbortSignal, writable: true, configurable: true });
  ObjectDefineProperty(global, 'AbortController', { value: AbortController, writable: true, configurable: true });
  host.abort = {
    isSignal,
    signalAbort,
    // A signal object of a subclass (TaskSignal): prototype chain and state of an AbortSignal.
    makeSignal(prototype) { return initSignal(ObjectCreate(prototype)); },
    // Replaces a subclass's controller.signal storage: scheduling.js keeps its own.
    setControllerSignal(controller, signal) { ReflectApply(weakSet, controllers, [controller, signal]); },
    addAlgorithm(signal, algorithm) { const state = stateOf(signal); if (!state.aborted) Append(state.algorithms, algorithm); },
    removeAlgorithm(signal, algorithm) {
      const state = stateOf(signal);
      for (let i = 0; i < state.algorithms.length; ++i) {
        if (state.algorithms[i] === algorithm) { ReflectApply(ArraySplice, state.algorithms, [i, 1]); return; }
      }
    },
    dispatch(signal, type, extra) { stateOf(signal); dispatch(signal, type, extra); },
    defineHandler,
    kSecret,
  };
})
