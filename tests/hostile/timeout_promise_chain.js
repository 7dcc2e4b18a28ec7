// Hostile: an endless promise-reaction chain (the microtask checkpoint never drains).
// Args: --checkpoint-limit 0
// Timeout: 2
// Expect-exit: 5
// Expect-stderr: timed out
// Reject-stderr: Uncaught
function spin() { return Promise.resolve().then(spin); }
spin();
