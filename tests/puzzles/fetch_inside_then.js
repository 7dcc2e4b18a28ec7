// Oracle-server: http
// Puzzle: a fetch started inside a then() — the second request is sent only when the first
// response's reaction runs, so its latency counts from there; timers set at the start interleave.
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => { log('then: first fetch'); return fetch('delay/300'); })
  .then((r) => { log('first response ' + r.status + ': second fetch'); return fetch('delay/300'); })
  .then((r) => r.json())
  .then((body) => log('second body: delay ' + body.delay));
setTimeout(() => log('timeout 450'), 450);
setTimeout(() => log('timeout 850'), 850);
log('script end');
