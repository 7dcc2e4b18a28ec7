// Puzzle: a thenable whose then resolves with another thenable, and a then handler returning a
// thenable.
function makeThenable(label, value) {
  return {
    then(resolve) {
      console.log('then of', label);
      resolve(value);
    },
  };
}
new Promise(function (resolve) {
  resolve(makeThenable('outer', makeThenable('inner', 'deep value')));
}).then(function (v) { console.log('outer settled with', v); });

Promise.resolve().then(function () { return makeThenable('returned', 'r'); })
  .then(function (v) { console.log('handler chain got', v); });

Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); })
  .then(function t5() { console.log('tick 5'); });
