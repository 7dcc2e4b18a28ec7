// Hostile: a timeout so short that it lands while the instrumenter is still rewriting the script;
// the stop must end the run, never let the script run uninstrumented and unlimited.
// Timeout: 0.01
// Expect-exit: 5
// Expect-stderr: timed out
// Reject-stderr: instrumentation failed
while (true) {}
