setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate C (next check phase)'));
  process.nextTick(() => console.log('tick after A'));
});
setImmediate(() => {
  console.log('immediate B');
  Promise.resolve().then(() => console.log('promise after B'));
});
