// Puzzle: an async generator driven by for await, racing a plain promise chain.
async function* numbers() {
  console.log('generator starts');
  yield 1;
  console.log('generator resumes after 1');
  yield 2;
  console.log('generator resumes after 2');
}

async function consume() {
  for await (const n of numbers()) {
    console.log('got', n);
  }
  console.log('for await done');
}

consume();
Promise.resolve()
  .then(function t1() { console.log('tick 1'); })
  .then(function t2() { console.log('tick 2'); })
  .then(function t3() { console.log('tick 3'); })
  .then(function t4() { console.log('tick 4'); })
  .then(function t5() { console.log('tick 5'); })
  .then(function t6() { console.log('tick 6'); });
console.log('sync end');
