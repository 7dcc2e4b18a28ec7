// Hostile: an endless queueMicrotask chain doing real work in each job; the termination must stay
// a termination (no "Uncaught null", no job after the stop).
// (The checkpoint limit is off, so that the timeout is what ends it.)
// Args: --checkpoint-limit 0
// Timeout: 3
// Expect-exit: 5
// Expect-stderr: timed out
// Reject-stderr: Uncaught
// Expect-stdout: chain started
console.log('chain started');
function again() {
  queueMicrotask(again);
  for (let i = 0; i < 20000; i++);
}
again();
