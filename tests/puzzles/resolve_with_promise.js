// Puzzle: Promise.resolve(p) returns p itself; new Promise(r => r(p)) adopts p through a hidden
// job and settles two ticks later.
const p = Promise.resolve('inner');
const viaResolve = Promise.resolve(p);
const viaConstructor = new Promise(function (resolve) { resolve(p); });
console.log('Promise.resolve(p) === p:', String(viaResolve === p));
console.log('new Promise(r => r(p)) === p:', String(viaConstructor === p));

viaConstructor.then(function () { console.log('constructor-wrapped settled'); });
viaResolve.then(function () { console.log('Promise.resolve(p) settled'); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); });
