// Oracle-server: http
// Puzzle: a body can be read once — bodyUsed turns true at the first text()/json(), a second read
// rejects with "body stream already read"; clone() first to read twice. A 204's body is empty, and
// Chromium still counts reading it as a use. Fetch 6.3 "consume body", 6.4 Response.clone().
const log = (s) => console.log(s);
fetch('fetch_files/greeting.txt').then((r) => {
  const copy = r.clone();
  log('bodyUsed before: ' + r.bodyUsed);
  r.text().then((t) => log('first read: ' + t.trim()));
  log('bodyUsed after text(): ' + r.bodyUsed);
  r.text().catch((e) => log(e.name + ': ' + e.message));
  copy.arrayBuffer().then((b) => log('clone read ' + b.byteLength + ' bytes'));
  try { r.clone(); } catch (e) { log(e.name + ': ' + e.message); }
});
setTimeout(() => {
  fetch('status/204').then((r) => r.text().then((t) => log('204 text ' + JSON.stringify(t) + ', bodyUsed ' + r.bodyUsed)));
}, 300);
