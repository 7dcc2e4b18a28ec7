// Oracle-server: http
// Puzzle: what a response says about itself — status, ok, statusText, type "basic" (same origin),
// redirected, url (the file's address), and a constructed Response (type "default", no url).
const log = (s) => console.log(s);
fetch('fetch_files/data.json#section').then((r) => {
  log('status ' + r.status + ', ok ' + r.ok + ', statusText ' + r.statusText);
  log('type ' + r.type + ', redirected ' + r.redirected);
  log('url ends with /fetch_files/data.json: ' + r.url.endsWith('/fetch_files/data.json'));
  log('toString ' + Object.prototype.toString.call(r) + ' ' + Object.prototype.toString.call(r.headers));
});
const made = new Response('made here', { status: 202, statusText: 'Accepted', headers: { 'X-Made': 'yes' } });
log('constructed: ' + made.status + ' ' + made.ok + ' ' + made.statusText + ' ' + made.type + ' ' + JSON.stringify(made.url));
log('constructed headers: ' + made.headers.get('x-made') + ', ' + made.headers.get('content-type'));
made.text().then((t) => log('constructed text: ' + t));
