// base64.js — atob() and btoa() (HTML 8.3 Base64 utility methods,
// https://html.spec.whatwg.org/multipage/webappapis.html#atob) with Blink's messages (measured,
// tests/puzzles/builtins_base64.js). core-js has both, but throws its own texts. Evaluated
// (uninstrumented) after dom_exception.js (host.thrownDOMException, host.requireArguments);
// called with (globalThis, host).
(function installBase64(global, host) {
  'use strict';
  const { ObjectDefineProperty, TypeErrorCtor } = host.primordials;
  const ReflectApply = Reflect.apply;
  const StringCtor = String;
  const StringFromCharCode = String.fromCharCode;
  const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
  const kAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  function codeAt(text, index) { return ReflectApply(StringPrototypeCharCodeAt, text, [index]); }
  // The value of a base64 alphabet code unit, or -1.
  function sextet(code) {
    if (code >= 0x41 && code <= 0x5a) return code - 0x41;
    if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 26;
    if (code >= 0x30 && code <= 0x39) return code - 0x30 + 52;
    if (code === 0x2b) return 62;
    if (code === 0x2f) return 63;
    return -1;
  }
  function isAsciiWhitespace(code) { return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20; }
  // WebIDL DOMString: ToString, a Symbol fails with Blink's prefix.
  function toDOMString(value, method) {
    if (typeof value === 'symbol') {
      throw new TypeErrorCtor("Failed to execute '" + method + "' on 'Window': Cannot convert a Symbol value to a string");
    }
    return StringCtor(value);
  }

  function atob(data) {
    host.requireArguments(arguments.length, 1, 'atob', 'Window');
    const text = toDOMString(data, 'atob');
    const invalid = () => host.thrownDOMException(
        "Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.", 'InvalidCharacterError');
    // Infra "forgiving-base64 decode", step 1: remove all ASCII whitespace.
    const codes = [];
    for (let i = 0; i < text.length; ++i) {
      const code = codeAt(text, i);
      if (!isAsciiWhitespace(code)) ObjectDefineProperty(codes, codes.length, { value: code, writable: true, enumerable: true, configurable: true });
    }
    let length = codes.length;
    // 2. If the length divides by 4, one or two trailing "=" are removed.
    if (length % 4 === 0 && length > 0 && codes[length - 1] === 0x3d) {
      --length;
      if (codes[length - 1] === 0x3d) --length;
    }
    // 3. A remainder of 1 is a failure; 4. so is any code point outside the alphabet.
    if (length % 4 === 1) throw invalid();
    // 5-8. Each sextet goes into a buffer; every 24 bits become three bytes, the rest as many as fit.
    let output = '';
    let buffer = 0;
    let bits = 0;
    for (let i = 0; i < length; ++i) {
      const value = sextet(codes[i]);
      if (value < 0) throw invalid();
      buffer = (buffer << 6) | value;
      bits += 6;
      if (bits === 24) {
        output += StringFromCharCode((buffer >> 16) & 0xff, (buffer >> 8) & 0xff, buffer & 0xff);
        buffer = 0;
        bits = 0;
      }
    }
    if (bits === 12) output += StringFromCharCode((buffer >> 4) & 0xff);
    if (bits === 18) output += StringFromCharCode((buffer >> 10) & 0xff, (buffer >> 2) & 0xff);
    return output;
  }

  function btoa(data) {
    host.requireArguments(arguments.length, 1, 'btoa', 'Window');
    const text = toDOMString(data, 'btoa');
    let output = '';
    for (let i = 0; i < text.length; i += 3) {
      const count = text.length - i < 3 ? text.length - i : 3;
      let buffer = 0;
      for (let j = 0; j < 3; ++j) {
        const code = j < count ? codeAt(text, i + j) : 0;
        // "If data contains any code point greater than U+00FF, throw an InvalidCharacterError."
        if (code > 0xff) {
          throw host.thrownDOMException("Failed to execute 'btoa' on 'Window': The string to be encoded contains " +
                                        'characters outside of the Latin1 range.', 'InvalidCharacterError');
        }
        buffer = (buffer << 8) | code;
      }
      for (let k = 0; k < 4; ++k) {
        output += k <= count ? kAlphabet[(buffer >> (18 - 6 * k)) & 0x3f] : '=';
      }
    }
    return output;
  }

  ObjectDefineProperty(global, 'atob', { value: atob, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperty(global, 'btoa', { value: btoa, writable: true, enumerable: true, configurable: true });
})
