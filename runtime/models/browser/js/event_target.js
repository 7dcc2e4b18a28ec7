// event_target.js — the window's and the message ports' event targets, and the Event classes the
// host fires (Event, ErrorEvent, PromiseRejectionEvent). Evaluated (uninstrumented) after
// primordials.js, builtins.js and dom_exception.js (host.requireArguments); its completion value
// is called with (globalThis, host) and publishes host.events (EventTarget, the Event classes,
// makeEventTarget, defineHandler, dispatch; dom.js sets its parentOf) for the later host scripts.
//
// DOM Standard 2.9 "dispatch": along the path host.events.parentOf gives (a node's ancestors and
// the window; other targets have none), capture then target then bubble; at each target the
// listeners of the event's type in registration order (an on<type> handler takes the place where it was first set), `once`
// removes a listener before it runs, stopImmediatePropagation ends the walk, a listener that
// throws is reported (HTML "report an exception") and the next one still runs. When the host
// calls a listener with an empty JavaScript stack (a message or rejection event's task),
// microtasks run after each listener, as in Chromium (error events: none, measured). The error handler attribute gets (message, filename, lineno,
// colno, error) and cancels the event by returning true (HTML 8.1.8.1).
// Uses only host.primordials: a script that patches Array.prototype cannot break dispatch.
(function installEventTarget(global, host) {
  'use strict';
  const { ArraySplice, ObjectDefineProperty, ReflectApply, Append } = host.primordials;
  // Each target's listener list, where the script cannot see it (no property on the target).
  const listenerLists = new WeakMap();
  const { get: WeakMapGet, set: WeakMapSet } = WeakMap.prototype;
  const ownListeners = (target) => ReflectApply(WeakMapGet, listenerLists, [target]);
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
          dispatching: false, path: null,
        },
      });
    }
    preventDefault() { const s = this[kState]; if (s.cancelable) s.canceled = true; }
    stopPropagation() { this[kState].stop = true; }
    stopImmediatePropagation() { const s = this[kState]; s.stop = true; s.stopImmediate = true; }
    composedPath() { const s = this[kState]; return s.path ? copyOf(s.path) : []; }
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

  // CustomEvent (DOM 2.4): an Event with `detail`.
  class CustomEvent extends Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'CustomEvent': 1 argument required, but only 0 present.");
      super(type, init);
      this[kState].detail = init == null || init.detail === undefined ? null : init.detail;
    }
    initCustomEvent(type, bubbles, cancelable, detail) {
      const s = this[kState];
      if (s.dispatching) return;
      s.type = String(type); s.bubbles = !!bubbles; s.cancelable = !!cancelable; s.detail = detail === undefined ? null : detail;
    }
  }
  getter(CustomEvent.prototype, 'detail', function () { return this[kState].detail; });

  // UI Events: UIEvent (view, detail), MouseEvent (buttons and coordinates), PointerEvent (what
  // Chromium fires for click since Chrome 92: pointerId, pointerType).
  class UIEvent extends Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'UIEvent': 1 argument required, but only 0 present.");
      super(type, init);
      const options = init == null ? {} : init;
      this[kState].view = options.view === undefined ? null : options.view;
      this[kState].uiDetail = options.detail | 0;
    }
  }
  getter(UIEvent.prototype, 'view', function () { return this[kState].view; });
  getter(UIEvent.prototype, 'detail', function () { return this[kState].uiDetail; });
  const kMouseFields = ['screenX', 'screenY', 'clientX', 'clientY', 'button', 'buttons'];
  const kMouseFlags = ['ctrlKey', 'shiftKey', 'altKey', 'metaKey'];
  class MouseEvent extends UIEvent {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'MouseEvent': 1 argument required, but only 0 present.");
      super(type, init);
      const options = init == null ? {} : init;
      const s = this[kState];
      for (let i = 0; i < kMouseFields.length; ++i) s[kMouseFields[i]] = +(options[kMouseFields[i]] || 0);
      for (let i = 0; i < kMouseFlags.length; ++i) s[kMouseFlags[i]] = !!options[kMouseFlags[i]];
      s.relatedTarget = options.relatedTarget === undefined ? null : options.relatedTarget;
    }
  }
  for (let i = 0; i < kMouseFields.length; ++i) {
    const name = kMouseFields[i];
    getter(MouseEvent.prototype, name, function () { return this[kState][name]; });
  }
  for (let i = 0; i < kMouseFlags.length; ++i) {
    const name = kMouseFlags[i];
    getter(MouseEvent.prototype, name, function () { return this[kState][name]; });
  }
  getter(MouseEvent.prototype, 'relatedTarget', function () { return this[kState].relatedTarget; });
  getter(MouseEvent.prototype, 'x', function () { return this[kState].clientX; });
  getter(MouseEvent.prototype, 'y', function () { return this[kState].clientY; });
  class PointerEvent extends MouseEvent {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'PointerEvent': 1 argument required, but only 0 present.");
      super(type, init);
      const options = init == null ? {} : init;
      this[kState].pointerId = options.pointerId | 0;
      this[kState].pointerType = options.pointerType === undefined ? '' : String(options.pointerType);
      this[kState].isPrimary = !!options.isPrimary;
    }
  }
  getter(PointerEvent.prototype, 'pointerId', function () { return this[kState].pointerId; });
  getter(PointerEvent.prototype, 'pointerType', function () { return this[kState].pointerType; });
  getter(PointerEvent.prototype, 'isPrimary', function () { return this[kState].isPrimary; });

  // Where a target keeps its listeners: every EventTarget (class below) and every object
  // makeEventTarget initialised (the window, message ports).
  function listenersOf(target) {
    if (target === null || target === undefined) target = global;  // a bare addEventListener(...) call
    const list = (typeof target === 'object' || typeof target === 'function') ? ownListeners(target) : undefined;
    if (list === undefined) throw new TypeError('Illegal invocation');
    return list;
  }
  // DOM 2.7 EventTarget. dom.js extends it with Node; abort.js with AbortSignal.
  class EventTarget {
    constructor() { initTarget(this); }
    // DOM 2.7 "add an event listener" (a duplicate type + callback + capture is ignored).
    addEventListener(type, callback, options) {
      host.requireArguments(arguments.length, 2, 'addEventListener', 'EventTarget');
      const list = listenersOf(this);
      if (typeof callback !== 'function' && !(callback !== null && typeof callback === 'object')) return;
      // DOM 2.7 "flatten more", its dictionary read as WebIDL converts it: the inherited member
      // first, then its own in lexicographic order (capture, once, passive, signal).
      const isDictionary = options !== null && options !== undefined && typeof options === 'object';
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const once = !!(isDictionary && options.once);
      if (isDictionary) void options.passive;  // read, as Chromium reads it; it changes no ordering here
      const signal = isDictionary ? options.signal : undefined;
      if (signal !== undefined && !host.abort.isSignal(signal)) {
        throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': Failed to read the 'signal' property " +
                            "from 'AddEventListenerOptions': Failed to convert value to 'AbortSignal'.");
      }
      type = String(type);
      if (signal !== undefined && host.abort.isAborted(signal)) return;
      if (indexWhere(list, (e) => e.type === type && e.callback === callback && e.capture === capture) < 0) {
        const entry = { type, callback, capture, once, handler: false, removed: false };
        Append(list, entry);
        const target = this;
        if (signal !== undefined) {
          // "add an abort algorithm": remove this listener.
          host.abort.addAlgorithm(signal, () => {
            const index = indexWhere(list, (e) => e === entry);
            if (index < 0) return;
            entry.removed = true;
            removeAt(list, index);
            if (host.events.onListenersChanged) host.events.onListenersChanged(target);
          });
        }
        if (host.events.onListenersChanged) host.events.onListenersChanged(this);
      }
    }
    removeEventListener(type, callback, options) {
      host.requireArguments(arguments.length, 2, 'removeEventListener', 'EventTarget');
      const list = listenersOf(this);
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      type = String(type);
      const index = indexWhere(list, (e) => e.type === type && e.callback === callback && e.capture === capture && !e.handler);
      if (index >= 0) {
        list[index].removed = true;
        removeAt(list, index);
        if (host.events.onListenersChanged) host.events.onListenersChanged(this);
      }
    }
    dispatchEvent(event) {
      host.requireArguments(arguments.length, 1, 'dispatchEvent', 'EventTarget');
      listenersOf(this);
      const s = stateOf(event);
      if (s === undefined) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      }
      if (s.dispatching) {
        throw host.thrownDOMException(
            "Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", 'InvalidStateError');
      }
      return !dispatch(this == null ? global : this, event, { emptyStack: false, trusted: false });
    }
  }

  // One on<type> event handler attribute on `target` (HTML 8.1.8.1): it takes the place in the
  // listener list where it was first set; onHandlerSet(type) runs when one is set.
  function defineHandler(target, type, onHandlerSet) {
    const isHandler = (e) => e.type === type && e.handler;
    ObjectDefineProperty(target, 'on' + type, {
      get() {
        const list = listenersOf(this);
        const index = indexWhere(list, isHandler);
        return index >= 0 ? list[index].callback : null;
      },
      set(value) {
        const list = listenersOf(this);
        const index = indexWhere(list, isHandler);
        if (typeof value !== 'function') {
          if (index >= 0) { list[index].removed = true; removeAt(list, index); }
        } else if (index >= 0) {
          list[index].callback = value;
        } else {
          Append(list, { type, callback: value, capture: false, once: false, handler: true, removed: false });
        }
        if (host.events.onListenersChanged) host.events.onListenersChanged(this);
        if (onHandlerSet && typeof value === 'function') onHandlerSet(type);
      },
      configurable: true,
      enumerable: true,
    });
  }
  // An object that is not an EventTarget instance (the window, a port) made one: its listener
  // list, the EventTarget methods as own properties, one handler attribute per name in handlerTypes.
  function initTarget(target) {
    if (ownListeners(target) === undefined) ReflectApply(WeakMapSet, listenerLists, [target, []]);
    return target;
  }
  function makeEventTarget(target, handlerTypes, onHandlerSet) {
    initTarget(target);
    method(target, 'addEventListener', EventTarget.prototype.addEventListener);
    method(target, 'removeEventListener', EventTarget.prototype.removeEventListener);
    method(target, 'dispatchEvent', EventTarget.prototype.dispatchEvent);
    for (let i = 0; i < handlerTypes.length; ++i) defineHandler(target, handlerTypes[i], onHandlerSet);
  }

  let reportingError = false;
  // DOM 2.9 "inner invoke": the listeners of `target` for this phase, in registration order, on a
  // copy of the list taken before the first runs.
  function invoke(target, event, s, type, phase, options) {
    if (s && s.stop) return;
    if (s) s.currentTarget = target;
    const listeners = copyOf(ownListeners(target));
    for (let i = 0; i < listeners.length; ++i) {
      const entry = listeners[i];
      if (entry.type !== type || entry.removed) continue;
      if (phase === 'capturing' && !entry.capture) continue;
      if (phase === 'bubbling' && entry.capture) continue;
      if (entry.once) {
        const list = ownListeners(target);
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
          const handleEvent = entry.callback.handleEvent;
          if (typeof handleEvent !== 'function') throw new TypeError("'handleEvent' property of event listener should be callable");
          ReflectApply(handleEvent, entry.callback, [event]);
        }
      } catch (error) {
        // HTML "report an exception"; an error inside an error listener is only logged.
        if (reportingError) host.logError(error);
        else host.reportError(error);
      }
      // HTML "clean up after running script": with nothing else on the stack, a microtask checkpoint.
      if (options.emptyStack) host.checkpoint();
      if (s && s.stopImmediate) break;
    }
  }
  // DOM 2.9 "dispatch" (no shadow trees). The path is the target and its ancestors as
  // host.events.parentOf gives them (dom.js: parent node, then the document's window; the window
  // and other targets have none): capture from the outermost to the target (the target's capture
  // listeners), then bubble back out (the target's other listeners; ancestors only if
  // event.bubbles). Returns true if the event was canceled.
  // options.emptyStack: the host runs it from a task (microtasks run after each listener);
  // options.trusted: fired by the user agent (isTrusted).
  function dispatch(target, event, options) {
    const s = stateOf(event);
    const type = s ? s.type : event.type;
    const path = [target];
    const parentOf = host.events.parentOf;
    if (parentOf) {
      for (let parent = parentOf(target, type); parent !== null; parent = parentOf(parent, type)) Append(path, parent);
    }
    if (s) {
      s.dispatching = true;
      s.target = target;
      s.trusted = !!options.trusted;
      s.path = path;
    }
    try {
      for (let i = path.length - 1; i >= 0; --i) {
        if (s) s.phase = i === 0 ? 2 : 1;
        invoke(path[i], event, s, type, 'capturing', options);
      }
      for (let i = 0; i < path.length; ++i) {
        if (i > 0 && !(s ? s.bubbles : false)) break;
        if (s) s.phase = i === 0 ? 2 : 3;
        invoke(path[i], event, s, type, 'bubbling', options);
      }
    } finally {
      if (s) {
        s.currentTarget = null;
        s.phase = 0;
        s.dispatching = false;
        s.stop = false;
        s.stopImmediate = false;
        s.path = null;
      }
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

  makeEventTarget(global, ['message', 'error', 'unhandledrejection', 'rejectionhandled', 'click', 'mousedown', 'mouseup',
                           'pointerdown', 'pointerup', 'load', 'DOMContentLoaded'], null);
  for (const [name, value] of [['Event', Event], ['CustomEvent', CustomEvent], ['UIEvent', UIEvent], ['MouseEvent', MouseEvent],
                               ['PointerEvent', PointerEvent], ['ErrorEvent', ErrorEvent],
                               ['PromiseRejectionEvent', PromiseRejectionEvent], ['EventTarget', EventTarget]]) {
    method(global, name, value);
  }
  method(global, 'reportError', function reportError(error) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'reportError' on 'Window': 1 argument required, but only 0 present.");
    }
    host.reportErrorFromScript(error);
  });
  // parentOf(target, type) and onListenersChanged(target) are set by dom.js.
  host.events = { makeEventTarget, initTarget, defineHandler, dispatch, EventTarget, Event, CustomEvent, MouseEvent, PointerEvent, parentOf: null, onListenersChanged: null,
                  isEvent: (value) => stateOf(value) !== undefined,
                  // The listener types of a target (the Page panel marks elements with click listeners).
                  listenerTypes(target) { const l = ownListeners(target); const t = []; if (l) for (let i = 0; i < l.length; ++i) Append(t, l[i].type); return t; } };
  host.fireErrorEvent = fireError;
  host.fireRejectionEvent = fireRejection;
})
