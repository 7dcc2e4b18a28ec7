// web_messaging.js — MessageChannel / MessagePort, window.postMessage and the `message` event, as
// Chromium delivers them. Evaluated (uninstrumented) in the script's context before the script;
// its completion value is called with (globalThis, host), where host offers:
//   host.postTask(name, fn)  queue a task from the posted-message task source that calls fn()
//   host.structuredClone(v, transfer, makeError)  the HTML structured clone of v (StructuredClone.h)
//   host.DOMException, host.requireArguments      from dom_exception.js
//   host.events              the event targets and dispatch of event_target.js
// Chromium (measured, tests/puzzles/message_channel*.js): a port delivers one message per task and
// queues the task for the next message only after dispatching the previous one; a message posted
// to a port whose receiving side is started queues its task at once; window.postMessage queues one
// task per call.
// Uses only host.primordials (primordials.js): a script that patches Array.prototype,
// Function.prototype.call or Object.defineProperty does not break its ports.
(function installWebMessaging(global, host) {
  'use strict';
  const { ArrayPrototypeShift, ObjectDefineProperty, ReflectApply, Append, IsArrayBuffer } = host.primordials;
  const { makeEventTarget, dispatch } = host.events;  // event_target.js
  const kSecret = Symbol('MessagePort');
  const { DOMException, requireArguments } = host;
  const IteratorSymbol = Symbol.iterator;
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
  // The transfer list of a StructuredSerializeOptions dictionary (structuredClone, postMessage's
  // options form).
  function transferListOf(options, method, interfaceName) {
    const prefix = "Failed to execute '" + method + "' on '" + interfaceName + "': ";
    if (options === undefined || options === null) return [];
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw new TypeError(prefix + "The provided value is not of type 'StructuredSerializeOptions'.");
    }
    const transfer = options.transfer;
    if (transfer === undefined) return [];
    return transferSequence(transfer, prefix, "Failed to read the 'transfer' property from 'StructuredSerializeOptions': ");
  }
  // A sequence<object> of transferables (WebIDL: read through its iterator): ArrayBuffers, and
  // MessagePorts where `ports` collects them (window.postMessage), each at most once.
  function transferSequence(transfer, prefix, where, ports) {
    const iteratorMethod = (transfer !== null && (typeof transfer === 'object' || typeof transfer === 'function'))
      ? transfer[IteratorSymbol] : undefined;
    if (typeof iteratorMethod !== 'function') {
      throw new TypeError(prefix + where + 'The provided value cannot be converted to a sequence.');
    }
    const list = [];
    const iterator = ReflectApply(iteratorMethod, transfer, []);
    const next = iterator.next;
    while (true) {
      const step = ReflectApply(next, iterator, []);
      if (step.done) break;
      Append(list, step.value);
    }
    const buffers = [];
    for (let i = 0; i < list.length; ++i) {
      const isPort = ports !== undefined && list[i] instanceof MessagePort;
      if (!IsArrayBuffer(list[i]) && !isPort) {
        throw host.thrownDOMException(prefix + 'Value at index ' + i + ' does not have a transferable type.', 'DataCloneError');
      }
      for (let j = 0; j < i; ++j) {
        if (list[j] === list[i]) {
          const what = isPort ? 'Message port' : 'ArrayBuffer';
          throw host.thrownDOMException(prefix + what + ' at index ' + i + ' is a duplicate of an earlier ' + what + '.', 'DataCloneError');
        }
      }
      Append(isPort ? ports : buffers, list[i]);
    }
    return buffers;
  }
  function clone(value, transfer, method, interfaceName) {
    return host.structuredClone(value, transfer, cloneErrorMaker(method, interfaceName, value));
  }


  function makeMessageEvent(target, data, origin = '', source = null, ports = []) {
    return { type: 'message', data, origin, lastEventId: '', source, ports, target, currentTarget: target };
  }

  function handlerName(target) {
    const handler = target.onmessage;
    return handler && handler.name ? handler.name : 'message';
  }

  class MessagePort {
    constructor(secret) {
      if (secret !== kSecret) throw new TypeError('Illegal constructor');
      const port = this;
      const state = { queue: [], started: false, closed: false, deliveryQueued: false, entangled: null };
      ObjectDefineProperty(this, '__state', { value: state });
      makeEventTarget(this, ['message'], () => port.start());  // HTML: setting onmessage starts a port
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
        dispatch(port, makeMessageEvent(port, data), { emptyStack: true, trusted: true });
        port.__deliverNext();
      });
    }
  }
  ObjectDefineProperty(MessagePort.prototype, '__deliverNext', { enumerable: false });

  class MessageChannel {
    constructor() {
      const port1 = new MessagePort(kSecret);
      const port2 = new MessagePort(kSecret);
      port1.__state.entangled = port2;
      port2.__state.entangled = port1;
      ObjectDefineProperty(this, 'port1', { value: port1, enumerable: true });
      ObjectDefineProperty(this, 'port2', { value: port2, enumerable: true });
    }
  }

  // HTML 9.3.3 window.postMessage(message, targetOrigin, transfer) or (message, options). The page
  // is a file: document, an opaque origin: only "*" and "/" (this window's own origin) reach it,
  // and the event's origin is "null", its source this window (as in Chromium).
  const URLCtor = global.URL;  // core-js's, taken before the script
  const StringCtor = String;
  const ObjectFreeze = Object.freeze;
  ObjectDefineProperty(global, 'postMessage', {
    value: function postMessage(message, targetOriginOrOptions = undefined, transferArg = undefined) {
      requireArguments(arguments.length, 1, 'postMessage', 'Window');
      const prefix = "Failed to execute 'postMessage' on 'Window': ";
      let targetOrigin = '/';
      let transfer = [];
      const ports = [];
      if (targetOriginOrOptions !== null && typeof targetOriginOrOptions === 'object') {
        // WindowPostMessageOptions: targetOrigin, then transfer (lexicographic; transfer inherited first).
        const options = targetOriginOrOptions;
        if (options.transfer !== undefined) {
          transfer = transferSequence(options.transfer, prefix, "Failed to read the 'transfer' property from 'WindowPostMessageOptions': ", ports);
        }
        if (options.targetOrigin !== undefined) targetOrigin = StringCtor(options.targetOrigin);
      } else if (targetOriginOrOptions !== undefined || arguments.length > 2) {
        targetOrigin = StringCtor(targetOriginOrOptions);
        if (arguments.length > 2 && transferArg !== undefined) transfer = transferSequence(transferArg, prefix, '', ports);
      }
      // Any other target origin, once it parses, is a tuple origin: never this page's opaque one.
      const delivered = targetOrigin === '*' || targetOrigin === '/';
      if (!delivered) {
        let parses = true;
        try { new URLCtor(targetOrigin); } catch (error) { parses = false; }
        if (!parses) {
          throw host.thrownDOMException(prefix + "Invalid target origin '" + targetOrigin + "' in a call to 'postMessage'.", 'SyntaxError');
        }
      }
      const data = clone(message, transfer, 'postMessage', 'Window');
      if (!delivered) return;
      const eventPorts = ObjectFreeze(ports);
      host.postTask(handlerName(global), function dispatchWindowMessage() {
        dispatch(global, makeMessageEvent(global, data, 'null', global, eventPorts), { emptyStack: true, trusted: true });
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
