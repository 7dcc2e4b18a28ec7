// Hostile: array buffers far past the memory budget, never touched (the kernel commits nothing,
// only the counting allocator can see them).
// Budget-mb: 512
// Expect-exit: 6
// Expect-stderr: memory budget of 512 MB
// Reject-stderr: RangeError
// Expect-stdout: allocating
console.log('allocating');
const keep = [];
for (let i = 0; i < 1000; ++i) keep.push(new ArrayBuffer(64 * 1024 * 1024));
console.log('never: allocated', keep.length);
