// Puzzle: timers with the same delay run in the order they were set, even when one is set from a
// microtask; a timer set from another timer is measured from when it was set, not from the start.
setTimeout(function a() { console.log('a: 50 ms'); }, 50);
setTimeout(function b() { console.log('b: 50 ms'); }, 50);
Promise.resolve().then(function () {
  setTimeout(function c() { console.log('c: 50 ms, set from a microtask'); }, 50);
});
setTimeout(function d() { console.log('d: 50 ms'); }, 50);
setTimeout(function e() {
  console.log('e: 100 ms sets f for 100 ms later');
  setTimeout(function f() { console.log('f: due at 200 ms'); }, 100);
}, 100);
setTimeout(function g() { console.log('g: 250 ms, set at the start'); }, 250);
setTimeout(function h() { console.log('h: 150 ms, set at the start'); }, 150);
