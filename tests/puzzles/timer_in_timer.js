// Puzzle: timers set from inside timers are measured from when they are set, not from the start.
setTimeout(function a() {
  console.log('a at 100 sets b (+50) and c (+0)');
  setTimeout(function b() { console.log('b at 150'); }, 50);
  setTimeout(function c() { console.log('c at 100'); }, 0);
}, 100);
setTimeout(function d() { console.log('d at 120'); }, 120);
setTimeout(function e() {
  console.log('e at 30 sets f (+100)');
  setTimeout(function f() { console.log('f at 130'); }, 100);
}, 30);
setTimeout(function g() { console.log('g at 200'); }, 200);
