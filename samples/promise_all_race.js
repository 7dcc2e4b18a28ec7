// Title: Promise.all and Promise.race
// Watch: race settles with the first timer to fire; all waits for the slowest and keeps the input order, not the finishing order.
function after(ms, label) {
  return new Promise(function executor(resolve) {
    setTimeout(function fire() {
      console.log('timer', label, 'fires');
      resolve(label);
    }, ms);
  });
}

Promise.all([after(300, 'slow'), after(100, 'fast'), 'plain value']).then(function allDone(values) {
  console.log('all:', values.join(', '));
});

Promise.race([after(200, 'medium'), after(50, 'quick')]).then(function raceDone(winner) {
  console.log('race winner:', winner);
});

console.log('waiting');
