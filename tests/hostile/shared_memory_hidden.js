// Hostile: Atomics.wait on shared memory would block the loop on the wall clock. A page that is not
// cross-origin isolated has no SharedArrayBuffer, so the attempt fails at once, as in Chromium.
// Oracle: chromium
console.log(typeof SharedArrayBuffer, typeof Atomics, crossOriginIsolated);
try {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0, 10000);
  console.log('never: waited');
} catch (e) {
  console.log(e.name);
}
try {
  Atomics.wait(new Int32Array(4), 0, 0, 10000);
} catch (e) {
  console.log('non-shared:', e.name);
}
