// Puzzle: then on an already-settled promise queues its job at once; then on a pending one
// waits, and jobs run in registration order when it settles.
let resolvePending;
const pending = new Promise(function (resolve) { resolvePending = resolve; });
const settled = Promise.resolve('settled');

pending.then(function p1() { console.log('pending 1'); });
settled.then(function s1() { console.log('settled 1'); });
pending.then(function p2() { console.log('pending 2'); });
settled.then(function s2() { console.log('settled 2'); });

console.log('resolving pending now');
resolvePending('done');
settled.then(function s3() { console.log('settled 3 (attached after resolve)'); });
pending.then(function p3() { console.log('pending 3 (attached after resolve)'); });
console.log('sync end');
