// abort.js — AbortController and AbortSignal (DOM §3.1), the part scheduler.postTask needs:
// `new AbortController()`, controller.signal / abort(reason), signal.aborted / reason /
// throwIfAborted(), AbortSignal.abort(reason), and the `abort` event (onabort and
// addEventListener, listeners in registration order, called synchronously inside abort()).
// The default reason is a DOMException AbortError "signal is aborted without reason" (Blink's text).
// Sets host.abort = { addAlgorithm(signal, fn), isSignal(value), makeSignal(subclassPrototype),
// signalAbort(signal, reason) } for scheduling.js. Called with (globalThis, host).
// FIXME: AbortSignal.timeout / AbortSignal.any are not provided.
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
    ReflectApply(weakSet, signals, [signal, { aborted: false, reason: undefined, algorithms: [], listeners: [], handlers: {} }]);
    return signal;
  }
  // Listeners of one event type, in order; an on<type> handler holds the place where it was first set.
  function addListener(state, type, callback, isHandler) {
    const list = state.listeners;
    for (let i = 0; i < list.length; ++i) {
      if (list[i].type === type && list[i].callback === callback && !list[i].removed) return;
    }
    Append(list, { type, callback, isHandler, removed: false });
  }
  function dispatch(target, state, type, extra) {
    const event = { type, target, currentTarget: target, defaultPrevented: false };
    if (extra) {
      const keys = ObjectKeys(extra);
      for (let i = 0; i < keys.length; ++i) event[keys[i]] = extra[keys[i]];
    }
    const list = [];
    for (let i = 0; i < state.listeners.length; ++i) Append(list, state.listeners[i]);
    for (let i = 0; i < list.length; ++i) {
      const entry = list[i];
      if (entry.type !== type || entry.removed) continue;
      try {
        if (typeof entry.callback === 'function') ReflectApply(entry.callback, target, [event]);
        else if (entry.callback && typeof entry.callback.handleEvent === 'function') entry.callback.handleEvent(event);
      } catch (error) {
        host.reportError(error);
      }
    }
  }
  function defineHandler(prototype, type) {
    ObjectDefineProperty(prototype, 'on' + type, {
      get() { const h = stateOf(this).handlers[type]; return h ? h.callback : null; },
      set(value) {
        const state = stateOf(this);
        const existing = state.handlers[type];
        if (typeof value !== 'function') {
          if (existing) { existing.removed = true; state.handlers[type] = undefined; }
          return;
        }
        if (existing) { existing.callback = value; return; }
        const entry = { type, callback: value, isHandler: true, removed: false };
        Append(state.listeners, entry);
        state.handlers[type] = entry;
      }, configurable: true, enumerable: true });
  }
  // DOM "signal abort".
  function signalAbort(signal, reason) {
    const state = stateOf(signal);
    if (state.aborted) return;
    state.aborted = true;
    state.reason = reason === undefined ? new DOMException('signal is aborted without reason', 'AbortError') : reason;
    const algorithms = state.algorithms;
    state.algorithms = [];
    for (let i = 0; i < algorithms.length; ++i) algorithms[i](state.reason);
    dispatch(signal, state, 'abort', null);
  }

  class EventTargetish {
    addEventListener(type, callback) {
      host.requireArguments(arguments.length, 2, 'addEventListener', 'EventTarget');
      if (callback === null || (typeof callback !== 'function' && typeof callback !== 'object')) return;
      addListener(stateOf(this), '' + type, callback, false);
    }
    removeEventListener(type, callback) {
      host.requireArguments(arguments.length, 2, 'removeEventListener', 'EventTarget');
      const list = stateOf(this).listeners;
      for (let i = 0; i < list.length; ++i) {
        if (list[i].type === '' + type && list[i].callback === callback && !list[i].isHandler) list[i].removed = true;
      }
    }
  }
  class AbortSignal extends EventTargetish {
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
    dispatch(signal, type, extra) { dispatch(signal, stateOf(signal), type, extra); },
    defineHandler,
    kSecret,
  };
})
