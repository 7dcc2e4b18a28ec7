// Error.stack in a node run gives the user's lines and columns (the instrumenter's rewrite must not
// show), for a thrown TypeError, a constructed Error, an arrow function, eval code and its origin,
// and Error.captureStackTrace; paths are cut to the file name. No frame of Loopscope's own shows.
const strip = (stack, n) => stack.split('\n').slice(0, n).map((l) => l.replace(/[^\s(]*\//g, '')).join('\n');
function f() { return new Error('x').stack; }
console.log(strip(f(), 3));
const g = () => { try { null.y; } catch (e) { return e.stack; } };
console.log(strip(g(), 2));
function h() { return eval("(function inner() {  return new Error('e').stack; })()"); }
console.log(strip(h(), 3));
const target = {};
function capture() { Error.captureStackTrace(target); }
capture();
console.log(strip(target.stack, 2));
class Thing { method() { return new Error('m').stack; } }
console.log(strip(new Thing().method(), 2));
