// Title: Node: setTimeout(0) vs setImmediate in the main module (a race)
// Watch: this order is NOT guaranteed: the timer is due after 1 ms, and whether 1 ms has passed when the loop first checks its timers depends on how fast the process started — run it twice in real node and the lines may swap.
// Model: node
// Nondeterministic: the main-module setTimeout(0) / setImmediate race (Node's documentation says so).
setTimeout(function viaTimeout() {
  console.log('setTimeout 0');
}, 0);
setImmediate(function viaImmediate() {
  console.log('setImmediate');
});
