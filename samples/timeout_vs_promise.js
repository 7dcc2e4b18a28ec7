// Title: setTimeout(0) vs promises
// Watch: the promise callbacks run before the 0 ms timer, because the microtask queue is drained after every task.
console.log('script start');

setTimeout(function timeout() {
  console.log('setTimeout');
}, 0);

Promise.resolve()
  .then(function promise1() {
    console.log('promise 1');
  })
  .then(function promise2() {
    console.log('promise 2');
  });

console.log('script end');
