// Hostile: a microtask that queues itself forever starves the loop (Chromium hangs the tab).
// After the checkpoint limit (1 s) the checkpoint is stopped with a message, the queued jobs are
// dropped, and the loop goes on: timers, later microtasks and the end of the run still come.
// Timeout: 10
// Expect-stderr: a microtask checkpoint ran for more than 1 s
// Reject-stderr: Uncaught
// Expect-stdout: start
// Expect-stdout: timer after the starved checkpoint
// Expect-stdout: the chain had run: true
// Expect-stdout: microtasks still work
console.log('start');
setTimeout(() => console.log('timer after the starved checkpoint'), 0);
let runs = 0;
function again() { runs++; queueMicrotask(again); }
again();
setTimeout(() => {
  console.log('the chain had run:', runs > 1000);
  Promise.resolve().then(() => console.log('microtasks still work'));
}, 5);
