// web_messaging.js — MessageChannel / MessagePort, window.postMessage and the `message` event, as
// Chromium delivers them. Evaluated (uninstrumented) in the script's context before the script;
// its completion value is called with (globalThis, host), where host offers:
//   host.postTask(name, fn)  queue a task from the posted-message task source that calls fn()
//   host.structuredClone(v)  the HTML structured clone of v (V8's serializer)
//   host.events              the event targets and dispatch of event_target.js
// Chromium (measured, tests/puzzles/message_channel*.js): a port delivers one message per task and
// queues the task for the next message only after dispatching the previous one; a message posted
// to a port whose receiving side is started queues its task at once; window.postMessage queues one
// task per call.
// Uses only host.primordials (primordials.js): a script that patches Array.prototype,
// Function.prototype.call or Object.defineProperty does not break its ports.
(function installWebMessaging(global, host) {
  'use strict';
  const { ArrayPrototypeShift, ObjectDefineProperty, Append } = host.primordials;
  const { makeEventTarget, dispatch } = host.events;  // event_target.js
  const kSecret = Symbol('MessagePort');

  function makeMessageEvent(target, data) {
    return { type: 'message', data, origin: '', lastEventId: '', source: null, ports: [], target, currentTarget: target };
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
      const state = this.__state;
      if (state.closed || !state.entangled) return;
      const data = host.structuredClone(message);
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

  ObjectDefineProperty(global, 'postMessage', {
    value: function postMessage(message) {
      const data = host.structuredClone(message);
      host.postTask(handlerName(global), function dispatchWindowMessage() {
        dispatch(global, makeMessageEvent(global, data), { emptyStack: true, trusted: true });
      });
    }, writable: true, configurable: true });
  ObjectDefineProperty(global, 'MessageChannel', { value: MessageChannel, writable: true, configurable: true });
  ObjectDefineProperty(global, 'MessagePort', { value: MessagePort, writable: true, configurable: true });
  ObjectDefineProperty(global, 'structuredClone', {
    value: function structuredClone(value) { return host.structuredClone(value); }, writable: true, configurable: true });
})
