// Parameters are untouched: length, defaults, rest, destructuring, mapped arguments.
function f1(a, b, c) { return arguments.length }
function f2(a, b = 2, c) { return [a, b, c].join() }
function f3(...rest) { return rest.length }
function f4({ x, y = 5 }, [z] = [9]) { return x + y + z }
function f5(a, b = a * 2) { return b }
function mapped(a) { arguments[0] = 'changed'; return a }
function unmapped(a) { 'use strict'; arguments[0] = 'changed'; return a }
function mappedDefault(a = 0) { arguments[0] = 'changed'; return a }
function assignParam(a) { a = 'new'; return arguments[0] }
function lateDecl(a) { var a; return a }
console.log(f1.length, f2.length, f3.length, f4.length, f5.length);
console.log(f1(1), f1(1, 2, 3, 4), f2(1), f2(1, undefined, 3), f3(1, 2, 3), f4({ x: 1 }), f5(4));
console.log(mapped('orig'), unmapped('orig'), mappedDefault('orig'), assignParam('old'), lateDecl('kept'));
const arrowLen = (a, b, ...c) => a;
console.log(arrowLen.length, ((a = 1, b) => 0).length);
function callee() { return typeof arguments.callee }
console.log(callee());
function paramClosure(a, get = () => a) { var a = 'body'; return [a, get()].join() }
console.log(paramClosure('param'));
