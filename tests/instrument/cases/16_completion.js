// The script's completion value (what eval/runScript returns) must not change.
function f() { return 'f' }
const g = () => 'g';
var r = f() + g();
console.log(r);
if (r) { "if-branch-" + r } else { "else" }
