// Puzzle: two chains whose handlers start nested chains; every then handler is one microtask.
Promise.resolve()
  .then(function a1() {
    console.log('a1');
    Promise.resolve()
      .then(function a1x() { console.log('a1x'); })
      .then(function a1y() { console.log('a1y'); });
  })
  .then(function a2() { console.log('a2'); })
  .then(function a3() { console.log('a3'); });

Promise.resolve()
  .then(function b1() { console.log('b1'); })
  .then(function b2() {
    console.log('b2');
    Promise.resolve().then(function b2x() { console.log('b2x'); });
  })
  .then(function b3() { console.log('b3'); });

console.log('sync');
