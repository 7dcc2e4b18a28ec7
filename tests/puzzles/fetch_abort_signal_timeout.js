// Oracle-server: http
// Puzzle: AbortSignal.timeout(ms) — a timer aborts the signal with a TimeoutError DOMException
// ("signal timed out"); a request still in flight rejects with it (DOM 3.1.3.1, Fetch 7.2).
// A request that answers in time is not affected.
const log = (s) => console.log(s);
fetch('delay/700', { signal: AbortSignal.timeout(250) }).then(
  () => log('slow request answered?'),
  (e) => log('slow request: ' + e.name + ': ' + e.message + ' (code ' + e.code + ')'));
fetch('fetch_files/data.json', { signal: AbortSignal.timeout(250) }).then((r) => log('fast request: ' + r.status));
setTimeout(() => log('timeout 500'), 500);
setTimeout(() => log('timeout 1000'), 1000);
