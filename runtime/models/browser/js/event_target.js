// event_target.js — the window's and the message ports' event targets, and the Event classes the
// host fires (Event, ErrorEvent, PromiseRejectionEvent). Evaluated (uninstrumented) after
// primordials.js, prelude.js and dom_exception.js (host.requireArguments); its completion value
// is called with (globalThis, host) and publishes host.events = { makeEventTarget, dispatch } for
// the later host scripts.
//
// DOM Standard 2.9 "dispatch", for targets without a tree: listeners of the event's type in
// registration order (an on<type> handler takes the place where it was first set), `once`
// removes a listener before it runs, stopImmediatePropagation ends the walk, a listener that
// throws is reported (HTML "report an exception") and the next one still runs. When the host
// calls a listener with an empty JavaScript stack (a message or rejection event's task),
// microtasks run after each listener, as in Chromium (error events: none, measured). The error handler attribute gets (message, filename, lineno,
// colno, error) and cancels the event by returning true (HTML 8.1.8.1).
// Uses only host.primordials: a script that patches Array.prototype cannot break dispatch.
(function installEventTarget(global, host) {
  'use strict';
  const { ArraySplice, ObjectDefineProperty, ReflectApply, Append } = host.primordials;
  const kListeners = Symbol('listeners');
  const kState = Symbol('event state');

  function removeAt(list, index) { ReflectApply(ArraySplice, list, [index, 1]); }
  function indexWhere(list, matches) {
    for (let i = 0; i < list.length; ++i) {
      if (matches(list[i])) return i;
    }
    return -1;
  }
  function copyOf(list) {
    const copy = [];
    for (let i = 0; i < list.length; ++i) Append(copy, list[i]);
    return copy;
  }
  function method(target, name, value) {
    ObjectDefineProperty(target, name, { value, writable: true, configurable: true });
  }
  function getter(prototype, name, get) {
    ObjectDefineProperty(prototype, name, { get, configurable: true, enumerable: true });
  }
  const stateOf = (event) => (event !== null && typeof event === 'object' ? event[kState] : undefined);

  class Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      const options = init == null ? {} : init;
      ObjectDefineProperty(this, kState, {
        value: {
          type: String(type), bubbles: !!options.bubbles, cancelable: !!options.cancelable,
          composed: !!options.composed, canceled: false, stop: false, stopImmediate: false,
          target: null, currentTarget: null, phase: 0, trusted: false, timeStamp: host.now(),
        },
      });
    }
    preventDefault() { const s = this[kState]; if (s.cancelable) s.canceled = true; }
    stopPropagation() { this[kState].stop = true; }
    stopImmediatePropagation() { const s = this[kState]; s.stop = true; s.stopImmediate = true; }
    composedPath() { const s = this[kState]; return s.currentTarget ? [s.currentTarget] : []; }
  }
  getter(Event.prototype, 'type', function () { return this[kState].type; });
  getter(Event.prototype, 'target', function () { return this[kState].target; });
  getter(Event.prototype, 'currentTarget', function () { return this[kState].currentTarget; });
  getter(Event.prototype, 'eventPhase', function () { return this[kState].phase; });
  getter(Event.prototype, 'bubbles', function () { return this[kState].bubbles; });
  getter(Event.prototype, 'cancelable', function () { return this[kState].cancelable; });
  getter(Event.prototype, 'composed', function () { return this[kState].composed; });
  getter(Event.prototype, 'defaultPrevented', function () { return this[kState].canceled; });
  getter(Event.prototype, 'isTrusted', function () { return this[kState].trusted; });
  getter(Event.prototype, 'timeStamp', function () { return this[kState].timeStamp; });
  getter(Event.prototype, 'returnValue', function () { return !this[kState].canceled; });
  for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
    ObjectDefineProperty(Event, name, { value });
    ObjectDefineProperty(Event.prototype, name, { value });
  }

  class ErrorEvent extends Event {
    constructor(type, init) {
      super(type, init);
      const options = init == null ? {} : init;
      const s = this[kState];
      s.message = options.message === undefined ? '' : String(options.message);
      s.filename = options.filename === undefined ? '' : String(options.filename);
      s.lineno = options.lineno >>> 0;
      s.colno = options.colno >>> 0;
      s.error = options.error;
    }
  }
  for (const name of ['message', 'filename', 'lineno', 'colno', 'error']) {
    getter(ErrorEvent.prototype, name, function () { return this[kState][name]; });
  }

  class PromiseRejectionEvent extends Event {
    constructor(type, init) {
      super(type, init);
      const options = init == null ? {} : init;
      this[kState].promise = options.promise;
      this[kState].reason = options.reason;
    }
  }
  getter(PromiseRejectionEvent.prototype, 'promise', function () { return this[kState].promise; });
  getter(PromiseRejectionEvent.prototype, 'reason', function () { return this[kState].reason; });

  // A target's listeners, addEventListener / removeEventListener, and one on<type> attribute per
  // name in handlerTypes; onHandlerSet(type) runs when one is set (a MessagePort starts).
  function makeEventTarget(target, handlerTypes, onHandlerSet) {
    ObjectDefineProperty(target, kListeners, { value: [] });
    method(target, 'addEventListener', function addEventListener(type, callback, options) {
      host.requireArguments(arguments.length, 2, 'addEventListener', 'EventTarget');
      if (typeof callback !== 'function' && !(callback && typeof callback.handleEvent === 'function')) return;
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const once = !!(options && typeof options === 'object' && options.once);
      const list = target[kListeners];
      type = String(type);
      if (indexWhere(list, (e) => e.type === type && e.callback === callback && e.capture === capture) < 0) {
        Append(list, { type, callback, capture, once, handler: false, removed: false });
      }
    });
    method(target, 'removeEventListener', function removeEventListener(type, callback, options) {
      host.requireArguments(arguments.length, 2, 'removeEventListener', 'EventTarget');
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const list = target[kListeners];
      type = String(type);
      const index = indexWhere(list, (e) => e.type === type && e.callback === callback && e.capture === capture && !e.handler);
      if (index >= 0) { list[index].removed = true; removeAt(list, index); }
    });
    method(target, 'dispatchEvent', function dispatchEvent(event) {
      if (stateOf(event) === undefined) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      return !dispatch(target, event, { emptyStack: false, trusted: false });
    });
    for (let i = 0; i < handlerTypes.length; ++i) {
      const type = handlerTypes[i];
      const isHandler = (e) => e.type === type && e.handler;
      ObjectDefineProperty(target, 'on' + type, {
        get() {
          const list = target[kListeners];
          const index = indexWhere(list, isHandler);
          return index >= 0 ? list[index].callback : null;
        },
        set(value) {
          const list = target[kListeners];
          const index = indexWhere(list, isHandler);
          if (typeof value !== 'function') {
            if (index >= 0) { list[index].removed = true; removeAt(list, index); }
            return;
          }
          if (index >= 0) list[index].callback = value;
          else Append(list, { type, callback: value, capture: false, once: false, handler: true, removed: false });
          if (onHandlerSet) onHandlerSet(type);
        },
        configurable: true,
        enumerable: true,
      });
    }
  }

  let reportingError = false;
  // Calls the listeners of event.type on target. Returns true if the event was canceled.
  // options.emptyStack: the host runs it from a task (microtasks run after each listener);
  // options.trusted: fired by the user agent (isTrusted).
  function dispatch(target, event, options) {
    const s = stateOf(event);
    if (s) {
      s.target = target;
      s.currentTarget = target;
      s.phase = 2;
      s.trusted = !!options.trusted;
    }
    const type = s ? s.type : event.type;
    const listeners = copyOf(target[kListeners]);
    for (let i = 0; i < listeners.length; ++i) {
      const entry = listeners[i];
      if (entry.type !== type || entry.removed) continue;
      if (s && s.stopImmediate) break;
      if (entry.once) {
        const list = target[kListeners];
        const index = indexWhere(list, (e) => e === entry);
        if (index >= 0) { entry.removed = true; removeAt(list, index); }
      }
      try {
        if (entry.handler && type === 'error' && s && s.message !== undefined) {
          // HTML 8.1.8.1: the special error event handler.
          const result = ReflectApply(entry.callback, target, [s.message, s.filename, s.lineno, s.colno, s.error]);
          if (result === true && s.cancelable) s.canceled = true;
        } else if (typeof entry.callback === 'function') {
          const result = ReflectApply(entry.callback, target, [event]);
          if (entry.handler && result === false && s && s.cancelable) s.canceled = true;
        } else {
          entry.callback.handleEvent(event);
        }
      } catch (error) {
        // HTML "report an exception"; an error inside an error listener is only logged.
        if (reportingError) host.logError(error);
        else host.reportError(error);
      }
      if (options.emptyStack) host.checkpoint();
    }
    if (s) {
      s.currentTarget = null;
      s.phase = 0;
    }
    return s ? s.canceled : false;
  }

  // HTML 8.1.4.6 "report an exception": fire `error` at the window; true if it was canceled.
  // Chromium (measured): no microtask checkpoint between its listeners, even for an exception
  // out of a task — the report happens before the task's callback has fully returned.
  function fireError(error, message, filename, lineno, colno) {
    const event = new ErrorEvent('error', { cancelable: true, message, filename, lineno, colno, error });
    reportingError = true;
    try {
      return dispatch(global, event, { emptyStack: false, trusted: true });
    } finally {
      reportingError = false;
    }
  }
  // HTML 8.1.4.7 "notify about rejected promises" / HTML 8.1.4.8 rejectionhandled.
  function fireRejection(type, promise, reason) {
    const event = new PromiseRejectionEvent(type, { cancelable: type === 'unhandledrejection', promise, reason });
    return dispatch(global, event, { emptyStack: true, trusted: true });
  }

  makeEventTarget(global, ['message', 'error', 'unhandledrejection', 'rejectionhandled'], null);
  for (const [name, value] of [['Event', Event], ['ErrorEvent', ErrorEvent], ['PromiseRejectionEvent', PromiseRejectionEvent]]) {
    method(global, name, value);
  }
  method(global, 'reportError', function reportError(error) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'reportError' on 'Window': 1 argument required, but only 0 present.");
    }
    host.reportErrorFromScript(error);
  });
  host.events = { makeEventTarget, dispatch };
  host.fireErrorEvent = fireError;
  host.fireRejectionEvent = fireRejection;
})
