// Hostile: a synchronous infinite loop; --timeout stops it and the run ends (exit 5).
// Expect-exit: 5
// Expect-stderr: timed out
// Expect-stdout: before the loop
console.log('before the loop');
setTimeout(() => console.log('never: a task after the stop'), 0);
while (true) {}
