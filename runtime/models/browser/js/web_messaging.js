// web_messaging.js — MessageChannel / MessagePort, window.postMessage and the `message` event, as
// Chromium delivers them. Evaluated (uninstrumented) in the script's context before the script;
// its completion value is called with (globalThis, host), where host offers:
//   host.postTask(name, fn)  queue a task from the posted-message task source that calls fn()
//   host.reportError(error)  report an exception as uncaught, without stopping the caller
//   host.structuredClone(v, transfer, makeError)  the HTML structured clone of v (StructuredClone.h)
//   host.DOMException, host.requireArguments      from dom_exception.js
//   host.checkpoint()        perform a microtask checkpoint
// Chromium (measured, tests/puzzles/message_channel*.js): a port delivers one message per task and
// queues the task for the next message only after dispatching the previous one; a message posted
// to a port whose receiving side is started queues its task at once; window.postMessage queues one
// task per call.
// Uses only host.primordials (primordials.js): a script that patches Array.prototype,
// Function.prototype.call or Object.defineProperty does not break its ports.
(function installWebMessaging(global, host) {
  'use strict';
  const { ArrayPrototypeShift, ArraySplice, ObjectDefineProperty, ReflectApply, Append } = host.primordials;
  function removeAt(list, index) { ReflectApply(ArraySplice, list, [index, 1]); }
  // Index of the first entry for which matches(entry) holds, or -1.
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
  const kListeners = Symbol('listeners');
  const { DOMException, requireArguments } = host;
  const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const IteratorSymbol = Symbol.iterator;
  function isArrayBuffer(value) {
    try { ReflectApply(ArrayBufferByteLength, value, []); return true; } catch (e) { return false; }
  }
  const FunctionToString = Function.prototype.toString;  // UserSourceView's: the user's text
  const ObjectKeys = Object.keys;
  const StringPrototypeSlice = String.prototype.slice;
  const StringPrototypeIndexOf = String.prototype.indexOf;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const WeakSetCtor = WeakSet;
  const { add: WeakSetAdd, has: WeakSetHas } = WeakSet.prototype;
  // V8 quotes a function of more than 128 characters as its first 111, "...<omitted>...", its last 2
  // (Object::NoSideEffectsToString; Chromium measured: tests/puzzles/structured_clone_errors.js).
  const kMaxQuoted = 128;
  const kQuotedHead = 111;
  const kQuotedTail = 2;
  // The first function the serializer meets in `value`: own enumerable data properties, depth
  // first, in key order (accessors are not called again).
  function firstFunction(value, seen) {
    if (typeof value === 'function') return value;
    if (value === null || typeof value !== 'object' || ReflectApply(WeakSetHas, seen, [value])) return undefined;
    ReflectApply(WeakSetAdd, seen, [value]);
    const keys = ObjectKeys(value);
    for (let i = 0; i < keys.length; ++i) {
      const descriptor = ObjectGetOwnPropertyDescriptor(value, keys[i]);
      if (descriptor === undefined || !('value' in descriptor)) continue;
      const found = firstFunction(descriptor.value, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  // Blink's DataCloneError for one operation: "Failed to execute 'structuredClone' on 'Window': …".
  function cloneErrorMaker(method, interfaceName, value) {
    return function makeDataCloneError(message) {
      // V8 shortened the instrumented text of a long function, which StructuredClone.cpp cannot
      // map back: quote the user's text of the function instead, shortened the same way.
      if (ReflectApply(StringPrototypeIndexOf, message, ['...<omitted>...']) >= 0) {
        const culprit = firstFunction(value, new WeakSetCtor());
        if (culprit !== undefined) {
          let text = ReflectApply(FunctionToString, culprit, []);
          if (text.length > kMaxQuoted) {
            text = ReflectApply(StringPrototypeSlice, text, [0, kQuotedHead]) + '...<omitted>...' +
                   ReflectApply(StringPrototypeSlice, text, [text.length - kQuotedTail]);
          }
          message = text + ' could not be cloned.';
        }
      }
      return host.thrownDOMException("Failed to execute '" + method + "' on '" + interfaceName + "': " + message, 'DataCloneError');
    };
  }
  // StructuredSerializeOptions.transfer: a WebIDL sequence<object> (iterated with the value's own
  // iterator, as the spec says), each an ArrayBuffer that is not listed twice (Blink's messages).
  function transferListOf(options, method, interfaceName) {
    const prefix = "Failed to execute '" + method + "' on '" + interfaceName + "': ";
    if (options === undefined || options === null) return [];
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw new TypeError(prefix + "The provided value is not of type 'StructuredSerializeOptions'.");
    }
    const transfer = options.transfer;
    if (transfer === undefined) return [];
    const iteratorMethod = (transfer !== null && (typeof transfer === 'object' || typeof transfer === 'function'))
      ? transfer[IteratorSymbol] : undefined;
    if (typeof iteratorMethod !== 'function') {
      throw new TypeError(prefix + "Failed to read the 'transfer' property from 'StructuredSerializeOptions': The provided value cannot be converted to a sequence.");
    }
    const list = [];
    const iterator = ReflectApply(iteratorMethod, transfer, []);
    const next = iterator.next;
    while (true) {
      const step = ReflectApply(next, iterator, []);
      if (step.done) break;
      Append(list, step.value);
    }
    for (let i = 0; i < list.length; ++i) {
      if (!isArrayBuffer(list[i])) {
        // FIXME: MessagePort and the other transferable types are not transferable here yet.
        throw host.thrownDOMException(prefix + 'Value at index ' + i + ' does not have a transferable type.', 'DataCloneError');
      }
      for (let j = 0; j < i; ++j) {
        if (list[j] === list[i]) {
          throw host.thrownDOMException(prefix + 'ArrayBuffer at index ' + i + ' is a duplicate of an earlier ArrayBuffer.', 'DataCloneError');
        }
      }
    }
    return list;
  }
  function clone(value, transfer, method, interfaceName) {
    return host.structuredClone(value, transfer, cloneErrorMaker(method, interfaceName, value));
  }

  // The subset of EventTarget these objects need: listeners in registration order, the
  // on<type> handler occupying the place where it was first set.
  function makeEventTarget(target, onStart) {
    ObjectDefineProperty(target, kListeners, { value: [] });
    const isHandler = (entry) => entry.type === 'message' && entry.handler;
    ObjectDefineProperty(target, 'addEventListener', {
      value: function addEventListener(type, callback) {
        requireArguments(arguments.length, 2, 'addEventListener', 'EventTarget');
        if (typeof callback !== 'function' && !(callback && typeof callback.handleEvent === 'function')) return;
        const list = target[kListeners];
        if (indexWhere(list, (entry) => entry.type === type && entry.callback === callback) < 0) {
          Append(list, { type, callback, handler: false });
        }
      }, writable: true, configurable: true });
    ObjectDefineProperty(target, 'removeEventListener', {
      value: function removeEventListener(type, callback) {
        const list = target[kListeners];
        const index = indexWhere(list, (entry) => entry.type === type && entry.callback === callback);
        if (index >= 0) removeAt(list, index);
      }, writable: true, configurable: true });
    ObjectDefineProperty(target, 'onmessage', {
      get() { const index = indexWhere(target[kListeners], isHandler); return index >= 0 ? target[kListeners][index].callback : null; },
      set(value) {
        const list = target[kListeners];
        const index = indexWhere(list, isHandler);
        if (typeof value !== 'function') { if (index >= 0) removeAt(list, index); return; }
        if (index >= 0) list[index].callback = value;
        else Append(list, { type: 'message', callback: value, handler: true });
        if (onStart) onStart();  // HTML: setting onmessage starts a MessagePort
      }, configurable: true });
  }

  function dispatch(target, event) {
    const listeners = copyOf(target[kListeners]);
    for (let i = 0; i < listeners.length; ++i) {
      const entry = listeners[i];
      if (entry.type !== event.type) continue;
      try {
        if (typeof entry.callback === 'function') ReflectApply(entry.callback, target, [event]);
        else entry.callback.handleEvent(event);
      } catch (error) {
        host.reportError(error);
      }
      // Chromium calls each listener with an empty JavaScript stack, so microtasks run after each.
      host.checkpoint();
    }
  }

  function makeMessageEvent(target, data) {
    return { type: 'message', data, origin: '', lastEventId: '', source: null, ports: [], target, currentTarget: target };
  }

  function handlerName(target) {
    const handler = target.onmessage;
    return handler && handler.name ? handler.name : 'message';
  }

  class MessagePort {
    constructor(secret) {
      if (secret !== kListeners) throw new TypeError('Illegal constructor');
      const port = this;
      const state = { queue: [], started: false, closed: false, deliveryQueued: false, entangled: null };
      ObjectDefineProperty(this, '__state', { value: state });
      makeEventTarget(this, () => port.start());
    }
    postMessage(message) {
      requireArguments(arguments.length, 1, 'postMessage', 'MessagePort');
      const state = this.__state;
      const data = clone(message, [], 'postMessage', 'MessagePort');
      if (state.closed || !state.entangled) return;
      const receiver = state.entangled;
      Append(receiver.__state.queue, data);
      receiver.__deliverNext();
    }
    start() {
      const state = this.__state;
      if (state.started) return;
      state.started = true;
      this.__deliverNext();
    }
    close() {
      const state = this.__state;
      state.closed = true;
      if (state.entangled) state.entangled.__state.entangled = null;
      state.entangled = null;
      state.queue.length = 0;
    }
    __deliverNext() {
      const state = this.__state;
      if (!state.started || state.closed || state.deliveryQueued || state.queue.length === 0) return;
      state.deliveryQueued = true;
      const port = this;
      host.postTask(handlerName(port), function deliverMessage() {
        state.deliveryQueued = false;
        if (state.closed || state.queue.length === 0) return;
        const data = ArrayPrototypeShift(state.queue);
        dispatch(port, makeMessageEvent(port, data));
        port.__deliverNext();
      });
    }
  }
  ObjectDefineProperty(MessagePort.prototype, '__deliverNext', { enumerable: false });

  class MessageChannel {
    constructor() {
      const port1 = new MessagePort(kListeners);
      const port2 = new MessagePort(kListeners);
      port1.__state.entangled = port2;
      port2.__state.entangled = port1;
      ObjectDefineProperty(this, 'port1', { value: port1, enumerable: true });
      ObjectDefineProperty(this, 'port2', { value: port2, enumerable: true });
    }
  }

  makeEventTarget(global, null);
  ObjectDefineProperty(global, 'postMessage', {
    value: function postMessage(message) {
      requireArguments(arguments.length, 1, 'postMessage', 'Window');
      const data = clone(message, [], 'postMessage', 'Window');
      host.postTask(handlerName(global), function dispatchWindowMessage() {
        dispatch(global, makeMessageEvent(global, data));
      });
    }, writable: true, configurable: true });
  ObjectDefineProperty(global, 'MessageChannel', { value: MessageChannel, writable: true, configurable: true });
  ObjectDefineProperty(global, 'MessagePort', { value: MessagePort, writable: true, configurable: true });
  ObjectDefineProperty(global, 'structuredClone', {
    value: function structuredClone(value, options = undefined) {
      requireArguments(arguments.length, 1, 'structuredClone', 'Window');
      const transfer = transferListOf(options, 'structuredClone', 'Window');
      return clone(value, transfer, 'structuredClone', 'Window');
    }, writable: true, configurable: true });
})
