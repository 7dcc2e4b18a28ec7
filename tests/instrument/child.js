// Runs one script (original or instrumented) in this process and prints a JSON record of what it
// did: console output, the script's completion value, and, in order, every __ls call together
// with the boundaries of every task and microtask job (async_hooks before/after), so that the
// parent can check ordering and stack balance.
//
// usage: node child.js <script-file>
'use strict';
const fs = require('fs');
const vm = require('vm');
const util = require('util');
const asyncHooks = require('async_hooks');

const file = process.argv[2];
const code = fs.readFileSync(file, 'utf8');
const events = [];   // {k:'out'|'B'|'A'|'enter'|'exit'|'awaiting'|'yielding'|'resumed'|'end', ...}
const out = [];

function print(...args) {
  const text = util.format(...args);
  out.push(text);
  events.push({ k: 'out', text });
}
for (const m of ['log', 'info', 'warn', 'error', 'debug']) console[m] = print;

globalThis.__ls = {
  enter(id) { events.push({ k: 'enter', id }); },
  exit(id) { events.push({ k: 'exit', id }); },
  awaiting(id, v) { events.push({ k: 'awaiting', id }); return v; },
  yielding(id, v) { events.push({ k: 'yielding', id }); return v; },
  resumed(id, v) { events.push({ k: 'resumed', id }); return v; },
  line(n) { if (!(Number.isInteger(n) && n >= 1)) throw new Error('bad line marker ' + n); },
};

process.on('uncaughtException', (e) => print('uncaught:', e && e.message));
process.on('unhandledRejection', (e) => print('unhandled rejection:', e && e.message !== undefined ? e.message : e));

asyncHooks.createHook({
  before() { events.push({ k: 'B' }); },
  after() { events.push({ k: 'A' }); },
}).enable();

let completion;
try {
  completion = util.inspect(vm.runInThisContext(code, { filename: 'case.js' }));
} catch (e) {
  completion = 'threw: ' + (e && e.message);
}
events.push({ k: 'end' });

process.on('exit', () => {
  fs.writeSync(1, JSON.stringify({ out, completion, events }));
});
