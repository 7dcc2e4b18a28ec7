// Puzzle: a 0 ms timer set after a long loop runs before a 5 ms timer set before the loop — in
// Chromium a 0 ms timer is queued at once, while a delayed timer only joins the queue when the
// loop is over, however long the loop took.
setTimeout(function setBefore() { console.log('5 ms timer, set before the loop'); }, 5);

let total = 0;
for (let i = 0; i < 20000000; i++) total += i & 3;
console.log('loop done', total);

setTimeout(function setAfter() { console.log('0 ms timer, set after the loop'); }, 0);
