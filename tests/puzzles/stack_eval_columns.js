// Stack positions in code made at run time: eval and new Function frames name their origin (the
// caller's line and column) and their own position inside the string, in the user's coordinates
// (the instrumenter's rewrite must not show). Paths are cut down to the file name, since the
// oracle's page lives in a temporary folder.
const strip = (stack) => stack.replace(/[^\s(]*\//g, '');
function f() { return eval("(function g() {   return new Error('x').stack; })()"); }
console.log(strip(f()));
const h = new Function('a', "  return new Error('y').stack;");
console.log(strip(h(1)));
const nested = eval("  (function outer() { return eval('  new Error(\"n\").stack'); })()");
console.log(strip(nested).split('\n').slice(0, 2).join(' | '));
try { eval('  null.x'); } catch (e) { console.log(strip(e.stack)); }
