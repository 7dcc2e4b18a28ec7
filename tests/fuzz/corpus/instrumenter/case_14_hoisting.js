 // Nested function declarations stay hoisted; var/function sharing one name; duplicates.
function hoisted() {
  const r = [typeof g, g()];
  function g() { return 'g' }
  return r.join();
}
function varAndFunction() {
  var log = [typeof f];
  var f = 1;
  log.push(typeof f);
  function f() {}
  return log.join();
}
function varAfter() {
  function h() { return 'h' }
  var h;
  return typeof h;
}
function duplicates() {
  'use strict';
  function d() { return 'first' }
  function d() { return 'second' }
  return d();
}
function sloppyDuplicates() {
  function e() { return 1 }
  function e() { return 2 }
  return e();
}
function varInNestedBlock() {
  function v() {}
  if (true) { var v = 'block var'; }
  for (var v of ['loop var']) {}
  return v;
}
function varListMixed() {
  function q() {}
  var a = 1, q = 2, [b, c] = [3, 4];
  return [a, q, b, c].join();
}
function annexB() {
  if (true) { function inBlock() { return 'in block' } }
  return inBlock();
}
function letAndClass() {
  let x = 1; const y = 2; class Z {}
  return [x, y, typeof Z].join();
}
function argumentsFn() { function arguments() {} return typeof arguments }
console.log(hoisted(), varAndFunction(), varAfter(), duplicates(), sloppyDuplicates());
console.log(varInNestedBlock(), varListMixed(), annexB(), letAndClass(), argumentsFn());
function catchVar() { function e2() {} try { throw 1 } catch (e2) { var e2 = 'caught' } return typeof e2 }
console.log(catchVar());
