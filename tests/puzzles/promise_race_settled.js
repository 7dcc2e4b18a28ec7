// Puzzle: race over already-settled inputs: the first in array order wins, not the first created.
const late = new Promise(function (resolve) { setTimeout(resolve, 0, 'timer'); });
const rejected = Promise.reject(new Error('rejected'));
rejected.catch(function () {});
Promise.race([late, Promise.resolve('resolved'), rejected]).then(function (v) {
  console.log('race 1:', v);
});
Promise.race([rejected, Promise.resolve('resolved')]).then(
  function (v) { console.log('race 2 fulfilled', v); },
  function (e) { console.log('race 2 rejected', e.message); });
Promise.race([]).then(function () { console.log('race of nothing (never)'); });
Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); });
