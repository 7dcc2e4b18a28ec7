// Puzzle: finally passes the value through but costs extra ticks; catch on a fulfilled promise
// just forwards it (one tick).
Promise.resolve('A')
  .finally(function f() { console.log('A finally'); })
  .then(function (v) { console.log('A then got', v); });

Promise.resolve('B')
  .catch(function never() { console.log('never'); })
  .then(function (v) { console.log('B then got', v); });

Promise.reject(new Error('C'))
  .finally(function f() { console.log('C finally'); })
  .catch(function (e) { console.log('C caught', e.message); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); })
  .then(function t5() { console.log('tick 5'); });
