// Oracle-server: http
// Puzzle: aborting a request in flight — abort() runs the signal's abort algorithms (fetch rejects
// its promise with the reason) and then fires `abort` synchronously; the rejection handler is a
// microtask, so it runs after abort() returns, before the next timer. The response never comes.
const log = (s) => console.log(s);
const controller = new AbortController();
controller.signal.addEventListener('abort', () => log('abort event, aborted = ' + controller.signal.aborted));
fetch('delay/600', { signal: controller.signal }).then(
  () => log('response?'),
  (e) => log('rejected: ' + e.name + ': ' + e.message));
setTimeout(() => {
  log('timeout 200: abort()');
  controller.abort();
  log('abort() returned');
}, 200);
setTimeout(() => log('timeout 400'), 400);
setTimeout(() => log('timeout 900'), 900);
