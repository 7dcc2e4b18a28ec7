// Oracle-server: http
// Puzzle: a signal that is already aborted rejects fetch() at once (Fetch 7.2 step 5, "abort the
// fetch() call"): the promise is born rejected, so its handler runs in this checkpoint, in the
// order handlers were attached — with an AbortError DOMException, or the reason given to abort().
const log = (s) => console.log(s);
const controller = new AbortController();
controller.abort();
Promise.resolve().then(() => log('microtask before'));
fetch('fetch_files/data.json', { signal: controller.signal }).then(
  () => log('resolved?'),
  (e) => log(e.name + ': ' + e.message + ' | DOMException ' + (e instanceof DOMException) + ', code ' + e.code));
fetch('fetch_files/data.json', { signal: AbortSignal.abort('my reason') }).catch((e) => log('reason: ' + e));
Promise.resolve().then(() => log('microtask after'));
setTimeout(() => log('timeout 0'), 0);
