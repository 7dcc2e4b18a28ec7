// Title: Node: process.nextTick before promises
// Watch: Node drains the whole nextTick queue before it runs any promise job, and does it again after every callback — even ticks queued from inside a promise job run before the next promise job.
// Model: node
console.log('main: start');

Promise.resolve().then(function promiseOne() {
  console.log('promise 1');
  process.nextTick(function tickFromPromise() {
    console.log('nextTick queued by promise 1');
  });
});
Promise.resolve().then(function promiseTwo() {
  console.log('promise 2');
});

process.nextTick(function tickOne() {
  console.log('nextTick 1');
});
process.nextTick(function tickTwo() {
  console.log('nextTick 2');
});

console.log('main: end');
