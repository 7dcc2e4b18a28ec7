// Hostile: an uncaught error whose `stack` is a getter that never returns; the error report must
// not call it and the loop must go on to the next task.
// Oracle: chromium
// Expect-stderr: Uncaught Error: spin
const error = new Error('spin');
Object.defineProperty(error, 'stack', { get() { for (;;) {} } });
setTimeout(() => console.log('next task ran'), 0);
throw error;
