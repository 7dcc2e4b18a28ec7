// Puzzle: a 1 ms interval is clamped to 4 ms from its 7th tick on, so a 9 ms timer lands
// between tick 6 and tick 7.
let ticks = 0;
const id = setInterval(function tick() {
  ticks += 1;
  console.log('tick', ticks);
  if (ticks === 8) clearInterval(id);
}, 1);
setTimeout(function nineMs() { console.log('9 ms timer'); }, 9);
