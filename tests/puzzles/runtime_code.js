// Code made at run time (direct and indirect eval, new Function, a string timer) runs as written
// and shows the user's text through toString, even though Loopscope instruments it too.
function outer(x) { return eval('x * 2'); }
console.log(outer(21), eval('5; var y'), (0, eval)('1 + 1'));
const f = new Function('a', 'b', 'return a + b;');
console.log(f(2, 3), f.toString().replace(/\n/g, '|'));
const g = eval('(function named(q) { return q + 1; })');
console.log(g(1), g.toString());
console.log(Object.getOwnPropertyNames(globalThis).filter((n) => n.startsWith('__ls')).length);
setTimeout('console.log("string timer", typeof outer)', 0);
try { eval('let = ;'); } catch (e) { console.log(e.name, e.message); }
const arrow = eval('(a = () => 1) => a()');
console.log(arrow(), new Function('a = () => 7', 'return a()')());
