// Title: Node: setImmediate vs setTimeout inside an I/O callback
// Watch: the readFile callback runs in the poll phase; the check phase (immediates) comes right after poll, while the timers phase only comes in the next loop iteration — so the immediate always wins here.
// Model: node
const fs = require('fs');

fs.readFile(__filename, function onRead() {
  console.log('readFile callback (poll phase)');
  setTimeout(function onTimeout() {
    console.log('setTimeout 0 (timers phase, next iteration)');
  }, 0);
  setImmediate(function onImmediate() {
    console.log('setImmediate (check phase, this iteration)');
  });
});
