// Closures created in loops, with let and var, run later as tasks and microtasks.
for (var i = 0; i < 3; i++) setTimeout(() => console.log('var', i));
for (let j = 0; j < 3; j++) setTimeout(() => console.log('let', j));
for (let k = 0; k < 3; k++) Promise.resolve().then(() => console.log('micro', k));
const fns = [];
for (const x of ['a', 'b']) fns.push(function () { return x });
console.log(fns.map(f => f()).join());
function makeCounter() { let c = 0; return { inc: () => ++c, get: function () { return c } } }
const c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
let n = 0;
while (n < 2) { const m = n; setTimeout(function () { console.log('while', m) }); n++; }
do { var once = () => 'do-while'; } while (false);
console.log(once());
for (const key in { p: 1, q: 2 }) Promise.resolve(key).then(v => console.log('in', v));
