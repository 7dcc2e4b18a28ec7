// random_node_puzzle.js SEED — prints a random Node.js ordering puzzle (a CommonJS script) whose
// output is fixed by Node's rules, not by timing, so that real `node` prints the same on every
// run and `loopscope run --headless --model node` must print exactly that.
//
// What it mixes: synchronous logs, process.nextTick, promise chains (then/catch/finally),
// queueMicrotask, async functions with awaits, EventEmitter emits (synchronous), and either
//  - setImmediate chains (immediates may queue immediates, ticks and microtasks), or
//  - one fs.stat of the script itself whose callback queues ticks, microtasks, immediates and one
//    setTimeout(0) — inside an I/O callback the immediate runs first, and the timer's callback
//    may then only queue ticks and microtasks.
// What it avoids, because the order would depend on elapsed time (see tests/oracle/README.md):
// timers beside immediates or I/O anywhere else (the main-module setTimeout(0)/setImmediate race),
// two I/O operations in flight at once, timers of different delays, and anything run by the
// exit path. The same seed always gives the same script.
'use strict';

const seed = Number(process.argv[2] || 1);
let state = seed >>> 0 || 1;
function random() {  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(random() * n);

let label = 0;
const lines = [];
function emit(depth, text) { lines.push('  '.repeat(depth) + text); }
function log(depth) { emit(depth, `console.log('L${++label}');`); }

// `open` a callback that logs and may queue more microtasks, then `close()` it.
function nestedCallback(depth, budget, open, close) {
  emit(depth, open);
  log(depth + 1);
  if (budget > 2 && pick(2)) microBlock(depth + 1, budget - 2);
  emit(depth, close());
}

// Code that only queues ticks and microtasks (allowed everywhere).
function microBlock(depth, budget) {
  const count = 1 + pick(3);
  for (let i = 0; i < count && budget > 0; i++, budget--) {
    switch (pick(7)) {
      case 0: log(depth); break;
      case 1: nestedCallback(depth, budget, 'process.nextTick(() => {', () => '});'); break;
      case 2:
        nestedCallback(depth, budget, 'Promise.resolve().then(() => {',
                       () => `})${pick(2) ? `.then(() => console.log('L${++label}'))` : ''};`);
        break;
      case 3: nestedCallback(depth, budget, 'queueMicrotask(() => {', () => '});'); break;
      case 4:
        emit(depth, `Promise.reject(new Error('e')).catch(() => console.log('L${++label}')).finally(() => console.log('L${++label}'));`);
        break;
      case 5: {
        const awaits = 1 + pick(3);
        emit(depth, '(async () => {');
        log(depth + 1);
        for (let a = 0; a < awaits; a++) {
          emit(depth + 1, pick(2) ? 'await null;' : 'await Promise.resolve();');
          log(depth + 1);
        }
        emit(depth, '})();');
        break;
      }
      case 6:
        emit(depth, '{ const emitter = new EventEmitter();');
        emit(depth + 1, `emitter.on('go', () => console.log('L${++label}'));`);
        emit(depth + 1, `emitter.on('go', () => process.nextTick(() => console.log('L${++label}')));`);
        emit(depth + 1, "emitter.emit('go');");
        log(depth + 1);
        emit(depth, '}');
        break;
    }
  }
}

function immediateBlock(depth, budget) {
  emit(depth, 'setImmediate(() => {');
  log(depth + 1);
  if (pick(2)) microBlock(depth + 1, 3);
  if (budget > 1 && pick(3) > 0) immediateBlock(depth + 1, budget - 1);
  emit(depth, '});');
}

function ioBlock(depth) {
  emit(depth, 'fs.stat(__filename, () => {');
  log(depth + 1);
  const parts = 2 + pick(3);
  let timers = 0;
  for (let i = 0; i < parts; i++) {
    switch (pick(3)) {
      case 0: microBlock(depth + 1, 3); break;
      case 1:
        emit(depth + 1, 'setImmediate(() => {');
        log(depth + 2);
        if (pick(2)) microBlock(depth + 2, 2);
        emit(depth + 1, '});');
        break;
      case 2:
        if (timers++ > 0) break;
        emit(depth + 1, 'setTimeout(() => {');
        log(depth + 2);
        if (pick(2)) microBlock(depth + 2, 2);
        emit(depth + 1, '}, 0);');
        break;
    }
  }
  emit(depth, '});');
}

emit(0, `// random node puzzle, seed ${seed}`);
emit(0, "const fs = require('fs');");
emit(0, "const EventEmitter = require('events');");
const withIo = pick(2) === 0;
const sections = 2 + pick(3);
for (let i = 0; i < sections; i++) {
  if (pick(3) === 0) {
    if (withIo) {
      if (!lines.some((line) => line.includes('fs.stat('))) ioBlock(0);
    } else {
      immediateBlock(0, 3);
    }
  } else {
    microBlock(0, 4);
  }
}
if (withIo && !lines.some((line) => line.includes('fs.stat('))) ioBlock(0);
log(0);
process.stdout.write(lines.join('\n') + '\n');
