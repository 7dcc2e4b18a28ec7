// Title: Resolving with a thenable
// Watch: a thenable's then method is not called synchronously: a hidden job calls it one tick later, and its resolve settles the promise a tick after that.
const thenable = {
  then: function thenMethod(resolve) {
    console.log('thenable.then called');
    resolve('from the thenable');
  },
};

Promise.resolve(thenable).then(function resolved(value) {
  console.log('resolved', value);
});

Promise.resolve()
  .then(function tick1() { console.log('tick 1'); })
  .then(function tick2() { console.log('tick 2'); })
  .then(function tick3() { console.log('tick 3'); });

console.log('script end');
