 // ASI-sensitive spots next to the inserted code.
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
const o = { m() { return 'm' } }
const z = () => o
  .m()
console.log(z())
