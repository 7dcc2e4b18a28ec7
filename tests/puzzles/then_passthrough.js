// Puzzle: then with non-function arguments passes the value through, one tick per link.
Promise.resolve('value')
  .then(null)
  .then(undefined, undefined)
  .then(42)
  .then(function (v) { console.log('arrived', v); });

Promise.reject(new Error('reason'))
  .then(function never() { console.log('never'); })
  .catch(null)
  .then(null, function (e) { console.log('rejection arrived', e.message); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); })
  .then(function t5() { console.log('tick 5'); });
