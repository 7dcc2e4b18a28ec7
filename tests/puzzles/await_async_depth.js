// Puzzle: awaiting an async function that itself awaits: the depth adds ticks.
async function depth0() { return 'd0'; }
async function depth1() { return await depth0(); }
async function depth2() { return await depth1(); }

(async function main() {
  const v = await depth2();
  console.log('main got', v);
})();

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); });
console.log('sync end');
