// Declarations, expressions, arrows, return values, hoisting at the top level and inside bodies.
console.log(add(2, 3), typeof later);
function add(a, b) { return a + b }
var later = function () { return 'later' };
const mul = (a, b) => a * b;
const sq = x => mul(x, x);
function outer() {
  console.log(inner(), typeof hoistedVar, hoistedVar);
  var hoistedVar = 1;
  return inner;
  function inner() { return 'inner:' + typeof hoistedVar }
}
console.log(outer()(), later(), sq(7));
function noReturn() { 1 + 1 }
console.log(noReturn(), (function () {})(), (() => {})());
const named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) };
console.log(named(6), named.name, add.name, sq.name, mul.length);
console.log([1, 2, 3].map(x => x * 2).filter(function (x) { return x > 2 }).reduce((a, b) => a + b, 0));
