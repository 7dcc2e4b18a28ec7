// Oracle-server: http
// Puzzle: fetching a real network address fails — Loopscope has no network, and the page's origin
// may not read another origin's response either (no CORS headers): `TypeError: Failed to fetch`.
// A scheme the browser does not fetch at all is refused at once, before any task runs.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 0'), 0);
fetch('ftp://example.com/file.txt').catch((e) => log('ftp: ' + e.name + ': ' + e.message));
Promise.resolve().then(() => log('microtask'));
fetch('http://example.com/').then(
  (r) => log('example.com answered ' + r.status),
  (e) => log('http://example.com/: ' + e.name + ': ' + e.message));
