// capture.js — runs inside the headless Chromium page, inlined before the user's script.
//
// Records every console.log / console.info / console.debug call as one formatted line, in call
// order, into <pre id="loopscope-out"> (one JSON string per line, pure ASCII, so the --dump-dom
// serialisation cannot mangle it and newlines inside a logged string survive). console.warn /
// console.error and uncaught errors / unhandled rejections go to <pre id="loopscope-err"> (the
// oracle reports them on stderr, like Loopscope and node do); run state goes to
// <pre id="loopscope-meta">. extract_lines.js reads the three back.
//
// Formatting (what Loopscope's console must print for the same arguments):
//   - a string argument prints bare; a number prints as String(n), except -0 which prints "-0";
//     bigint as "10n"; booleans, null, undefined as their names; symbols as "Symbol(desc)";
//   - arguments are joined by one space;
//   - if the first argument is a string, the Console Standard's format specifiers are applied as
//     V8 and DevTools do: %s %d %i %f %o %O %c %_ consume one argument each (left as written when
//     no argument is left), %% prints "%"; %s / %d / %i / %f convert with String / parseInt /
//     parseFloat as V8's Formatter does (so the script's toString runs once, and a throw leaves
//     console.log before it prints); the console's own method is then not called;
//   - arrays and objects print a one-line DevTools-like preview: "(3) [1, 'b', Array(1)]",
//     "{a: 1, b: 's'}", "Foo {x: 1}", "Map(1) {'a' => 1}"; functions "ƒ name()"; errors their
//     stack. These previews are approximations — only strings and numbers are exact;
//   - like DevTools, the capture never runs the script's code: previews read own data properties
//     only (an accessor shows as "(...)", symbol keys as "Symbol(s): v"), %d / %f give NaN for an
//     object, and every built-in it uses was taken before the script ran (the script may patch
//     Array.prototype, iterators, JSON or the DOM's prototypes).
//
// The capture only appends to the DOM: it queues no task or microtask, so it cannot change the
// order of anything the script does.
(function () {
  'use strict';
  const kMaxPreviewEntries = 100;

  // The page's intrinsics as they were before the script ran: the script may replace any of them.
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ownKeys = Reflect.ownKeys;
  const getPrototypeOf = Object.getPrototypeOf;
  const isArray = Array.isArray;
  const call = Function.prototype.call;
  const uncurry = function (fn) { return call.bind(fn); };
  const mapForEach = uncurry(Map.prototype.forEach);
  const setForEach = uncurry(Set.prototype.forEach);
  const mapSize = uncurry(getOwnPropertyDescriptor(Map.prototype, 'size').get);
  const setSize = uncurry(getOwnPropertyDescriptor(Set.prototype, 'size').get);
  const symbolToString = uncurry(Symbol.prototype.toString);
  const objectToString = uncurry(Object.prototype.toString);
  const isPrototypeOf = uncurry(Object.prototype.isPrototypeOf);
  const ErrorPrototype = Error.prototype;
  const MapPrototype = Map.prototype;
  const SetPrototype = Set.prototype;
  const PromisePrototype = Promise.prototype;
  const jsonStringify = JSON.stringify;
  const stringReplace = uncurry(String.prototype.replace);
  const charCodeAt = uncurry(String.prototype.charCodeAt);
  const padStart = uncurry(String.prototype.padStart);
  const numberToString = uncurry(Number.prototype.toString);
  const appendChild = uncurry(Node.prototype.appendChild);
  const createTextNode = uncurry(Document.prototype.createTextNode);
  const setTextContent = uncurry(getOwnPropertyDescriptor(Node.prototype, 'textContent').set);
  const objectIs = Object.is;
  const toString = String;
  const parseIntrinsicInt = parseInt;
  const parseIntrinsicFloat = parseFloat;

  const doc = document;
  const set_timeout = window.setTimeout.bind(window);  // the script may replace window.setTimeout
  function MakePre(id) {
    const pre = doc.createElement('pre');
    pre.id = id;
    // Not in <head>: Chromium queues a microtask of its own after any change inside <head> (measured:
    // a mutation observer's microtask then runs before promise jobs queued earlier), and not in
    // <body>: the body is the script's (chromium_console.sh). A child of <html> before <body>.
    doc.documentElement.appendChild(pre);
    return pre;
  }
  const out_pre = MakePre('loopscope-out');
  const err_pre = MakePre('loopscope-err');
  const meta_pre = MakePre('loopscope-meta');

  // JSON, then every non-printable-ASCII code unit and <, >, & as \uXXXX.
  function AsciiJson(value) {
    return stringReplace(jsonStringify(value), /[^\x20-\x7e]|[<>&]/g, function (c) {
      return '\\u' + padStart(numberToString(charCodeAt(c, 0), 16), 4, '0');
    });
  }
  function Append(pre, text) {
    appendChild(pre, createTextNode(doc, AsciiJson(text) + '\n'));
  }

  const meta = { virtual_time: null, loaded: false, load_error: null, sentinel: false, lines: 0, lines_after_sentinel: 0 };
  function WriteMeta() { setTextContent(meta_pre, AsciiJson(meta)); }
  WriteMeta();

  function NumberText(n) { return objectIs(n, -0) ? '-0' : toString(n); }

  // A property as DevTools previews it, without running the script's code: a data property's
  // value, "(...)" for an accessor (DevTools never calls a getter in a preview).
  function Peek(object, key, depth) {
    const descriptor = getOwnPropertyDescriptor(object, key);
    if (descriptor === undefined) return undefined;
    if (!('value' in descriptor)) return { text: '(...)' };
    return { text: Preview(descriptor.value, depth) };
  }
  // A data property's value looked up along the prototype chain; undefined for an accessor.
  function DataValue(object, key) {
    for (let o = object; o !== null; o = getPrototypeOf(o)) {
      const descriptor = getOwnPropertyDescriptor(o, key);
      if (descriptor !== undefined) return 'value' in descriptor ? descriptor.value : undefined;
    }
    return undefined;
  }

  function Preview(v, depth) {
    switch (typeof v) {
      case 'string': return depth === 0 ? v : "'" + v + "'";
      case 'number': return NumberText(v);
      case 'bigint': return toString(v) + 'n';
      case 'boolean': return toString(v);
      case 'undefined': return 'undefined';
      case 'symbol': return symbolToString(v);
      case 'function': return depth === 0 ? 'ƒ ' + (DataValue(v, 'name') || '') + '()' : 'ƒ';
    }
    if (v === null) return 'null';
    try {
      if (isPrototypeOf(ErrorPrototype, v)) {
        const stack = DataValue(v, 'stack');
        if (depth === 0 && typeof stack === 'string') return stack;
        const name = DataValue(v, 'name');
        const message = DataValue(v, 'message');
        return (typeof name === 'string' ? name : 'Error') + ': ' + (typeof message === 'string' ? message : '');
      }
      if (isArray(v)) {
        const length = DataValue(v, 'length');
        if (depth > 0) return 'Array(' + length + ')';
        let text = '';
        let holes = 0;
        let first = true;
        const flush = function () {
          if (holes === 0) return;
          text += (first ? '' : ', ') + 'empty × ' + holes;
          first = false;
          holes = 0;
        };
        for (let i = 0; i < length; ++i) {
          if (i >= kMaxPreviewEntries) { flush(); text += ', …'; break; }
          const element = Peek(v, String(i), depth + 1);
          if (element === undefined) { ++holes; continue; }
          flush();
          text += (first ? '' : ', ') + element.text;
          first = false;
        }
        flush();
        return (length > 1 ? '(' + length + ') ' : '') + '[' + text + ']';
      }
      if (isPrototypeOf(MapPrototype, v) || isPrototypeOf(SetPrototype, v)) {
        const isMap = isPrototypeOf(MapPrototype, v);
        const kind = isMap ? 'Map' : 'Set';
        const size = isMap ? mapSize(v) : setSize(v);
        if (depth > 0) return kind + '(' + size + ')';
        let text = '';
        if (isMap) mapForEach(v, function (value, key) { text += (text ? ', ' : '') + Preview(key, 1) + ' => ' + Preview(value, 1); });
        else setForEach(v, function (value) { text += (text ? ', ' : '') + Preview(value, 1); });
        return kind + '(' + size + ') {' + text + '}';
      }
      if (isPrototypeOf(PromisePrototype, v)) return depth > 0 ? 'Promise' : 'Promise {}';
      const proto = getPrototypeOf(v);
      const ctor = proto && DataValue(proto, 'constructor');
      const ctorName = typeof ctor === 'function' ? DataValue(ctor, 'name') : '';
      const prefix = ctorName && ctorName !== 'Object' ? ctorName + ' ' : '';
      if (depth > 0) return prefix + '{…}';
      // Own enumerable keys in V8's order (indices, strings, then symbols), as DevTools lists them.
      let text = '';
      let count = 0;
      const keys = ownKeys(v);
      for (let i = 0; i < keys.length; ++i) {
        const key = keys[i];
        const descriptor = getOwnPropertyDescriptor(v, key);
        if (!descriptor || !descriptor.enumerable) continue;
        if (count++ >= kMaxPreviewEntries) { text += ', …'; break; }
        const name = typeof key === 'symbol' ? symbolToString(key) : key;
        text += (text ? ', ' : '') + name + ': ' + Peek(v, key, 1).text;
      }
      return prefix + '{' + text + '}';
    } catch (e) {
      return objectToString(v);
    }
  }

  // The Console Standard's Formatter, with DevTools' handling of %% and of missing arguments.
  function Format(args) {
    if (args.length === 0) return '';
    let index = 0;
    let line = '';
    if (typeof args[0] === 'string') {
      index = 1;
      line = stringReplace(args[0], /%([%_Oocsdfi])/g, function (whole, spec) {
        if (spec === '%') return '%';
        if (index >= args.length) return whole;
        const a = args[index++];
        // V8's Formatter (measured in Chromium: each conversion calls the script's toString once,
        // and a throw leaves console.log before anything is printed): %s is String(current);
        // %d / %i parseInt(current, 10), %f parseFloat(current), NaN for a symbol.
        switch (spec) {
          case 's': return toString(a);
          case 'd': case 'i': return typeof a === 'symbol' ? 'NaN' : NumberText(parseIntrinsicInt(a, 10));
          case 'f': return typeof a === 'symbol' ? 'NaN' : NumberText(parseIntrinsicFloat(a));
          case 'o': case 'O': return Preview(a, 0);
          default: return '';  // %c (style) and %_ (ignore) consume their argument silently
        }
      });
    } else {
      line = Preview(args[0], 0);
      index = 1;
    }
    for (; index < args.length; ++index) line += ' ' + Preview(args[index], 0);
    return line;
  }

  function Wrap(method, pre, tag) {
    console[method] = function () {
      const line = Format(arguments);
      if (tag === null) {
        Append(pre, line);
        meta.lines += 1;
        if (meta.sentinel) meta.lines_after_sentinel += 1;
        WriteMeta();
      } else {
        Append(pre, tag + line);
      }
      // The original is not called: it would run the conversions a second time.
    };
  }
  Wrap('log', out_pre, null);
  Wrap('info', out_pre, null);
  Wrap('debug', out_pre, null);
  Wrap('warn', err_pre, '[console.warn] ');
  Wrap('error', err_pre, '[console.error] ');

  // Listening does not handle: the errors are still reported as uncaught, nothing is reordered.
  window.addEventListener('error', function (event) {
    const e = event.error;
    const stack = e !== null && typeof e === 'object' ? DataValue(e, 'stack') : undefined;
    Append(err_pre, '[uncaught] ' + (typeof stack === 'string' ? stack : event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    const r = event.reason;
    const stack = r !== null && typeof r === 'object' ? DataValue(r, 'stack') : undefined;
    Append(err_pre, '[unhandled rejection] ' + (typeof stack === 'string' ? stack : Preview(r, 0)));
  });

  // Under --virtual-time-budget, Chromium starts on the real clock and switches to virtual time
  // shortly after the load event (when the DevTools policy takes hold): from then on the clock is
  // frozen while JavaScript runs and jumps to the next timer when the page is idle. Running the
  // user's script only after the switch makes its output independent of how fast Chromium runs it
  // (see tests/oracle/README.md). Detecting the switch: 200k reads of a 100 µs-resolution clock
  // always see it move on the real clock (each read costs tens of ns), never on the frozen one.
  const kFrozenProbeReads = 200000;
  const kMaxVirtualTimePolls = 200;
  function ClockFrozen() {
    const start = performance.now();
    for (let i = 0; i < kFrozenProbeReads; ++i) {
      if (performance.now() !== start) return false;
    }
    return true;
  }

  // Inserts <script src=script_src> (a classic script) once the page has loaded — and, when
  // wait_for_virtual_time, once the clock is virtual — then arms the sentinel timer that proves
  // the virtual-time budget let every earlier timer run.
  window.__loopscope_start = function (script_src, sentinel_ms, wait_for_virtual_time) {
    let polls = 0;
    function Insert() {
      const script = doc.createElement('script');
      script.src = script_src;
      script.onload = function () {
        meta.loaded = true;
        WriteMeta();
        set_timeout(function () { meta.sentinel = true; WriteMeta(); }, sentinel_ms);
      };
      script.onerror = function () {
        meta.load_error = 'could not load ' + script_src;
        WriteMeta();
      };
      doc.body.appendChild(script);
    }
    function Poll() {
      polls += 1;
      if (ClockFrozen()) {
        meta.virtual_time = true;
        WriteMeta();
        Insert();
      } else if (polls >= kMaxVirtualTimePolls) {
        meta.virtual_time = false;
        WriteMeta();
      } else {
        set_timeout(Poll, 1);
      }
    }
    window.addEventListener('load', function () {
      if (wait_for_virtual_time) set_timeout(Poll, 1); else Insert();
    });
  };
})();
