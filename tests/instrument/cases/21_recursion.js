// Recursion, mutual recursion, returns from many frames.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
const isEven = n => n === 0 ? true : isOdd(n - 1);
function isOdd(n) { return n === 0 ? false : isEven(n - 1) }
function depth(n) { if (n === 0) return 0; return 1 + depth(n - 1) }
console.log(fib(15), isEven(10), isOdd(7), depth(500));
const memo = new Map();
function fibm(n) { if (memo.has(n)) return memo.get(n); const v = n < 2 ? n : fibm(n - 1) + fibm(n - 2); memo.set(n, v); return v }
console.log(fibm(80));
async function countdown(n) { if (n === 0) return 'liftoff'; await null; return countdown(n - 1) }
countdown(5).then(v => console.log(v));
