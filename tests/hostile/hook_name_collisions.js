// Hostile: the script uses the instrumenter's old hook name `__ls` as a parameter, a variable, a
// top-level let and a property, and looks for anything hook-like on the global object; none of it
// may change what the script does or sees.
// Oracle: chromium
let __ls = 'top-level let';
function takes(__ls) { return __ls * 2; }
const object = { __ls: 1, enter() { return 'method'; } };
function shadow() { var __ls = 'var'; return __ls; }
console.log(__ls, takes(21), object.__ls, shadow(), object.enter());
const hookish = Object.getOwnPropertyNames(globalThis).filter((name) => /^__ls/.test(name));
console.log('hook-like globals:', hookish.length);
console.log(typeof __ls_hooks, 'toString shows the code as written:', takes.toString());
