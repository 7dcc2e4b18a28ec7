// Puzzle: `return p`, `return await p` and `return value` from async functions settle at
// different ticks.
const p = Promise.resolve('p');
async function returnsPromise() { return p; }
async function returnsAwaited() { return await p; }
async function returnsValue() { return 'value'; }

returnsPromise().then(function () { console.log('return p'); });
returnsAwaited().then(function () { console.log('return await p'); });
returnsValue().then(function () { console.log('return value'); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); });
