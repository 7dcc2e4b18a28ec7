// Puzzle: await on plain values still yields: each await is one microtask tick.
async function counter(name, steps) {
  for (let i = 1; i <= steps; i++) {
    await i;
    console.log(name, 'after await', i);
  }
  console.log(name, 'done');
}
counter('A', 3);
counter('B', 2);
Promise.resolve()
  .then(function p1() { console.log('then 1'); })
  .then(function p2() { console.log('then 2'); })
  .then(function p3() { console.log('then 3'); });
console.log('sync end');
