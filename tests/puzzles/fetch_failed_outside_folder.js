// Oracle-server: http
// Puzzle: a page can fetch its own folder only — a path that leaves it (`..`, an absolute path)
// is refused as a browser refuses a request: the promise rejects with `TypeError: Failed to fetch`
// (a network error, Fetch 7.2 step 12.3), never with a response.
const log = (s) => console.log(s);
fetch('../outside.txt').then(
  (r) => log('../outside.txt answered ' + r.status),
  (e) => log('../outside.txt: ' + e.name + ': ' + e.message + ' (TypeError: ' + (e instanceof TypeError) + ')'));
setTimeout(() => {
  fetch('/etc/hostname').then((r) => log('/etc/hostname answered ' + r.status), (e) => log('/etc/hostname: ' + e.message));
}, 250);
setTimeout(() => {
  fetch('fetch_files/../../secret.txt').catch((e) => log('fetch_files/../../secret.txt: ' + e.message));
}, 500);
setTimeout(() => log('timeout 750'), 750);
