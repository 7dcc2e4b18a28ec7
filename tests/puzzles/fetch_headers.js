// Oracle-server: http
// Puzzle: Headers — names are case-insensitive and stored lower-case; iteration is sorted by name
// with repeated names combined by ", " (Fetch 5.2 "sort and combine"); a response's headers are
// immutable; get() of a missing name is null.
const log = (s) => console.log(s);
const headers = new Headers({ 'X-Zeta': '1', Accept: 'text/plain' });
headers.append('x-alpha', 'a');
headers.append('X-Alpha', 'b');
headers.set('accept', '  application/json  ');
log('get X-ALPHA: ' + headers.get('X-ALPHA'));
log('has x-zeta: ' + headers.has('x-zeta') + ', missing: ' + headers.get('x-missing'));
for (const [name, value] of headers) log('entry ' + name + ' = ' + value);
headers.delete('x-zeta');
log('keys ' + [...headers.keys()].join(','));
try { headers.append('bad name', 'x'); } catch (e) { log(e.name + ': ' + e.message); }
fetch('fetch_files/data.json').then((r) => {
  log('content-type: ' + r.headers.get('Content-Type'));
  log('content-length: ' + r.headers.get('content-length'));
  try { r.headers.set('x-mine', '1'); } catch (e) { log(e.name + ': ' + e.message); }
});
