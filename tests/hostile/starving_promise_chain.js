// Hostile: an endless promise-reaction chain started from a timer; the checkpoint after that task
// is stopped at the limit and the next task still runs.
// Timeout: 10
// Expect-stderr: a microtask checkpoint ran for more than 1 s
// Reject-stderr: Uncaught
// Expect-stdout: spinning
// Expect-stdout: the next timer ran
function spin() { return Promise.resolve().then(spin); }
setTimeout(() => { console.log('spinning'); spin(); }, 0);
setTimeout(() => console.log('the next timer ran'), 1);
