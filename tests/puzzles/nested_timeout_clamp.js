// Puzzle: nested 0 ms timers are clamped to 4 ms once the timer nesting level passes 5, so a
// 10 ms timer set beside the chain overtakes it. (The chain starts inside a timer, which is
// nesting level 1 itself.)
let level = 0;
function link() {
  level += 1;
  console.log('link', level);
  if (level < 10) setTimeout(link, 0);
}
setTimeout(function start() {
  console.log('start (a timer: nesting level 1)');
  setTimeout(link, 0);
  setTimeout(function tenMs() { console.log('10 ms timer'); }, 10);
}, 50);
