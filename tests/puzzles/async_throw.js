// Puzzle: an async function that throws rejects its promise; try/catch around await catches a
// rejection one tick after it is observed.
async function fails() {
  console.log('fails runs synchronously');
  throw new Error('async boom');
}
async function catches() {
  try {
    await fails();
    console.log('never');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally in catches');
  }
  return 'catches done';
}
catches().then(function (v) { console.log(v); });
fails().catch(function (e) { console.log('catch handler', e.message); });
Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); });
console.log('sync end');
