// Oracle-server: http
// Puzzle: an HTTP error is still a response — fetch() resolves for 404 and 500, with ok = false
// and the status text; only a network error rejects. Fetch 7.2 step 12.3, 6.4 Response.ok.
const log = (s) => console.log(s);
fetch('fetch_files/missing.json').then((r) => log('missing: ' + r.status + ' ' + r.ok + ' ' + r.statusText));
setTimeout(() => {
  fetch('status/500')
    .then((r) => { log('status/500: ' + r.status + ' ' + r.ok + ' ' + r.statusText); return r.text(); })
    .then((body) => log('500 body: ' + body));
}, 200);
setTimeout(() => {
  fetch('status/201').then((r) => log('status/201: ' + r.status + ' ' + r.ok + ' ' + r.statusText));
}, 400);
setTimeout(() => {
  fetch('fetch_files/data.json').then((r) => log('data.json: ' + r.status + ' ' + r.ok + ' ' + r.statusText),
                                      (e) => log('rejected? ' + e));
}, 600);
