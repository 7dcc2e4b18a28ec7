// Oracle-server: http
// Puzzle: fetch() vs timers and microtasks — the response is a task on the networking task source:
// it comes after the script, its microtasks and a 0 ms timer (the request has to cross to the
// network service and back), and before a timer due later. Fetch 7.2 "the fetch method", HTML 8.1.7.3.
const log = (s) => console.log(s);
log('script start');
setTimeout(() => log('timeout 0'), 0);
setTimeout(() => log('timeout 250'), 250);
fetch('fetch_files/data.json').then((response) => {
  log('fetch resolved: ' + response.status);
  Promise.resolve().then(() => log('microtask after the response'));
});
Promise.resolve().then(() => log('microtask 1'));
queueMicrotask(() => log('microtask 2'));
log('script end');
