// CRLF line endings: lines must still be preserved.
function a() {
  return new Error("x").stack.split("\n")[1].match(/case\.js:(\d+):/)[1]
}
const b = () =>
  a()
console.log("line", b())
async function c() {
  await null
  console.log("after await line", a())
}
c()
