// Uncaught errors from a timer and an unhandled rejection.
setTimeout(function willThrow() { throw new Error('timer error') }, 0);
setTimeout(() => console.log('still running'), 50);
async function rejects() { throw new Error('nobody catches me') }
rejects();
console.log('sync done');
