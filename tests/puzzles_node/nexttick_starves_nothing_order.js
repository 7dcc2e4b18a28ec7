let depth = 0;
function recurse() {
  depth += 1;
  if (depth < 5) process.nextTick(recurse);
  console.log('tick depth', depth);
}
process.nextTick(recurse);
Promise.resolve().then(() => console.log('promise waits for every tick'));
setImmediate(() => console.log('immediate last'));
