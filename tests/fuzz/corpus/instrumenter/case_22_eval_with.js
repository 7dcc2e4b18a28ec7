 // Direct eval and with inside instrumented functions (sloppy mode).
function useEval() {
  var local = 'local';
  eval('var fromEval = local + "!"');
  return fromEval + ' ' + eval('typeof local');
}
console.log(useEval());
function useWith() {
  const o = { a: 1, b: 2 };
  with (o) { return a + b }
}
console.log(useWith());
function evalCompletion() { return eval('1; if (true) { "completion" }') }
console.log(evalCompletion());
const indirect = (0, eval)('(function () { return "indirect" })');
console.log(indirect());
