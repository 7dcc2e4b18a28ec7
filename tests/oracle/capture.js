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
//     DevTools does: %s %d %i %f %o %O %c %_ consume one argument each (left as written when no
//     argument is left), %% prints "%";
//   - arrays and objects print a one-line DevTools-like preview: "(3) [1, 'b', Array(1)]",
//     "{a: 1, b: 's'}", "Foo {x: 1}", "Map(1) {'a' => 1}"; functions "ƒ name()"; errors their
//     stack. These previews are approximations — only strings and numbers are exact.
//
// The capture only appends to the DOM: it queues no task or microtask, so it cannot change the
// order of anything the script does.
(function () {
  'use strict';
  const kMaxPreviewEntries = 100;

  const doc = document;
  const set_timeout = window.setTimeout.bind(window);  // the script may replace window.setTimeout
  function MakePre(id) {
    const pre = doc.createElement('pre');
    pre.id = id;
    (doc.body || doc.documentElement).appendChild(pre);
    return pre;
  }
  const out_pre = MakePre('loopscope-out');
  const err_pre = MakePre('loopscope-err');
  const meta_pre = MakePre('loopscope-meta');

  // JSON, then every non-printable-ASCII code unit and <, >, & as \uXXXX.
  function AsciiJson(value) {
    return JSON.stringify(value).replace(/[^\x20-\x7e]|[<>&]/g, function (c) {
      return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    });
  }
  function Append(pre, text) {
    pre.appendChild(doc.createTextNode(AsciiJson(text) + '\n'));
  }

  const meta = { virtual_time: null, loaded: false, load_error: null, sentinel: false, lines: 0, lines_after_sentinel: 0 };
  function WriteMeta() { meta_pre.textContent = AsciiJson(meta); }
  WriteMeta();

  function NumberText(n) { return Object.is(n, -0) ? '-0' : String(n); }

  function Preview(v, depth) {
    switch (typeof v) {
      case 'string': return depth === 0 ? v : "'" + v + "'";
      case 'number': return NumberText(v);
      case 'bigint': return String(v) + 'n';
      case 'boolean': return String(v);
      case 'undefined': return 'undefined';
      case 'symbol': return v.toString();
      case 'function': return depth === 0 ? 'ƒ ' + (v.name || '') + '()' : 'ƒ';
    }
    if (v === null) return 'null';
    try {
      if (v instanceof Error) return depth === 0 ? String(v.stack || v) : (v.name + ': ' + v.message);
      if (Array.isArray(v)) {
        if (depth > 0) return 'Array(' + v.length + ')';
        const parts = [];
        for (let i = 0; i < v.length && i < kMaxPreviewEntries; ++i) parts.push(Preview(v[i], depth + 1));
        if (v.length > kMaxPreviewEntries) parts.push('…');
        return (v.length > 1 ? '(' + v.length + ') ' : '') + '[' + parts.join(', ') + ']';
      }
      if (v instanceof Map || v instanceof Set) {
        const kind = v instanceof Map ? 'Map' : 'Set';
        if (depth > 0) return kind + '(' + v.size + ')';
        const parts = [];
        for (const e of v) {
          parts.push(kind === 'Map' ? Preview(e[0], 1) + ' => ' + Preview(e[1], 1) : Preview(e, 1));
        }
        return kind + '(' + v.size + ') {' + parts.join(', ') + '}';
      }
      if (v instanceof Promise) return depth > 0 ? 'Promise' : 'Promise {}';
      const proto = Object.getPrototypeOf(v);
      const ctor = proto && proto.constructor && proto.constructor.name;
      const prefix = ctor && ctor !== 'Object' ? ctor + ' ' : '';
      if (depth > 0) return prefix + '{…}';
      const parts = [];
      for (const key of Object.keys(v).slice(0, kMaxPreviewEntries)) parts.push(key + ': ' + Preview(v[key], 1));
      return prefix + '{' + parts.join(', ') + '}';
    } catch (e) {
      return String(Object.prototype.toString.call(v));
    }
  }

  // The Console Standard's Formatter, with DevTools' handling of %% and of missing arguments.
  function Format(args) {
    if (args.length === 0) return '';
    let rest = args;
    let head = '';
    if (typeof args[0] === 'string') {
      const fmt = args[0];
      let index = 1;
      head = fmt.replace(/%([%_Oocsdfi])/g, function (whole, spec) {
        if (spec === '%') return '%';
        if (index >= args.length) return whole;
        const a = args[index++];
        switch (spec) {
          case 's': return typeof a === 'string' ? a : Preview(a, 1);
          case 'd': case 'i': return typeof a === 'symbol' ? 'NaN' : NumberText(parseInt(a, 10));
          case 'f': return typeof a === 'symbol' ? 'NaN' : NumberText(parseFloat(a));
          case 'o': case 'O': return Preview(a, 0);
          default: return '';  // %c (style) and %_ (ignore) consume their argument silently
        }
      });
      rest = args.slice(index);
      return [head].concat(rest.map(function (a) { return Preview(a, 0); })).join(' ');
    }
    return args.map(function (a) { return Preview(a, 0); }).join(' ');
  }

  const original = {};
  function Wrap(method, pre, tag) {
    original[method] = console[method];
    console[method] = function () {
      const args = Array.prototype.slice.call(arguments);
      const line = Format(args);
      if (tag === null) {
        Append(pre, line);
        meta.lines += 1;
        if (meta.sentinel) meta.lines_after_sentinel += 1;
        WriteMeta();
      } else {
        Append(pre, tag + line);
      }
      return original[method].apply(console, arguments);
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
    Append(err_pre, '[uncaught] ' + (e && e.stack ? e.stack : event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    const r = event.reason;
    Append(err_pre, '[unhandled rejection] ' + (r && r.stack ? r.stack : Preview(r, 0)));
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
