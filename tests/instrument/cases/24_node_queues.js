// Node's queues: nextTick before promise jobs; setImmediate before timers inside an I/O-less timer callback.
setTimeout(function outerTimer() {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('in timer');
}, 0);
process.nextTick(() => console.log('tick 0'));
Promise.resolve().then(() => { console.log('promise 0'); process.nextTick(() => console.log('tick from promise')) });
(async () => { await null; console.log('async after await') })();
