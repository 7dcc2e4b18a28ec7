// Hostile: an uncaught TypeError in a node run, where Node quotes the failing source line and a
// caret on stderr: the line must be the user's, not the instrumented one (no hook call shows).
// Model: node
// Expect-exit: 1
// Expect-stderr:     return a.b.c
// Expect-stderr: TypeError: Cannot read properties of undefined (reading 'c')
// Reject-stderr: .line(
// Reject-stderr: loopscope:
function f(a) {
  const unused = 1
  if (a) {
    return a.b.c
  }
}
f({});
