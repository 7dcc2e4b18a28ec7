// Puzzle: an error thrown in a then handler rejects the next promise; every skipped then still
// costs a tick before the catch runs, and the catch's return value continues the chain.
Promise.resolve(1)
  .then(function h1(v) {
    console.log('h1 got', v);
    throw new Error('bad ' + v);
  })
  .then(function skipped1() { console.log('skipped 1'); })
  .then(function skipped2() { console.log('skipped 2'); })
  .catch(function handler(e) {
    console.log('caught', e.message);
    return 'recovered';
  })
  .then(function after(v) { console.log('after catch', v); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); })
  .then(function t5() { console.log('tick 5'); });
