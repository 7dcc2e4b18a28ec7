// Title: Closures in loops: var vs let
// Watch: the callbacks run after the loops are done; the var callbacks share one i (now 3), each let callback kept its own j.
for (var i = 0; i < 3; i++) {
  setTimeout(function withVar() {
    console.log('var i =', i);
  }, 0);
}

for (let j = 0; j < 3; j++) {
  setTimeout(function withLet() {
    console.log('let j =', j);
  }, 0);
}

console.log('loops done, i =', i);
