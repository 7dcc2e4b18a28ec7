// Puzzle: a 0 ms timer set after a 1 ms timer still runs first in Chromium (0 is not raised to
// 1 ms, as node does); equal delays keep their order.
setTimeout(function one() { console.log('1 ms (set first)'); }, 1);
setTimeout(function zero() { console.log('0 ms (set second)'); }, 0);
setTimeout(function oneAgain() { console.log('1 ms (set third)'); }, 1);
setTimeout(function zeroAgain() { console.log('0 ms (set fourth)'); }, 0);
setTimeout(function two() { console.log('2 ms'); }, 2);
console.log('sync');
