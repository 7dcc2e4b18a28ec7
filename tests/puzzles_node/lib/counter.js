// A module the puzzles require: its top level runs once, at the first require.
console.log('counter module loaded');
let count = 0;
exports.increment = function increment() {
  count += 1;
  return count;
};
process.nextTick(function tickFromModule() {
  console.log('nextTick queued while the module loaded');
});
