// Generators driven by a coroutine runner; errors thrown into them.
function run(genFn) {
  return new Promise((resolve, reject) => {
    const it = genFn();
    function step(method, arg) {
      let r;
      try { r = it[method](arg) } catch (e) { return reject(e) }
      if (r.done) return resolve(r.value);
      Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next');
  });
}
run(function* () {
  const a = yield Promise.resolve(1);
  let b;
  try { yield Promise.reject(new Error('bad')) } catch (e) { b = e.message }
  const c = yield* (function* () { return (yield 3) + 1 })();
  return [a, b, c].join();
}).then(v => console.log('coroutine', v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
