// Puzzle: Promise.all over already-resolved values still takes ticks to settle.
Promise.all([1, Promise.resolve(2), 3]).then(function (values) {
  console.log('all', values.join(','));
});
Promise.all([]).then(function () { console.log('all of nothing'); });
Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); });
console.log('sync end');
