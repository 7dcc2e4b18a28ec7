// Oracle-server: http
// Puzzle: aborting after the response came — the fetch promise has settled and stays fulfilled,
// but a body not yet read is errored with the reason (Fetch 7.2 "abort the fetch() call" step 4):
// text() then rejects with it. A body read before the abort is unaffected.
const log = (s) => console.log(s);
const controller = new AbortController();
let unread;
fetch('fetch_files/greeting.txt', { signal: controller.signal }).then((r) => { unread = r; log('first response ' + r.status); });
setTimeout(() => {
  fetch('fetch_files/data.json', { signal: controller.signal })
    .then((r) => r.json())
    .then((data) => log('second read before the abort: ' + data.name));
}, 150);
setTimeout(() => {
  controller.abort(new Error('stopped by the user'));
  log('aborted; bodyUsed ' + unread.bodyUsed);
  unread.text().then((t) => log('text ' + t), (e) => log('text() rejected: ' + e.message));
}, 300);
