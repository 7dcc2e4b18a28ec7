// Puzzle: many thens on one promise run in registration order; their children interleave.
const root = Promise.resolve();
root.then(function () { console.log('1'); }).then(function () { console.log('1.1'); });
root.then(function () { console.log('2'); }).then(function () { console.log('2.1'); }).then(function () { console.log('2.2'); });
root.then(function () { console.log('3'); return Promise.resolve(); }).then(function () { console.log('3.1 (after adopting)'); });
root.then(function () { console.log('4'); });
