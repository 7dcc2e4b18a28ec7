// Hostile: array buffers filled with data until the budget is reached.
// Budget-mb: 512
// Expect-exit: 6
// Expect-stderr: memory budget of 512 MB
const keep = [];
for (let i = 0; i < 100; ++i) keep.push(new Uint8Array(32 * 1024 * 1024).fill(i));
console.log('never: filled', keep.length);
