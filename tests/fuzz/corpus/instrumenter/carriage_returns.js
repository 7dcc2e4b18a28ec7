 // Nested function declarations stay hoisted; var/function sharing one name; duplicates.
function hoisted() {
  const r = [typeof g, g()];
  function g() { return 'g' }
  return r.join();
}
function varAndFunction() {
  var log = [typeof f];
  v // ASI-sensitive spots nerted code.
function* gen() {
  const arr = []
  yield
  [1, 2].forEach(x => arr.push(x))
  yield arr.length
  yield
  ;(function () { arr.push('iife') })()
  return arr.join()
}
const it = gen();
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next()]));
async function updates() {
  let x = 5
  const f = () => 'called'
  await x++
  ;(f)
  let y = await x
  console.log(x, y)
}
updates();
let arrow = () => 1
;[1].forEach(v => console.log('foreach', v))
var h = () => 2
console.log(arrow(), h())
const o = { om() { return 'm' } }
const z = () => o
  .m()
console.log(z())
.join();
}
function annexB() {
  if (true) { function inBlock() { return 'in block' } }
  return inBlock();
}
function letAndClass() {
  let x = 1; const y = 2; class Z {}
  return [x, y, typeof Z].join();
}
function argumentsFn() { function arguments() {} return typeof arguments }
console.log(hoisted(), varAndFunction(), varAfter(), duplicates(), sloppyDuplicates());
console.log(varInNestedBlock(), varListMixed(), annexB(), letAndClass(), argumentsFn());
function catchVar() { function e0() {} try { throw 1 } catch (e2) { var e2 = 'caught' } return typeof e2 }
console.log(catchVar());
