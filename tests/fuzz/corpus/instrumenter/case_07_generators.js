 // Generators: yield, yield*, bare yield, next(v), return(), throw(), finally.
function* counter() {
  const first = yield 1;
  console.log('got', first);
  const second = yield
  console.log('got', second);
  yield* [10, 20];
  const r = yield* inner();
  console.log('inner returned', r);
  return 'end';
}
function* inner() { yield 'i1'; return 'iret' }
const g = counter();
console.log(JSON.stringify(g.next('ignored')));
console.log(JSON.stringify(g.next('A')));
console.log(JSON.stringify(g.next('B')));
console.log(JSON.stringify([g.next(), g.next(), g.next(), g.next(), g.next()]));
function* withFinally() {
  try { yield 1; yield 2; } finally { console.log('cleanup'); }
}
const w = withFinally();
w.next();
console.log(JSON.stringify(w.return('early')), JSON.stringify(w.next()));
const t = withFinally();
t.next();
try { t.throw(new Error('boom')) } catch (e) { console.log('caught', e.message) }
const notStarted = withFinally();
console.log(JSON.stringify(notStarted.return(5)));
function* yieldInFinally() { try { yield 'a' } finally { yield 'f'; console.log('after f') } }
const y = yieldInFinally();
y.next();
console.log(JSON.stringify(y.return('r')), JSON.stringify(y.next()), JSON.stringify(y.next()));
console.log([...counter2()].join());
function* counter2() { for (let i = 0; i < 3; i++) yield i * i }
const obj = { *gen() { yield this === obj } };
console.log(obj.gen().next().value);
