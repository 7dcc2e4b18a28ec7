// Hostile: asynchronous WebAssembly compilation, which V8 finishes on its worker threads and
// reports through a platform task; every promise must settle (the output was silently lost).
// What headless Chromium printed in five oracle runs (there is no chromium.* check: under virtual
// time Chromium may spend its budget while the worker compiles, and cut the output):
// Expect-stdout: compiled answer
// Expect-stdout: instantiated 42
// Expect-stdout: instantiated from the module 42
// Expect-stdout: bad bytes: CompileError
// The module: (module (func (export "answer") (result i32) i32.const 42))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 10, 1, 6, 97, 110,
  115, 119, 101, 114, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11]);
(async () => {
  const module = await WebAssembly.compile(bytes);
  console.log('compiled', WebAssembly.Module.exports(module)[0].name);
  const { instance } = await WebAssembly.instantiate(bytes);
  console.log('instantiated', instance.exports.answer());
  const again = await WebAssembly.instantiate(module);
  console.log('instantiated from the module', again.exports.answer());
  try {
    await WebAssembly.compile(new Uint8Array([1, 2, 3]));
  } catch (e) {
    console.log('bad bytes:', e.name);
  }
})();
