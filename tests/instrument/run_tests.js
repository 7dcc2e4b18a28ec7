#!/usr/bin/env node
// Tests for runtime/instrument/instrument.js. Run: node tests/instrument/run_tests.js
// Exit code 0 when everything passes; the last line is "instrument: N passed, M failed".
//
//  1. corpus (cases/*.js): each script runs in node twice, original and instrumented, with a stub
//     __ls that records its calls. Console output (in order), the script's completion value and
//     uncaught errors must be identical — an extra microtask tick would reorder the output.
//  2. lines: same number of lines, and every original token is still on its original line.
//  3. balance: replaying the recorded __ls calls against the task/job boundaries (async_hooks)
//     must never pop a frame that is not on top and must leave no frame behind at the end of a
//     task, except async functions suspended at an implicit await (for await, async generator
//     return); awaiting/yielding must come from the function on top of the stack.
//  4. names and locations, table-driven; names are also checked against V8's own debug names
//     (what DevTools shows), read through the inspector.
//  5. errors, robustness, loading as a classic script without node, speed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const assert = require('assert');
const { spawn } = require('child_process');

const kRepo = path.resolve(__dirname, '..', '..');
const kInstrumentDir = path.join(kRepo, 'runtime', 'instrument');
const kInstrumentFile = path.join(kInstrumentDir, 'instrument.js');
const kAcornFile = path.join(kInstrumentDir, 'node_modules', 'acorn', 'dist', 'acorn.js');
const acorn = require(kAcornFile);
const { instrument, loopscopeInstrument } = require(kInstrumentFile);

let passed = 0;
let failed = 0;
const verbose = process.argv.includes('-v');

function pass(name) {
  passed++;
  if (verbose) console.log('ok   ' + name);
}
function fail(name, why) {
  failed++;
  console.log('FAIL ' + name + '\n     ' + String(why).split('\n').join('\n     '));
}
function check(name, fn) {
  try {
    fn();
    pass(name);
  } catch (e) {
    fail(name, e && e.stack ? e.message : e);
  }
}

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

function lineCount(text) {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).length;
}

function tokensByLine(text) {
  const lines = new Map();
  const opts = { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true };
  for (const t of acorn.tokenizer(text, opts)) {
    const line = t.loc.start.line;
    const key = t.type.label + ':' + (t.value === undefined ? '' : String(t.value));
    if (!lines.has(line)) lines.set(line, []);
    lines.get(line).push(key);
  }
  return lines;
}

// Every original token must appear, in order, among the tokens of the same output line. A `var`
// may disappear (the var/function conflict repair turns that declaration into an assignment).
function checkTokenLines(original, output) {
  const a = tokensByLine(original);
  const b = tokensByLine(output);
  for (const [line, toks] of a) {
    const got = b.get(line) || [];
    let j = 0;
    for (const t of toks) {
      while (j < got.length && got[j] !== t) j++;
      if (j === got.length) {
        if (t === 'var:var') { j = 0; continue; }
        throw new Error(`line ${line}: token ${t} missing or moved\n  original: ${toks.join(' ')}\n  output:   ${got.join(' ')}`);
      }
      j++;
    }
  }
}

function runChild(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'child.js'), file],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout));
      } catch (e) {
        resolve({ error: `child exited with ${code}: ${stderr || stdout}` });
      }
    });
  });
}

// Replays the __ls calls (see 3. above). Returns a list of problems.
function checkBalance(events, functions) {
  const problems = [];
  const stack = [];
  const bases = [0];
  const suspended = new Map();   // id -> number of suspended activations (await / yield)
  const isAsync = (id) => functions[id - 1] && functions[id - 1].async;
  const name = (id) => `${id}:${functions[id - 1] ? functions[id - 1].name : '?'}`;
  const suspend = (id) => suspended.set(id, (suspended.get(id) || 0) + 1);
  const takeSuspended = (id) => {
    const n = suspended.get(id) || 0;
    if (n === 0) return false;
    suspended.set(id, n - 1);
    return true;
  };
  const endSegment = (where) => {
    const base = bases[bases.length - 1];
    while (stack.length > base) {
      const id = stack.pop();
      if (isAsync(id)) suspend(id);       // implicit await (for await, async generator return)
      else problems.push(`${where}: ${name(id)} still on the stack`);
    }
  };
  events.forEach((ev, i) => {
    const base = bases[bases.length - 1];
    let top = stack.length > base ? stack[stack.length - 1] : undefined;
    // A suspended activation can continue without a report: an await continuation (a job of
    // its own, so at the bottom of the stack), or a generator resumed by return()/throw().
    if ((ev.k === 'exit' || ev.k === 'awaiting' || ev.k === 'yielding') && top !== ev.id &&
        (suspended.get(ev.id) || 0) > 0 && (stack.length === base || !isAsync(ev.id) || functions[ev.id - 1].generator)) {
      takeSuspended(ev.id);
      stack.push(ev.id);
      top = ev.id;
    }
    switch (ev.k) {
      case 'B': bases.push(stack.length); break;
      case 'A': endSegment(`event ${i} (end of job)`); if (bases.length > 1) bases.pop(); break;
      case 'end': endSegment(`event ${i} (end of script)`); break;
      case 'enter': stack.push(ev.id); break;
      case 'resumed': if (!takeSuspended(ev.id)) problems.push(`event ${i}: resumed ${name(ev.id)} that was not suspended`); stack.push(ev.id); break;
      case 'exit':
        if (top === ev.id) stack.pop();
        else problems.push(`event ${i}: exit ${name(ev.id)} but top is ${top === undefined ? 'nothing' : name(top)}`);
        break;
      case 'awaiting':
      case 'yielding':
        if (top === ev.id) { stack.pop(); suspend(ev.id); }
        else problems.push(`event ${i}: ${ev.k} from ${name(ev.id)} but top is ${top === undefined ? 'nothing' : name(top)}`);
        break;
      default: break;
    }
  });
  return problems;
}

// ------------------------------------------------------------------------------------------------
// 1-3. Corpus
// ------------------------------------------------------------------------------------------------

async function runCorpus() {
  const dir = path.join(__dirname, 'cases');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loopscope-instrument-'));
  const limit = Math.max(2, Math.floor(os.cpus().length / 2));
  let running = 0;
  const waiting = [];
  const slot = async () => {
    if (running >= limit) await new Promise((r) => waiting.push(r));
    running++;
  };
  const release = () => { running--; if (waiting.length) waiting.shift()(); };
  // The position map: increasing, non-overlapping copied stretches whose text is the source's.
  function checkMap(source, r) {
    let lastCode = 0;
    let lastSource = 0;
    let copied = 0;
    for (let i = 0; i < r.map.length; i += 3) {
      const [code, from, length] = [r.map[i], r.map[i + 1], r.map[i + 2]];
      assert.ok(code >= lastCode && from >= lastSource && length > 0, `segment ${i / 3} out of order`);
      assert.strictEqual(r.code.slice(code, code + length), source.slice(from, from + length), `segment ${i / 3} text`);
      lastCode = code + length;
      lastSource = from + length;
      copied += length;
    }
    // Only replaced keywords (`var` in a hoisted declaration) are not copied.
    assert.ok(source.length - copied <= 3 * (source.match(/\bvar\b/g) || []).length, 'source text lost from the map');
  }
  const jobs = files.map(async (f) => {
    const source = fs.readFileSync(path.join(dir, f), 'utf8');
    const r = instrument(source, { lines: true });  // as the runtime instruments: with line markers
    if (!r.ok) { fail(`corpus ${f}`, `instrument failed: ${r.message}`); return; }
    check(`lines ${f}`, () => {
      assert.strictEqual(lineCount(r.code), lineCount(source), 'line count changed');
      checkTokenLines(source, r.code);
    });
    check(`map ${f}`, () => checkMap(source, r));
    const origFile = path.join(tmp, f);
    const instFile = path.join(tmp, f.replace(/\.js$/, '.instrumented.js'));
    fs.writeFileSync(origFile, source);
    fs.writeFileSync(instFile, r.code);
    await slot();
    let a, b;
    try { [a, b] = await Promise.all([runChild(origFile), runChild(instFile)]); } finally { release(); }
    check(`behaviour ${f}`, () => {
      if (a.error) throw new Error('original: ' + a.error);
      if (b.error) throw new Error('instrumented: ' + b.error);
      assert.ok(a.out.length > 0, 'the case printed nothing');
      assert.deepStrictEqual(b.out, a.out, 'console output differs');
      assert.strictEqual(b.completion, a.completion, 'completion value differs');
      const original = a.events.filter((e) => e.k !== 'out' && e.k !== 'B' && e.k !== 'A' && e.k !== 'end');
      assert.strictEqual(original.length, 0, 'the original run called __ls');
    });
    check(`balance ${f}`, () => {
      if (b.error) throw new Error(b.error);
      const enters = b.events.filter((e) => e.k === 'enter').length;
      if (r.functions.length > 0) assert.ok(enters > 0, 'no function reported entering');
      // Functions with await/yield sites that ran must have reported awaiting/yielding.
      const entered = new Set(b.events.filter((e) => e.k === 'enter').map((e) => e.id));
      for (const kind of ['awaits', 'yields']) {
        const ran = r.functions.some((fn, i) => fn[kind] > 0 && entered.has(i + 1));
        const reported = b.events.some((e) => e.k === (kind === 'awaits' ? 'awaiting' : 'yielding'));
        assert.strictEqual(reported, ran, `${kind}: sites ran=${ran} but reported=${reported}`);
      }
      const problems = checkBalance(b.events, r.functions);
      if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
    });
  });
  await Promise.all(jobs);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (files.length < 30) fail('corpus size', `only ${files.length} cases`);
  else pass('corpus size');
}

// ------------------------------------------------------------------------------------------------
// 4. Names: [source, expected names of the functions, in id order]. Functions whose body calls
//    probe() are also checked against V8's debug name.
// ------------------------------------------------------------------------------------------------

const kNameCases = [
  ['function main() { probe() } main()', ['main']],
  ['var f = function () { probe() }; f()', ['f']],
  ['let f = () => probe(); f()', ['f']],
  ['const f = async () => { probe() }; f()', ['f']],
  ['var f = function named() { probe() }; f()', ['named']],
  ['var x; x = function () { probe() }; x()', ['x']],
  ['var x; x ||= () => probe(); x()', ['x']],
  ['var obj = {}; obj.prop = function () { probe() }; obj.prop()', ['obj.prop']],
  ['var a = { b: {} }; a.b.c = () => probe(); a.b.c()', ['a.b.c']],
  ['function A() {} A.prototype.m = function () { probe() }; new A().m()', ['A', 'A.m']],
  ['var o = {}; o["str"] = function () { probe() }; o.str()', ['o.str']],
  ['var o = {}; o[0] = function () { probe() }; o[0]()', ['o.<computed>']],
  ['function Foo() { this.bar = function () { probe() } } new Foo().bar()', ['Foo', 'Foo.bar']],
  ['function foo() { this.bar = function () { probe() } } var t = {}; foo.call(t); t.bar()', ['foo', 'bar']],
  ['var o = {}; o.p = o.q = function () { probe() }; o.p()', ['o.p.o.q']],
  ['var o = { foo() { probe() } }; o.foo()', ['foo']],
  ['var o = { foo: () => probe() }; o.foo()', ['foo']],
  ['var o = { foo: function () { probe() } }; o.foo()', ['foo']],
  ['var o = { "a b"() { probe() } }; o["a b"]()', ['a b']],
  ['var o = { 1.50: () => probe() }; o[1.5]()', ['1.5']],
  ['var o = { ["lit"]: () => probe() }; o.lit()', ['lit']],
  ['var o = { [`tpl`]() { probe() } }; o.tpl()', ['tpl']],
  ['var o = { *[Symbol.iterator]() { probe() } }; o[Symbol.iterator]().next()', ['[Symbol.iterator]']],
  ['var o = { get v() { probe(); return 1 }, set v(x) { probe() } }; o.v; o.v = 2', ['get v', 'set v']],
  ['class C { constructor() { probe() } } new C()', ['C']],
  ['var D = class { constructor() { probe() } }; new D()', ['D']],
  ['var ns = {}; ns.E = class { constructor() { probe() } }; new ns.E()', ['ns.E']],
  ['class C { m() { probe() } static s() { probe() } } new C().m(); C.s()', ['m', 's']],
  ['class C { get g() { probe(); return 1 } static set s(v) { probe() } } new C().g; C.s = 1', ['get g', 'set s']],
  ['class C { #p() { probe() } run() { this.#p() } } new C().run()', ['#p', 'run']],
  ['class C { f = () => probe(); static g = () => probe(); #h = () => probe(); run() { this.#h() } } new C().f(); C.g(); new C().run()', ['f', 'g', '#h', 'run']],
  ['class B { constructor() { probe() } } class C extends B { constructor() { super(); probe() } } new C()', ['B', 'C']],
  ['function f(cb = function () { probe() }) { cb() } f()', ['f', 'cb']],
  ['var { d = () => probe() } = {}; d()', ['d']],
  ['var [e = () => probe()] = []; e()', ['e']],
  ['var q = 0 || function () { probe() }; q()', ['q']],
  ['var c = true ? () => probe() : null; c()', ['c']],
  ['var s = (0, function () { probe() }); s()', ['s']],
  ['var arr = [function () { probe() }]; arr[0]()', ['arr']],
  ['setTimeout(function () { probe() })', ['(anonymous)']],
  ['[1].forEach(() => probe())', ['(anonymous)']],
  ['(function () { probe() })()', ['(anonymous)']],
  ['var g = (() => function () { probe() })(); g()', ['(anonymous)', '(anonymous)']],
  ['function* gen() { probe(); yield } gen().next()', ['gen']],
  ['async function af() { probe() } af()', ['af']],
  ['async function* agf() { probe() } agf().next()', ['agf']],
  ['class K { Baz() { this.y = function () { probe() }; this.y() } } new K().Baz()', ['Baz', 'Baz.y']],
  ['class K { constructor() { this.y = function () { probe() }; this.y() } } new K()', ['K', 'K.y']],
  ['var o = { Make() { var t = {}; t.q = () => probe(); t.q() } }; o.Make()', ['Make', 'Make.t.q']],
  ['function Outer() { var inner = function () { this.z = function () { probe() } }; var t = {}; inner.call(t); t.z() } Outer()', ['Outer', 'inner', 'z']],
  ['var o = { __proto__: { p() { probe() } } }; o.p()', ['p']],
  ['var x = { a: { b: () => probe() } }; x.a.b()', ['b']],
  ['var f = function () { probe() }, g = f; g()', ['f']],
  ['let h; (h) = function () { probe() }; h()', ['(anonymous)']],
  ['var o = {}; (o.w) = function () { probe() }; o.w()', ['(anonymous)']],
  ['var o = {}; o.v += function () {}; var i = 0; i ??= 0; o.m = async function* () { probe() }; o.m().next()', ['(anonymous)', 'o.m']],
];

// Reads V8's debug names (DevTools' Call Stack names) for the functions that call probe().
let inspectorMissing = false;
function v8DebugNames(source) {
  let inspector;
  try { inspector = require('inspector'); } catch (e) { inspectorMissing = true; return null; }
  const session = new inspector.Session();
  session.connect();
  const names = [];
  session.on('Debugger.paused', (m) => {
    names.push(m.params.callFrames[1].functionName);
    session.post('Debugger.resume');
  });
  session.post('Debugger.enable');
  const ctx = vm.createContext({ setTimeout: (f) => f(), probe() { debugger; } });
  try {
    vm.runInContext(source, ctx);
  } finally {
    session.post('Debugger.disable');
    session.disconnect();
  }
  return names;
}

// The names our instrumenter reports for the functions that call probe(), in call order.
function ourProbeNames(source) {
  const r = instrument(source);
  const names = [];
  let current = [];
  const ctx = vm.createContext({
    setTimeout: (f) => f(),
    probe() { names.push(current[current.length - 1]); },
    __ls: {
      enter(id) { current.push(r.functions[id - 1].name); },
      exit() { current.pop(); },
      awaiting(id, v) { return v; }, yielding(id, v) { return v; }, resumed(id, v) { return v; },
    },
  });
  vm.runInContext(r.code, ctx);
  return names;
}

function runNames() {
  for (const [source, expected] of kNameCases) {
    check(`name ${source}`, () => {
      const r = instrument(source);
      assert.ok(r.ok, r.message);
      assert.deepStrictEqual(r.functions.map((f) => f.name), expected);
      const v8 = v8DebugNames(source);
      if (v8) assert.deepStrictEqual(ourProbeNames(source), v8.map((n) => n || '(anonymous)'), 'differs from V8 debug names');
    });
  }
  if (inspectorMissing) console.log('note: node has no inspector; names were not compared with V8');
}

// ------------------------------------------------------------------------------------------------
// Exact rewrites, locations, errors, robustness, classic-script loading, speed
// ------------------------------------------------------------------------------------------------

const kRewrites = [
  ['function f(a) { return a }',
   'function f(a) { __ls.enter(1); try { return a  } finally { __ls.exit(1); } }'],
  ['function f() {}', 'function f() { __ls.enter(1); try { } finally { __ls.exit(1); } }'],
  ['function f() { "use strict"\n  g() }',
   'function f() { "use strict"; __ls.enter(1); try {\n  g()  } finally { __ls.exit(1); } }'],
  ['x => x', 'x => { __ls.enter(1); try { return x; } finally { __ls.exit(1); } };'],
  ['f(x => x)', 'f(x => { __ls.enter(1); try { return x; } finally { __ls.exit(1); } })'],
  ['() => ({})', '() => { __ls.enter(1); try { return ({}); } finally { __ls.exit(1); } };'],
  ['async () => await p;', 'async () => { __ls.enter(1); try { return await __ls.awaiting(1, p); } finally { __ls.exit(1); } };'],
  ['a => b => c;', 'a => { __ls.enter(1); try { return b => { __ls.enter(2); try { return c; } finally { __ls.exit(2); } }; } finally { __ls.exit(1); } };'],
  ['async function f() { await (await x) }',
   'async function f() { __ls.enter(1); try { await __ls.awaiting(1, (await __ls.awaiting(1, x)));  } finally { __ls.exit(1); } }'],
  ['async function f() { await x++\n(g) }',
   'async function f() { __ls.enter(1); try { await __ls.awaiting(1, x++);\n(g)  } finally { __ls.exit(1); } }'],
  ['function f() { var g = 1; function g() {} }',
   'function f() { __ls.enter(1); try { void 0, g = 1; function g() { __ls.enter(2); try { } finally { __ls.exit(2); } }  } finally { __ls.exit(1); } }'],
  ['function f() { var a = 1, g; for (var g of x); function g() {} }',
   'function f() { __ls.enter(1); var a; try { void 0, a = 1, g; for (    g of x); function g() { __ls.enter(2); try { } finally { __ls.exit(2); } }  } finally { __ls.exit(1); } }'],
  ['function f() { "use strict"; function g() {}\nfunction g() {} }',
   'function f() { "use strict"; __ls.enter(1); try { void function g() { __ls.enter(2); try { } finally { __ls.exit(2); } };\nfunction g() { __ls.enter(3); try { } finally { __ls.exit(3); } }  } finally { __ls.exit(1); } }'],
  ['function* g() { yield 1; yield* h(); yield }',
   'function* g() { __ls.enter(1); try { __ls.resumed(1, yield __ls.yielding(1, 1)); __ls.resumed(1, yield* __ls.yielding(1, h())); __ls.resumed(1, yield __ls.yielding(1, void 0));  } finally { __ls.exit(1); } }'],
  ['function* g() { yield\n[1] }',
   'function* g() { __ls.enter(1); try { __ls.resumed(1, yield __ls.yielding(1, void 0));\n[1]  } finally { __ls.exit(1); } }'],
  ['async function f() { for await (const x of y) {} }',
   'async function f() { __ls.enter(1); try { for await (const x of y) {}  } finally { __ls.exit(1); } }'],
  ['await(1)', 'await(1)'],
  ['a = 1 + 2', 'a = 1 + 2'],
];

// With {lines: true}: each statement of a statement list gets its start line; directives, single
// statements under if/for/while (not in a list) and statements that continue on the next line
// (`f(1)\n[0]` is one statement) do not. A statement that starts its line gets its marker at the
// end of what precedes it, so that the line itself stays as written.
const kLineRewrites = [
  ['"use strict";\nf();', '"use strict";__ls.line(2);\nf();'],
  ['a()\nb();\nfunction h() {}\n// c\nlet x = 1', '__ls.line(1);a();__ls.line(2);\nb();__ls.line(3);\nfunction h() { __ls.enter(1); try { } finally { __ls.exit(1); } };__ls.line(5);\n// c\nlet x = 1'],
  ['switch (x) {\n  case 1: // one\n    a();\n  default:\n    b();\n}',
   '__ls.line(1);switch (x) {\n  case 1:__ls.line(3); // one\n    a();\n  default:__ls.line(5);\n    b();\n}'],
  ['if (a) b();\nelse { c(); }', '__ls.line(1);if (a) b();\nelse { __ls.line(2);c(); }'],
  ['f(1)\n[0]', '__ls.line(1);f(1)\n[0]'],
  ['switch (x) { case 1: a(); break; default: b(); }',
   '__ls.line(1);switch (x) { case 1: __ls.line(1);a(); __ls.line(1);break; default: __ls.line(1);b(); }'],
  ['function* g() {\n  yield 1;\n}',
   '__ls.line(1);function* g() { __ls.enter(1); try {__ls.line(2);\n  __ls.resumed(1, yield __ls.yielding(1, 1));\n } finally { __ls.exit(1); } }'],
  ['x: for (;;) { continue x; }', '__ls.line(1);x: for (;;) { __ls.line(1);continue x; }'],
];

function runRewrites() {
  for (const [table, options] of [[kRewrites, undefined], [kLineRewrites, { lines: true }]]) {
    for (const [src, expected] of table) {
      check(`rewrite ${JSON.stringify(src)}${options ? ' (lines)' : ''}`, () => {
        const r = instrument(src, options);
        assert.ok(r.ok, r.message);
        assert.strictEqual(r.code, expected);
      });
    }
  }
}

function runLocations() {
  check('locations', () => {
    const src = [
      'function a() {}',                           // 1:1
      '  const b = () => 1, c = async x => x;',    // 2:13, 2:26
      'class D {',
      '  constructor() {}',                        // 4:3
      '  static async *m() {}',                    // 5:3
      '  get g() { return 1 }',                    // 6:3
      '}',
      'var o = { k: function () {}, n() {} };',    // 8:14, 8:30
    ].join('\n');
    const r = JSON.parse(loopscopeInstrument(src));
    assert.ok(r.ok);
    assert.deepStrictEqual(r.functions, [
      { name: 'a', line: 1, column: 1 },
      { name: 'b', line: 2, column: 13 },
      { name: 'c', line: 2, column: 26 },
      { name: 'D', line: 4, column: 3 },
      { name: 'm', line: 5, column: 3 },
      { name: 'get g', line: 6, column: 3 },
      { name: 'k', line: 8, column: 14 },
      { name: 'n', line: 8, column: 30 },
    ]);
  });
}

function runErrors() {
  const cases = [
    ['let x = 1;\n\nlet y = ;', 3, 9],
    ['function f( {', 1, 14],
    ['await x', 1, 7],
    ['let a; let a;', 1, 12],
    ['"use strict"; with (a) {}', 1, 15],
    ['class A { constructor() { super() } }', 1, 27],
    ['function f() {\n  return }}', 2, 11],
  ];
  for (const [src, line, column] of cases) {
    check(`syntax error ${JSON.stringify(src)}`, () => {
      const json = loopscopeInstrument(src);
      const r = JSON.parse(json);
      assert.strictEqual(r.ok, false);
      assert.strictEqual(typeof r.message, 'string');
      assert.ok(/\(\d+:\d+\)$/.test(r.message), r.message);
      assert.deepStrictEqual([r.line, r.column], [line, column], r.message);
      assert.deepStrictEqual(Object.keys(r).sort(), ['column', 'line', 'message', 'ok']);
    });
  }
  check('ok result has exactly ok/code/map/functions', () => {
    const r = JSON.parse(loopscopeInstrument('function f(){}'));
    assert.deepStrictEqual(Object.keys(r).sort(), ['code', 'functions', 'map', 'ok']);
    assert.deepStrictEqual(Object.keys(r.functions[0]).sort(), ['column', 'line', 'name']);
  });
}

function runRobustness() {
  const inputs = [undefined, null, 42, '', ' ', '#!x\n', '('.repeat(100000), '{'.repeat(50000),
                  'a'.repeat(10) + '\u2028' + 'b', '"\\u{110000}"', '`${`', '/*', 'x => {'];
  for (const input of inputs) {
    check(`never throws ${JSON.stringify(String(input)).slice(0, 40)}`, () => {
      const json = loopscopeInstrument(input);
      const r = JSON.parse(json);
      assert.strictEqual(typeof r.ok, 'boolean');
      if (r.ok) assert.strictEqual(lineCount(r.code), lineCount(String(input)));
      else assert.ok(typeof r.message === 'string' && typeof r.line === 'number');
    });
  }
}

function runClassicScriptLoad() {
  check('loads as classic scripts in a context without node', () => {
    const ctx = vm.createContext({});
    vm.runInContext(fs.readFileSync(kAcornFile, 'utf8'), ctx, { filename: 'acorn.js' });
    vm.runInContext(fs.readFileSync(kInstrumentFile, 'utf8'), ctx, { filename: 'instrument.js' });
    assert.strictEqual(vm.runInContext('typeof require + typeof module', ctx), 'undefinedundefined');
    const src = 'async function main() { await 1 }\nmain()';
    const json = vm.runInContext(`loopscopeInstrument(${JSON.stringify(src)})`, ctx);
    assert.strictEqual(typeof json, 'string');
    assert.strictEqual(json, loopscopeInstrument(src));
    const bad = JSON.parse(vm.runInContext('loopscopeInstrument("x = ;")', ctx));
    assert.strictEqual(bad.ok, false);
  });
}

// A real program: acorn itself, instrumented, must parse the corpus to the same ASTs and report
// balanced enter/exit calls.
function runSelfHost() {
  check('instrumented acorn behaves like acorn', () => {
    const acornSource = fs.readFileSync(kAcornFile, 'utf8');
    const r = instrument(acornSource);
    assert.ok(r.ok, r.message);
    assert.strictEqual(lineCount(r.code), lineCount(acornSource));
    let depth = 0;
    let maxDepth = 0;
    let calls = 0;
    const ctx = vm.createContext({
      __ls: {
        enter() { depth++; calls++; if (depth > maxDepth) maxDepth = depth; },
        exit() { depth--; if (depth < 0) throw new Error('exit without enter'); },
        awaiting(id, v) { return v; }, yielding(id, v) { depth--; return v; }, resumed(id, v) { depth++; return v; },
      },
    });
    vm.runInContext(r.code, ctx, { filename: 'acorn.js' });
    const dir = path.join(__dirname, 'cases');
    const opts = { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true };
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.js'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      const expected = JSON.stringify(acorn.parse(src, opts));
      ctx.src = src;
      ctx.opts = opts;
      const got = vm.runInContext('JSON.stringify(acorn.parse(src, opts))', ctx);
      assert.strictEqual(got, expected, f);
      assert.strictEqual(depth, 0, 'unbalanced after ' + f);
    }
    const err = vm.runInContext('try { acorn.parse("let x = ;", {ecmaVersion: "latest"}) } catch (e) { e.message }', ctx);
    assert.strictEqual(err, 'Unexpected token (1:8)');
    assert.strictEqual(depth, 0, 'unbalanced after a thrown SyntaxError');
    assert.ok(calls > 10000 && maxDepth > 10, `calls=${calls} maxDepth=${maxDepth}`);
  });
}

function runSpeed() {
  check('1 MB of JavaScript in under a second (warm)', () => {
    const dir = path.join(__dirname, 'cases');
    const chunks = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && !f.includes('hashbang'))
      .map((f) => '(function () {\n' + fs.readFileSync(path.join(dir, f), 'utf8') + '\n});\n');
    let big = '';
    while (big.length < 1024 * 1024) big += chunks.join('');
    loopscopeInstrument(big);   // warm up (the first, cold run also includes compiling acorn)
    // CPU time, not wall time: the test machine may be busy with a parallel build.
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const r = JSON.parse(loopscopeInstrument(big));
    const ms = cpu() - t0;
    assert.ok(r.ok, r.message);
    assert.strictEqual(lineCount(r.code), lineCount(big));
    if (verbose) console.log(`     ${(big.length / 1048576).toFixed(2)} MB, ${r.functions.length} functions in ${ms.toFixed(0)} ms CPU`);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
}

// Several files of one run share one id space (the node model's modules): ids start at firstId,
// await/yield sites name their own function, and the hook global's name is the runtime's choice.
function runIdSpaceAndHookName() {
  check('firstId and hookName', () => {
    const source = 'async function a() { await 1; }\nfunction* g() { yield 2; }\nconst f = () => 3;\n';
    const r = JSON.parse(loopscopeInstrument(source, { firstId: 7, hookName: '__ls_test', commonjs: true }));
    assert.ok(r.ok, r.message);
    assert.deepStrictEqual(r.functions.map((f) => f.name), ['a', 'g', 'f']);
    assert.ok(r.code.includes('__ls_test.enter(7)') && r.code.includes('__ls_test.awaiting(7, '), r.code);
    assert.ok(r.code.includes('__ls_test.yielding(8, ') && r.code.includes('__ls_test.enter(9)'), r.code);
    assert.ok(!/__ls\./.test(r.code), 'the default hook name leaked: ' + r.code);
    const top = JSON.parse(loopscopeInstrument('return 1;', { commonjs: true }));
    assert.ok(top.ok, 'a CommonJS module may return at top level: ' + top.message);
  });
}

// ------------------------------------------------------------------------------------------------

(async () => {
  runIdSpaceAndHookName();
  runRewrites();
  runLocations();
  runErrors();
  runRobustness();
  runClassicScriptLoad();
  runNames();
  runSelfHost();
  runSpeed();
  await runCorpus();
  console.log(`instrument: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})().catch((e) => {
  console.log(e && e.stack || e);
  console.log(`instrument: ${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
