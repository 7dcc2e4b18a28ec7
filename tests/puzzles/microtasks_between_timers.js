// Puzzle: the microtask queue is drained after each timer, even for timers due at the same time.
function timer(label) {
  return function () {
    console.log('timer', label);
    Promise.resolve()
      .then(function () { console.log('  micro', label, '1'); })
      .then(function () { console.log('  micro', label, '2'); });
    queueMicrotask(function () { console.log('  queued', label); });
  };
}
setTimeout(timer('A'), 10);
setTimeout(timer('B'), 10);
setTimeout(timer('C'), 10);
