// fetch.js — fetch(), Response and Headers (Fetch Standard, https://fetch.spec.whatwg.org/), on
// the network service of FetchHost.h (host.fetchStart / fetchAbort / queueFetchTask). Evaluated
// (uninstrumented) after abort.js; called with (globalThis, host).
//
// What a page can fetch here: files of the script's folder, and the folder's synthetic endpoints
// `delay/MS` and `status/CODE` (runtime/io/NetworkService.h). Relative URLs resolve against the
// page's URL (location.href, the script's file:// URL). Everything else — a path outside the
// folder, any http(s) address, other schemes — is a network error: the promise rejects with
// `TypeError: Failed to fetch`, as a browser's does when it is refused.
//
// Chromium (measured with the oracle's HTTP server, tests/puzzles/fetch_*.js): the response
// arrives as a networking task; reading a body (text, json, arrayBuffer) resolves in a later
// networking task (Fetch "fully read body" queues a fetch task); a second read rejects with
// "Failed to execute 'text' on 'Response': body stream already read"; an aborted fetch rejects
// with the signal's reason (AbortError "signal is aborted without reason" by default), and a body
// not yet read when the signal aborts rejects its read with the reason too; a URL scheme Chromium
// does not fetch rejects at once.
// AD-HOC: file:// URLs are served (Chromium fetches no file:// URL; the oracle serves the same
// folder over http://127.0.0.1, tests/oracle/fetch_server.js).
// FIXME: no Request class, no request bodies (a body is checked and dropped), no
// Response.body stream, blob() or formData(), no redirects, no CORS; data: and blob: URLs are
// refused.
(function installFetch(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, Append, TypeErrorCtor, RangeErrorCtor, IsArrayBuffer } = host.primordials;
  const { requireArguments, abort } = host;
  const { bind, call } = Function.prototype;
  const uncurry = (fn) => ReflectApply(bind, call, [fn]);
  const StringCtor = String;
  const NumberCtor = Number;
  const PromiseCtor = global.Promise;
  const PromiseReject = Promise.reject.bind(Promise);
  const PromiseResolve = Promise.resolve.bind(Promise);
  const JSONParse = JSON.parse;
  const JSONStringify = JSON.stringify;
  const ArrayBufferCtor = ArrayBuffer;
  const Uint8ArrayCtor = Uint8Array;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const ArrayBufferSlice = uncurry(ArrayBuffer.prototype.slice);
  const TypedArraySet = uncurry(Object.getPrototypeOf(Uint8Array.prototype).set);
  const WeakMapCtor = WeakMap;
  const { get: weakGet, set: weakSet, has: weakHas } = WeakMap.prototype;
  const StringSlice = uncurry(String.prototype.slice);
  const StringIndexOf = uncurry(String.prototype.indexOf);
  const StringLastIndexOf = uncurry(String.prototype.lastIndexOf);
  const StringToLowerCase = uncurry(String.prototype.toLowerCase);
  const StringToUpperCase = uncurry(String.prototype.toUpperCase);
  const StringCharCodeAt = uncurry(String.prototype.charCodeAt);
  const RegExpExec = uncurry(RegExp.prototype.exec);
  const ArraySort = uncurry(Array.prototype.sort);
  const EncodeURIComponent = encodeURIComponent;
  const ObjectKeys = Object.keys;
  const SymbolIterator = Symbol.iterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const kFetchableSchemes = ['file', 'http', 'https'];  // what reaches the network service

  function stateGetter(map) {
    return function stateOf(self) {
      if (self === null || typeof self !== 'object' || !ReflectApply(weakHas, map, [self])) {
        throw new TypeErrorCtor('Illegal invocation');
      }
      return ReflectApply(weakGet, map, [self]);
    };
  }
  function includes(list, value) {
    for (let i = 0; i < list.length; ++i) if (list[i] === value) return true;
    return false;
  }
  function toStringTag(prototype, name) {
    ObjectDefineProperty(prototype, SymbolToStringTag, { value: name, configurable: true });
  }

  // --- URLs (https://url.spec.whatwg.org/, the subset a page's fetch needs) ---------------------

  const kSchemeRe = /^([A-Za-z][A-Za-z0-9+.\-]*):/;
  const kForbiddenHostRe = /[\x00-\x20#%\/:<>?@\[\\\]^|]/;
  // The URL parser's path percent-encode set (C0 controls, space, ", #, <, >, ?, `, {, }) and
  // every non-ASCII code point, as UTF-8 bytes; "%" itself is kept.
  function percentEncoded(text, keep) {
    let out = '';
    for (let i = 0; i < text.length; ++i) {
      const c = StringCharCodeAt(text, i);
      const ch = text[i];
      if (c > 0x20 && c < 0x7f && (includes(keep, ch) || !includes(['"', '#', '<', '>', '?', '`', '{', '}'], ch))) {
        out += ch;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        try { out += EncodeURIComponent(ch + text[i + 1]); } catch (e) { out += '%EF%BF%BD'; }
        ++i;
      } else {
        try { out += EncodeURIComponent(ch); } catch (e) { out += '%EF%BF%BD'; }
      }
    }
    return out;
  }
  // URL "shorten" and the single/double-dot path segments (".", "%2e", "..", ".%2e"…).
  function withoutDotSegments(path) {
    const segments = [];
    let start = 1;
    for (;;) {
      let end = StringIndexOf(path, '/', start);
      const last = end < 0;
      if (last) end = path.length;
      const segment = StringToLowerCase(StringSlice(path, start, end));
      const single = segment === '.' || segment === '%2e';
      const double = segment === '..' || segment === '.%2e' || segment === '%2e.' || segment === '%2e%2e';
      if (double) {
        if (segments.length > 0) segments.length -= 1;
        if (last) Append(segments, '');
      } else if (single) {
        if (last) Append(segments, '');
      } else {
        Append(segments, StringSlice(path, start, end));
      }
      if (last) break;
      start = end + 1;
    }
    let out = '';
    for (let i = 0; i < segments.length; ++i) out += '/' + segments[i];
    return out === '' ? '/' : out;
  }
  // A file URL's path with its query and fragment: dot segments applied, percent-encoded.
  function filePathUrl(rest) {
    let end = rest.length;
    const query = StringIndexOf(rest, '?');
    const fragment = StringIndexOf(rest, '#');
    if (fragment >= 0) end = fragment;
    if (query >= 0 && query < end) end = query;
    const path = withoutDotSegments(percentEncoded(StringSlice(rest, 0, end), ['%']));
    return path + percentEncoded(StringSlice(rest, end), ['%', '?', '#']);
  }
  // The absolute URL `input` names relative to `base` (a file URL), or null when it cannot be parsed.
  function resolveUrl(input, base) {
    let text = '';
    for (let i = 0; i < input.length; ++i) {
      const ch = input[i];
      if (ch !== '\t' && ch !== '\n' && ch !== '\r') text += ch === '\\' ? '/' : ch;
    }
    let first = 0;
    let last = text.length;
    while (first < last && StringCharCodeAt(text, first) <= 0x20) ++first;
    while (last > first && StringCharCodeAt(text, last - 1) <= 0x20) --last;
    text = StringSlice(text, first, last);
    const scheme = RegExpExec(kSchemeRe, text);
    if (scheme !== null) {
      const name = StringToLowerCase(scheme[1]);
      let rest = StringSlice(text, scheme[0].length);
      if (name === 'file') {
        if (StringSlice(rest, 0, 2) === '//') {
          rest = StringSlice(rest, 2);
          const slash = StringIndexOf(rest, '/');
          const hostName = StringToLowerCase(slash < 0 ? rest : StringSlice(rest, 0, slash));
          const path = slash < 0 ? '/' : StringSlice(rest, slash);
          return 'file://' + (hostName === 'localhost' ? '' : hostName) + filePathUrl(path);
        }
        return 'file://' + filePathUrl(StringSlice(rest, 0, 1) === '/' ? rest : '/' + rest);
      }
      if (name === 'http' || name === 'https') {
        while (StringSlice(rest, 0, 1) === '/') rest = StringSlice(rest, 1);
        let end = 0;
        while (end < rest.length && !includes(['/', '?', '#'], rest[end])) ++end;
        const authority = StringSlice(rest, 0, end);
        const at = StringLastIndexOf(authority, '@');
        const hostPort = at < 0 ? authority : StringSlice(authority, at + 1);
        const colon = StringLastIndexOf(hostPort, ':');
        const hostName = colon < 0 ? hostPort : StringSlice(hostPort, 0, colon);
        const port = colon < 0 ? '' : StringSlice(hostPort, colon + 1);
        if (hostName === '' || RegExpExec(kForbiddenHostRe, hostName) !== null || RegExpExec(/^[0-9]*$/, port) === null) {
          return null;
        }
        const tail = StringSlice(rest, end);
        return name + '://' + StringToLowerCase(hostPort) + (tail === '' || tail[0] !== '/' ? '/' : '') +
               percentEncoded(tail, ['%', '?', '#']);
      }
      return name + ':' + rest;  // a scheme the page cannot fetch: refused by fetch() itself
    }
    // Relative to the page's URL.
    const baseFragment = StringIndexOf(base, '#');
    const baseWithoutFragment = baseFragment < 0 ? base : StringSlice(base, 0, baseFragment);
    if (text === '') return baseWithoutFragment;
    if (text[0] === '#') return baseWithoutFragment + percentEncoded(text, ['%', '#', '?']);
    const baseQuery = StringIndexOf(baseWithoutFragment, '?');
    const basePath = StringSlice(baseWithoutFragment, 'file://'.length, baseQuery < 0 ? baseWithoutFragment.length : baseQuery);
    if (text[0] === '?') return 'file://' + basePath + percentEncoded(text, ['%', '#', '?']);
    if (StringSlice(text, 0, 2) === '//') return resolveUrl('file:' + text, base);
    if (text[0] === '/') return 'file://' + filePathUrl(text);
    return 'file://' + filePathUrl(StringSlice(basePath, 0, StringLastIndexOf(basePath, '/') + 1) + text);
  }

  // --- Headers (Fetch 5.2) ---------------------------------------------------------------------

  const kTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const kInvalidValueRe = /[\x00\r\n]/;
  const headerStates = new WeakMapCtor();
  const headersState = stateGetter(headerStates);
  // "normalize" a value: strip leading and trailing HTTP whitespace (tab, LF, CR, space).
  function normalizedValue(value) {
    const text = StringCtor(value);
    let first = 0;
    let last = text.length;
    const space = (c) => c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
    while (first < last && space(StringCharCodeAt(text, first))) ++first;
    while (last > first && space(StringCharCodeAt(text, last - 1))) --last;
    return StringSlice(text, first, last);
  }
  function checkedName(name, method) {
    const text = StringCtor(name);
    if (RegExpExec(kTokenRe, text) === null) {
      throw new TypeErrorCtor("Failed to execute '" + method + "' on 'Headers': Invalid name");
    }
    return StringToLowerCase(text);
  }
  function checkedValue(value, method) {
    const text = normalizedValue(value);
    if (RegExpExec(kInvalidValueRe, text) !== null) {
      throw new TypeErrorCtor("Failed to execute '" + method + "' on 'Headers': Invalid value");
    }
    return text;
  }
  function checkMutable(state, method) {
    if (state.immutable) throw new TypeErrorCtor("Failed to execute '" + method + "' on 'Headers': Headers are immutable");
  }
  // "append" to a header list (names lower-case, in insertion order).
  function appendHeader(state, name, value) { Append(state.list, [name, value]); }
  function removeHeader(state, name) {
    const kept = [];
    for (let i = 0; i < state.list.length; ++i) if (state.list[i][0] !== name) Append(kept, state.list[i]);
    state.list = kept;
  }
  // "get": the values of `name`, combined with ", "; null when there are none.
  function getHeader(state, name) {
    let value = null;
    for (let i = 0; i < state.list.length; ++i) {
      if (state.list[i][0] === name) value = value === null ? state.list[i][1] : value + ', ' + state.list[i][1];
    }
    return value;
  }
  // "sort and combine": by name, each name once with its combined value (set-cookie kept apart).
  function sortedAndCombined(state) {
    const names = [];
    for (let i = 0; i < state.list.length; ++i) if (!includes(names, state.list[i][0])) Append(names, state.list[i][0]);
    ArraySort(names);
    const out = [];
    for (let i = 0; i < names.length; ++i) {
      if (names[i] === 'set-cookie') {
        for (let j = 0; j < state.list.length; ++j) if (state.list[j][0] === 'set-cookie') Append(out, ['set-cookie', state.list[j][1]]);
      } else {
        Append(out, [names[i], getHeader(state, names[i])]);
      }
    }
    return out;
  }
  // "fill" a Headers object from a HeadersInit (a Headers, a sequence of pairs or a record).
  function fill(state, init) {
    if (init === undefined || init === null) {
      if (init === null) throw new TypeErrorCtor("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
      return;
    }
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeErrorCtor("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    }
    if (ReflectApply(weakHas, headerStates, [init])) {
      const other = ReflectApply(weakGet, headerStates, [init]).list;
      for (let i = 0; i < other.length; ++i) appendHeader(state, other[i][0], other[i][1]);
      return;
    }
    if (typeof init[SymbolIterator] === 'function') {
      for (const pair of init) {
        const items = [];
        for (const item of pair) Append(items, item);
        if (items.length !== 2) throw new TypeErrorCtor("Failed to construct 'Headers': Invalid value");
        appendHeader(state, checkedName(items[0], 'append'), checkedValue(items[1], 'append'));
      }
      return;
    }
    const keys = ObjectKeys(init);
    for (let i = 0; i < keys.length; ++i) appendHeader(state, checkedName(keys[i], 'append'), checkedValue(init[keys[i]], 'append'));
  }
  function* headerIterator(headers, kind) {
    for (let i = 0; ; ++i) {
      const entries = sortedAndCombined(headersState(headers));
      if (i >= entries.length) return;
      yield kind === 'keys' ? entries[i][0] : kind === 'values' ? entries[i][1] : [entries[i][0], entries[i][1]];
    }
  }
  class Headers {
    constructor(init = undefined) {
      const state = { list: [], immutable: false };
      ReflectApply(weakSet, headerStates, [this, state]);
      fill(state, init);
    }
    append(name, value) {
      requireArguments(arguments.length, 2, 'append', 'Headers');
      const state = headersState(this);
      const key = checkedName(name, 'append');
      const text = checkedValue(value, 'append');
      checkMutable(state, 'append');
      appendHeader(state, key, text);
    }
    delete(name) {
      requireArguments(arguments.length, 1, 'delete', 'Headers');
      const state = headersState(this);
      const key = checkedName(name, 'delete');
      checkMutable(state, 'delete');
      removeHeader(state, key);
    }
    get(name) {
      requireArguments(arguments.length, 1, 'get', 'Headers');
      return getHeader(headersState(this), checkedName(name, 'get'));
    }
    has(name) {
      requireArguments(arguments.length, 1, 'has', 'Headers');
      return getHeader(headersState(this), checkedName(name, 'has')) !== null;
    }
    set(name, value) {
      requireArguments(arguments.length, 2, 'set', 'Headers');
      const state = headersState(this);
      const key = checkedName(name, 'set');
      const text = checkedValue(value, 'set');
      checkMutable(state, 'set');
      // "set": the first entry of the name takes the value, the others are removed.
      let replaced = false;
      const kept = [];
      for (let i = 0; i < state.list.length; ++i) {
        if (state.list[i][0] !== key) Append(kept, state.list[i]);
        else if (!replaced) { Append(kept, [key, text]); replaced = true; }
      }
      if (!replaced) Append(kept, [key, text]);
      state.list = kept;
    }
    getSetCookie() {
      const state = headersState(this);
      const values = [];
      for (let i = 0; i < state.list.length; ++i) if (state.list[i][0] === 'set-cookie') Append(values, state.list[i][1]);
      return values;
    }
    forEach(callback, thisArg = undefined) {
      requireArguments(arguments.length, 1, 'forEach', 'Headers');
      if (typeof callback !== 'function') {
        throw new TypeErrorCtor("Failed to execute 'forEach' on 'Headers': The callback provided as parameter 1 is not a function.");
      }
      for (let i = 0; ; ++i) {
        const entries = sortedAndCombined(headersState(this));
        if (i >= entries.length) return;
        ReflectApply(callback, thisArg, [entries[i][1], entries[i][0], this]);
      }
    }
    keys() { headersState(this); return headerIterator(this, 'keys'); }
    values() { headersState(this); return headerIterator(this, 'values'); }
    entries() { headersState(this); return headerIterator(this, 'entries'); }
  }
  ObjectDefineProperty(Headers.prototype, SymbolIterator, { value: Headers.prototype.entries, writable: true, configurable: true });
  toStringTag(Headers.prototype, 'Headers');
  function immutableHeaders(flatList) {
    const headers = new Headers();
    const state = headersState(headers);
    for (let i = 0; i + 1 < flatList.length; i += 2) appendHeader(state, flatList[i], flatList[i + 1]);
    state.immutable = true;
    return headers;
  }

  // --- Response and its body (Fetch 6.4, 6.3 "Body mixin") -------------------------------------

  const responseStates = new WeakMapCtor();
  const responseState = stateGetter(responseStates);
  const kNullBodyStatuses = [101, 103, 204, 205, 304];
  function bytesOf(body) {
    if (IsArrayBuffer(body)) return new Uint8ArrayCtor(ArrayBufferSlice(body, 0));
    if (ArrayBufferIsView(body)) {
      const copy = new Uint8ArrayCtor(body.byteLength);
      TypedArraySet(copy, new Uint8ArrayCtor(body.buffer, body.byteOffset, body.byteLength));
      return copy;
    }
    return host.utf8Encode(StringCtor(body));
  }
  // UTF-8 decode: a leading byte order mark is not part of the text.
  function decodedText(bytes) {
    const text = host.utf8Decode(bytes, false);
    return text.length > 0 && StringCharCodeAt(text, 0) === 0xfeff ? StringSlice(text, 1) : text;
  }
  // "consume body": reject if the body is unusable or errored; otherwise mark it used, and once it
  // has been fully read (a fetch task), resolve with convert(bytes) — or reject with what it throws.
  function consumeBody(self, method, convert) {
    let state;
    try { state = responseState(self); } catch (error) { return PromiseReject(error); }
    if (state.used) {
      return PromiseReject(new TypeErrorCtor("Failed to execute '" + method + "' on 'Response': body stream already read"));
    }
    if (state.errored) return PromiseReject(state.reason);
    if (state.bytes === null) {
      try { return PromiseResolve(convert(new Uint8ArrayCtor(0))); } catch (error) { return PromiseReject(error); }
    }
    state.used = true;
    return new PromiseCtor(function (resolve, reject) {
      state.pendingRead = reject;
      // Fetch "fully read body": the success steps run in a task queued on the networking source.
      host.queueFetchTask('read body', function bodyRead() {
        if (state.pendingRead !== reject) return;  // errored meanwhile (its signal aborted)
        state.pendingRead = null;
        try { resolve(convert(state.bytes)); } catch (error) { reject(error); }
      });
    });
  }
  // The fetch's signal aborted: a body not yet read is errored with the reason.
  function errorBody(state, reason) {
    if (state.bytes === null || state.errored) return;
    if (state.used && state.pendingRead === null) return;  // already fully read
    state.errored = true;
    state.reason = reason;
    if (state.pendingRead !== null) {
      const reject = state.pendingRead;
      state.pendingRead = null;
      reject(reason);
    }
  }
  function newResponseState(fields) {
    return {
      type: fields.type, url: fields.url, status: fields.status, statusText: fields.statusText,
      headers: fields.headers, bytes: fields.bytes, used: false, errored: false, reason: undefined, pendingRead: null,
    };
  }

  class Response {
    constructor(body = null, init = undefined) {
      const options = init === undefined || init === null ? {} : init;
      const status = options.status === undefined ? 200 : NumberCtor(options.status) >>> 0;
      if (status < 200 || status > 599) {
        throw new RangeErrorCtor("Failed to construct 'Response': The status provided (" + status + ') is outside the range [200, 599].');
      }
      const statusText = options.statusText === undefined ? '' : StringCtor(options.statusText);
      const headers = new Headers(options.headers);
      let bytes = null;
      if (body !== null && body !== undefined) {
        if (includes(kNullBodyStatuses, status)) {
          throw new TypeErrorCtor("Failed to construct 'Response': Response with null body status cannot have body");
        }
        bytes = bytesOf(body);
        const headerState = headersState(headers);
        if (typeof body === 'string' && getHeader(headerState, 'content-type') === null) {
          appendHeader(headerState, 'content-type', 'text/plain;charset=UTF-8');
        }
      }
      ReflectApply(weakSet, responseStates, [this, newResponseState({ type: 'default', url: '', status, statusText, headers, bytes })]);
    }
    static error() {
      const response = new Response();
      const state = responseState(response);
      state.type = 'error';
      state.status = 0;
      headersState(state.headers).immutable = true;
      return response;
    }
    static json(data, init = undefined) {
      const text = JSONStringify(data);
      if (text === undefined) throw new TypeErrorCtor("Failed to execute 'json' on 'Response': The data is not JSON serializable");
      const response = new Response(text, init);
      const headers = headersState(responseState(response).headers);
      removeHeader(headers, 'content-type');
      appendHeader(headers, 'content-type', 'application/json');
      return response;
    }
    get type() { return responseState(this).type; }
    get url() { return responseState(this).url; }
    get redirected() { responseState(this); return false; }
    get status() { return responseState(this).status; }
    get ok() { const status = responseState(this).status; return status >= 200 && status <= 299; }
    get statusText() { return responseState(this).statusText; }
    get headers() { return responseState(this).headers; }
    get bodyUsed() { return responseState(this).used; }
    clone() {
      const state = responseState(this);
      if (state.used) throw new TypeErrorCtor("Failed to execute 'clone' on 'Response': Response body is already used");
      const copy = new Response();
      const headers = new Headers(state.headers);
      headersState(headers).immutable = headersState(state.headers).immutable;
      ReflectApply(weakSet, responseStates, [copy, newResponseState({
        type: state.type, url: state.url, status: state.status, statusText: state.statusText, headers,
        bytes: state.bytes })]);
      const copyState = responseState(copy);
      copyState.errored = state.errored;
      copyState.reason = state.reason;
      if (state.signal !== undefined) {
        copyState.signal = state.signal;
        abort.addAlgorithm(state.signal, (reason) => errorBody(copyState, reason));
      }
      return copy;
    }
    text() { return consumeBody(this, 'text', decodedText); }
    json() { return consumeBody(this, 'json', (bytes) => JSONParse(decodedText(bytes))); }
    arrayBuffer() {
      return consumeBody(this, 'arrayBuffer', (bytes) => {
        const buffer = new ArrayBufferCtor(bytes.length);
        TypedArraySet(new Uint8ArrayCtor(buffer), bytes);
        return buffer;
      });
    }
  }
  toStringTag(Response.prototype, 'Response');

  // --- fetch() (Fetch 7.2 "the fetch method", with the Request constructor's checks) -----------

  const kForbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
  const kNormalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  function fetchError(message) {
    return new TypeErrorCtor("Failed to execute 'fetch' on 'Window': " + message);
  }
  function fetch(input, init = undefined) {
    requireArguments(arguments.length, 1, 'fetch', 'Window');
    // Request constructor steps: parse the URL, then the method, headers, body and signal of init.
    const inputText = StringCtor(input);
    const url = resolveUrl(inputText, host.scriptUrl);
    if (url === null) return PromiseReject(fetchError('Failed to parse URL from ' + inputText));
    const options = init === undefined || init === null ? {} : init;
    let method = 'GET';
    if (options.method !== undefined) {
      method = StringCtor(options.method);
      if (RegExpExec(kTokenRe, method) === null) return PromiseReject(fetchError("'" + method + "' is not a valid HTTP method."));
      const upper = StringToUpperCase(method);
      if (includes(kForbiddenMethods, upper)) return PromiseReject(fetchError("'" + method + "' HTTP method is unsupported."));
      if (includes(kNormalizedMethods, upper)) method = upper;
    }
    let headers;
    try { headers = new Headers(options.headers); } catch (error) { return PromiseReject(error); }
    if (options.body !== undefined && options.body !== null && (method === 'GET' || method === 'HEAD')) {
      return PromiseReject(fetchError('Request with GET/HEAD method cannot have body.'));
    }
    const signal = options.signal === undefined || options.signal === null ? null : options.signal;
    if (signal !== null && !abort.isSignal(signal)) {
      return PromiseReject(fetchError("Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'."));
    }

    let resolvePromise;
    let rejectPromise;
    // Step 1: let p be a new promise.
    const promise = new PromiseCtor((resolve, reject) => { resolvePromise = resolve; rejectPromise = reject; });
    // Step 5: if the signal is aborted, abort the fetch() call with its reason; return p.
    if (signal !== null && signal.aborted) {
      rejectPromise(signal.reason);
      return promise;
    }
    // A scheme the network cannot serve is a network error before anything is sent (Chromium
    // rejects such a fetch at once).
    const scheme = StringSlice(url, 0, StringIndexOf(url, ':'));
    if (!includes(kFetchableSchemes, scheme)) {
      rejectPromise(new TypeErrorCtor('Failed to fetch'));
      return promise;
    }
    let settled = false;
    let responseStateOfFetch = null;
    const headerList = [];
    const entries = headersState(headers).list;
    for (let i = 0; i < entries.length; ++i) { Append(headerList, entries[i][0]); Append(headerList, entries[i][1]); }
    // Step 12: fetch, with processResponse (Fetch "main fetch" ends in a networking task).
    const id = host.fetchStart(method, url, headerList, function processResponse(outcome, status, statusText, responseUrl, flatHeaders, body) {
      if (settled) return;
      settled = true;
      // Step 12.3: a network error rejects p with a TypeError.
      if (outcome !== 0) { rejectPromise(new TypeErrorCtor('Failed to fetch')); return; }
      const response = new Response();
      const state = newResponseState({
        type: 'basic', url: responseUrl, status, statusText, headers: immutableHeaders(flatHeaders),
        // AD-HOC: Chromium gives a fetched 204 an empty body, not a null one (measured: reading it
        // sets bodyUsed, tests/puzzles/fetch_body_used.js).
        bytes: new Uint8ArrayCtor(body),
      });
      state.signal = signal === null ? undefined : signal;
      ReflectApply(weakSet, responseStates, [response, state]);
      responseStateOfFetch = state;
      // Step 12.4-5: resolve p with a new Response.
      resolvePromise(response);
    });
    if (id === 0) {
      rejectPromise(new TypeErrorCtor('Failed to fetch'));
      return promise;
    }
    // Step 11: when the signal aborts, abort the fetch() call: reject p (if the response has not
    // come yet) and error the response's body (if it has, and it is still unread).
    if (signal !== null) {
      abort.addAlgorithm(signal, function abortFetch(reason) {
        if (!settled) {
          settled = true;
          host.fetchAbort(id);
          rejectPromise(reason);
        } else if (responseStateOfFetch !== null) {
          errorBody(responseStateOfFetch, reason);
        }
      });
    }
    return promise;
  }

  ObjectDefineProperty(global, 'fetch', { value: fetch, writable: true, configurable: true });
  ObjectDefineProperty(global, 'Headers', { value: Headers, writable: true, configurable: true });
  ObjectDefineProperty(global, 'Response', { value: Response, writable: true, configurable: true });
})
