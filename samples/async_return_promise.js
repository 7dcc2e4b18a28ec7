// Title: An async function that returns a promise
// Watch: returning a value settles the async function's promise at once; returning a promise has to adopt it first, which costs two more ticks.
async function returnsValue() {
  return 'a value';
}

async function returnsPromise() {
  return Promise.resolve('a promise');
}

returnsPromise().then(function gotPromise(v) {
  console.log('returned', v);
});

returnsValue().then(function gotValue(v) {
  console.log('returned', v);
});

Promise.resolve()
  .then(function tick1() { console.log('tick 1'); })
  .then(function tick2() { console.log('tick 2'); })
  .then(function tick3() { console.log('tick 3'); })
  .then(function tick4() { console.log('tick 4'); });
