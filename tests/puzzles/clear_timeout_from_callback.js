// Puzzle: clearTimeout from another callback removes a timer even when it is already due.
const doomed = setTimeout(function doomedTimer() { console.log('doomed timer ran (should not)'); }, 10);
const late = setTimeout(function lateTimer() { console.log('late timer ran (should not)'); }, 100);

setTimeout(function killer() {
  console.log('killer clears the doomed timer');
  clearTimeout(doomed);
}, 0);

Promise.resolve().then(function () {
  setTimeout(function clearsLate() {
    console.log('clearsLate clears the 100 ms timer');
    clearTimeout(late);
    clearTimeout(12345);
    clearTimeout(undefined);
  }, 50);
});

setTimeout(function survivor() { console.log('survivor at 200 ms'); }, 200);
