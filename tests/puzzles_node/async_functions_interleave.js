async function one() {
  console.log('one start');
  await two();
  console.log('one after await two');
}
async function two() {
  console.log('two');
}
async function three() {
  console.log('three start');
  await new Promise((resolve) => setImmediate(resolve));
  console.log('three after immediate');
}
one();
three();
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
