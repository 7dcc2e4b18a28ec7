// Oracle-server: http
// Puzzle: response.json() on a body that is not valid JSON rejects with V8's SyntaxError (here the
// file ends in the middle of an array: "Unexpected end of JSON input"); the response itself was fine.
const log = (s) => console.log(s);
fetch('fetch_files/truncated.json')
  .then((r) => { log('status ' + r.status + ', ok ' + r.ok); return r.json(); })
  .then((data) => log('parsed? ' + data), (e) => log(e.name + ': ' + e.message));
// (Not an empty body: Chromium then sometimes words it "Failed to execute 'json' on 'Response':
// Unexpected end of JSON input", depending on when it learns the body is empty. Other malformed
// JSON gets V8 12's newer wording, which V8 10.2 does not have: "Expected property name…".)
