// Title: setInterval and clearInterval
// Watch: the interval queues a task every 100 ms until clearInterval removes it; the 500 ms timer sees that no more ticks came.
let ticks = 0;

const id = setInterval(function tick() {
  ticks += 1;
  console.log('tick', ticks);
  if (ticks === 3) {
    clearInterval(id);
    console.log('interval cleared');
  }
}, 100);

setTimeout(function check() {
  console.log('after 500 ms, ticks =', ticks);
}, 500);

console.log('interval started');
