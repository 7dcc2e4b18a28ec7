// text_encoding.js — TextEncoder and TextDecoder (Encoding standard), UTF-8 only: the UTF-8
// conversions themselves are native (TextCodec.h: host.utf8Encode / utf8Decode). Evaluated
// (uninstrumented) after dom_exception.js; its completion value is called with (globalThis, host).
// TextDecoder accepts the UTF-8 labels; another label is a RangeError (Chromium would decode it).
// Built-ins it uses are taken before the script runs, so patching them changes nothing. Error
// messages are Chromium's (measured: tests/puzzles/text_encoding.js).
(function installTextEncoding(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, IsArrayBuffer } = host.primordials;
  const charCodeAt = String.prototype.charCodeAt;
  const toLowerCase = String.prototype.toLowerCase;
  const trim = String.prototype.trim;
  const typedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;
  const typedArraySubarray = Object.getPrototypeOf(Uint8Array.prototype).subarray;
  const Uint8ArrayCtor = Uint8Array;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const kState = Symbol('TextDecoder state');
  const kUtf8Labels = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'];

  function bytesOf(input, method) {
    if (input === undefined) return new Uint8ArrayCtor(0);
    if (IsArrayBuffer(input)) return new Uint8ArrayCtor(input);
    if (ArrayBufferIsView(input)) return new Uint8ArrayCtor(input.buffer, input.byteOffset, input.byteLength);
    throw new TypeError("Failed to execute '" + method + "' on 'TextDecoder': parameter 1 is not of type 'ArrayBuffer'.");
  }
  function concat(a, b) {
    if (a.length === 0) return b;
    const joined = new Uint8ArrayCtor(a.length + b.length);
    ReflectApply(typedArraySet, joined, [a, 0]);
    ReflectApply(typedArraySet, joined, [b, a.length]);
    return joined;
  }
  // Where a stream chunk's last complete UTF-8 sequence ends (the rest waits for the next chunk).
  function completeLength(bytes) {
    const length = bytes.length;
    for (let back = 1; back <= 3 && back <= length; ++back) {
      const byte = bytes[length - back];
      if ((byte & 0xc0) === 0x80) continue;  // a continuation byte: look further back
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? length - back : length;
    }
    return length;
  }

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') { return host.utf8Encode(String(input)); }
    encodeInto(source, destination) {
      if (arguments.length < 2) host.requireArguments(arguments.length, 2, 'encodeInto', 'TextEncoder');
      if (!(destination instanceof Uint8ArrayCtor)) {
        throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
      }
      const text = String(source);
      let read = 0;
      let written = 0;
      while (read < text.length) {
        const unit = ReflectApply(charCodeAt, text, [read]);
        let units = 1;
        let bytes = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        if (unit >= 0xd800 && unit <= 0xdbff && read + 1 < text.length) {
          const next = ReflectApply(charCodeAt, text, [read + 1]);
          if (next >= 0xdc00 && next <= 0xdfff) { units = 2; bytes = 4; }
        }
        if (written + bytes > destination.length) break;
        const encoded = host.utf8Encode(units === 2 ? text[read] + text[read + 1] : text[read]);
        ReflectApply(typedArraySet, destination, [encoded, written]);
        read += units;
        written += bytes;
      }
      return { read, written };
    }
  }

  class TextDecoder {
    constructor(label = 'utf-8', options = undefined) {
      const name = ReflectApply(toLowerCase, ReflectApply(trim, String(label), []), []);
      let known = false;
      for (let i = 0; i < kUtf8Labels.length; ++i) known = known || kUtf8Labels[i] === name;
      if (!known) {
        throw new RangeError("Failed to construct 'TextDecoder': The encoding label provided ('" + String(label) + "') is invalid.");
      }
      const fatal = !!(options && options.fatal);
      const ignoreBOM = !!(options && options.ignoreBOM);
      ObjectDefineProperty(this, kState, { value: { fatal, ignoreBOM, pending: new Uint8ArrayCtor(0), bomSeen: false } });
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return this[kState].fatal; }
    get ignoreBOM() { return this[kState].ignoreBOM; }
    decode(input = undefined, options = undefined) {
      const state = this[kState];
      if (state === undefined) throw new TypeError("Illegal invocation");
      const stream = !!(options && options.stream);
      let bytes = concat(state.pending, bytesOf(input, 'decode'));
      const cut = stream ? completeLength(bytes) : bytes.length;
      state.pending = ReflectApply(typedArraySubarray, bytes, [cut]);
      bytes = ReflectApply(typedArraySubarray, bytes, [0, cut]);
      if (!stream) state.pending = new Uint8ArrayCtor(0);
      let text = host.utf8Decode(bytes, state.fatal);
      if (text === null) {
        state.pending = new Uint8ArrayCtor(0);
        state.bomSeen = false;
        throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
      }
      if (!state.bomSeen && text.length > 0) {
        if (!state.ignoreBOM && ReflectApply(charCodeAt, text, [0]) === 0xfeff) text = text.slice(1);
        state.bomSeen = true;
      }
      if (!stream) state.bomSeen = false;
      return text;
    }
  }

  ObjectDefineProperty(global, 'TextEncoder', { value: TextEncoder, writable: true, configurable: true });
  ObjectDefineProperty(global, 'TextDecoder', { value: TextDecoder, writable: true, configurable: true });
})
