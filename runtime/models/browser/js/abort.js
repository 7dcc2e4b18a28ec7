// abort.js — AbortController and AbortSignal (DOM §3.1), the part scheduler.postTask and fetch need:
// `new AbortController()`, controller.signal / abort(reason), signal.aborted / reason /
// throwIfAborted(), AbortSignal.abort(reason), and the `abort` event (an AbortSignal is an
// EventTarget of event_target.js: onabort and addEventListener, dispatched synchronously inside abort()).
// The default reason is a DOMException AbortError "signal is aborted without reason" (Blink's text).
// Sets host.abort = { addAlgorithm(signal, fn), isSignal(value), isAborted(signal), makeSignal(subclassPrototype),
// signalAbort(signal, reason) } for scheduling.js and event_target.js. Called with (globalThis, host).
// AbortSignal.timeout(ms) aborts with a TimeoutError after ms (a timer). fetch.js aborts requests with it.
// AbortSignal.any(signals) makes a dependent signal (DOM 3.1.3.3), aborted with its first aborted
// source, after that source's own abort steps.
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
    ReflectApply(weakSet, signals, [signal, {
      aborted: false, reason: undefined, algorithms: [],
      dependent: false, sources: [], dependents: [],  // DOM 3.1.3.3 (AbortSignal.any)
    }]);
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
  // DOM 3.1.3 "run the abort steps": the algorithms, then the abort event.
  function runAbortSteps(signal, state) {
    const algorithms = state.algorithms;
    state.algorithms = [];
    for (let i = 0; i < algorithms.length; ++i) algorithms[i](state.reason);
    dispatch(signal, 'abort', null);
  }
  // DOM "signal abort": the signal and its dependents are aborted first (a listener of the
  // source already sees them aborted); the source's abort steps run before theirs.
  function signalAbort(signal, reason) {
    const state = stateOf(signal);
    if (state.aborted) return;
    state.aborted = true;
    state.reason = reason === undefined ? new DOMException('signal is aborted without reason', 'AbortError') : reason;
    const toAbort = [];
    for (let i = 0; i < state.dependents.length; ++i) {
      const dependent = state.dependents[i];
      const dependentState = stateOf(dependent);
      if (dependentState.aborted) continue;
      dependentState.aborted = true;
      dependentState.reason = state.reason;
      Append(toAbort, dependent);
    }
    runAbortSteps(signal, state);
    for (let i = 0; i < toAbort.length; ++i) runAbortSteps(toAbort[i], stateOf(toAbort[i]));
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
  // DOM 3.1.3.3 "create a dependent abort signal" from a sequence<AbortSignal>.
  ObjectDefineProperty(AbortSignal, 'any', {
    value: function any(signalsArg) {
      host.requireArguments(arguments.length, 1, 'any', 'AbortSignal');
      const prefix = "Failed to execute 'any' on 'AbortSignal': ";
      if (signalsArg === null || (typeof signalsArg !== 'object' && typeof signalsArg !== 'function')) {
        throw new TypeErrorCtor(prefix + "The provided value cannot be converted to a sequence.");
      }
      const list = [];
      for (const value of signalsArg) {
        if (!isSignal(value)) throw new TypeErrorCtor(prefix + "Failed to convert value to 'AbortSignal'.");
        Append(list, value);
      }
      const result = new AbortSignal(kSecret);
      const state = stateOf(result);
      for (let i = 0; i < list.length; ++i) {
        const source = stateOf(list[i]);
        if (source.aborted) { state.aborted = true; state.reason = source.reason; return result; }
      }
      state.dependent = true;
      const link = (sourceSignal) => {
        const source = stateOf(sourceSignal);
        for (let j = 0; j < state.sources.length; ++j) if (state.sources[j] === sourceSignal) return;
        Append(state.sources, sourceSignal);
        Append(source.dependents, result);
      };
      for (let i = 0; i < list.length; ++i) {
        const source = stateOf(list[i]);
        if (!source.dependent) { link(list[i]); continue; }
        for (let j = 0; j < source.sources.length; ++j) link(source.sources[j]);
      }
      return result;
    },
    writable: true, configurable: true,
  });
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
    isAborted(signal) { return stateOf(signal).aborted; },
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
