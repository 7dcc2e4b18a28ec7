// Hostile: ten million timers, each with its own closure and host-side entry.
// Budget-mb: 384
// Timeout: 20
// Expect-exit: 6
// Expect-stderr: memory budget of 384 MB
for (let i = 0; i < 10000000; ++i) {
  const payload = { i };
  setTimeout(() => payload.i, 100000 + i);
}
console.log('never: all set');
