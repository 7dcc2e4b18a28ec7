// Title: Returning a promise from then costs extra ticks
// Watch: chain A returns a promise from its first handler; adopting it takes two extra microtask ticks, so chain B overtakes it.
Promise.resolve()
  .then(function a1() {
    console.log('A1 returns a promise');
    return Promise.resolve('x');
  })
  .then(function a2(value) {
    console.log('A2 got', value);
  });

Promise.resolve()
  .then(function b1() {
    console.log('B1');
  })
  .then(function b2() {
    console.log('B2');
  })
  .then(function b3() {
    console.log('B3');
  })
  .then(function b4() {
    console.log('B4');
  });
