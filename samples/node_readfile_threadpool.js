// Title: Node: fs.readFile on the thread pool
// Watch: the main module finishes and the loop starts while libuv's thread pool opens, reads and closes the file; each step's result comes back as an I/O callback in the poll phase.
// Model: node
const fs = require('fs');

console.log('asking the thread pool to read this file');
fs.readFile(__filename, 'utf8', function onFileRead(error, text) {
  if (error) throw error;
  const firstLine = text.split('\n')[0];
  console.log('read: ' + firstLine);
});
setImmediate(function meanwhile() {
  console.log('an immediate ran while the read was in flight');
});
console.log('main module done');
