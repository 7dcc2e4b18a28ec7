// random_puzzle.js SEED — prints a random ordering puzzle (deterministic for a seed): nested
// timers, promise chains, async/await on values / promises / thenables / timers, queueMicrotask,
// then returning promises and thenables, finally, Promise.all, catch. Used by random_puzzles.sh to
// compare Loopscope with headless Chromium on scripts nobody wrote by hand.
let seed = Number(process.argv[2]);
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
let label = 0;
function stmt(depth) {
  const id = 'L' + (label++);
  const k = rnd(depth > 2 ? 3 : 9);
  const inner = () => (depth < 3 ? stmts(depth + 1, 1 + rnd(2)) : '');
  switch (k) {
    case 0: return `console.log('${id}');`;
    case 1: return `Promise.resolve().then(() => { console.log('${id}'); ${inner()} });`;
    case 2: return `queueMicrotask(() => { console.log('${id}'); ${inner()} });`;
    case 3: return `setTimeout(() => { console.log('${id}'); ${inner()} }, ${[0, 0, 1, 2, 5][rnd(5)]});`;
    case 4: return `(async () => { console.log('${id}a'); await ${['null', 'Promise.resolve()', '{ then(r) { r(); } }', 'new Promise(r => setTimeout(r, 1))'][rnd(4)]}; console.log('${id}b'); ${inner()} })();`;
    case 5: return `Promise.resolve().then(() => { console.log('${id}'); return ${['1', 'Promise.resolve(2)', '{ then(r) { r(3); } }'][rnd(3)]}; }).then((v) => { console.log('${id} then', v); ${inner()} });`;
    case 6: return `new Promise((res) => { console.log('${id} exec'); ${['res()', 'setTimeout(res, 0)', 'res(Promise.resolve())'][rnd(3)]}; }).finally(() => console.log('${id} finally')).then(() => { ${inner()} });`;
    case 7: return `Promise.all([Promise.resolve(1), ${['2', 'new Promise(r => setTimeout(r, 1, 3))'][rnd(2)]}]).then(() => { console.log('${id} all'); ${inner()} });`;
    default: return `Promise.reject(new Error('x')).catch(() => console.log('${id} catch')).then(() => { ${inner()} });`;
  }
}
function stmts(depth, n) { let out = ''; for (let i = 0; i < n; i++) out += stmt(depth) + '\n'; return out; }
process.stdout.write(stmts(0, 4 + rnd(4)));
