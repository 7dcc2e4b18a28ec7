// Hostile: WebAssembly memory grown and touched page by page past the budget (wasm memory does not
// go through the ArrayBuffer allocator; the resident-memory samples see it).
// Budget-mb: 512
// Expect-exit: 6
// Expect-stderr: memory budget of 512 MB
const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
for (let pages = 1; pages < 60000; pages += 256) {
  memory.grow(256);
  new Uint8Array(memory.buffer).fill(7, pages * 65536);
}
console.log('never: grew to', memory.buffer.byteLength);
