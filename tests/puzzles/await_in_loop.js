// Puzzle: await inside a for loop vs. a timer and a parallel chain.
function wait(ms, label) {
  return new Promise(function (resolve) {
    setTimeout(function () { resolve(label); }, ms);
  });
}

async function sequential() {
  for (const [ms, label] of [[30, 'first'], [10, 'second'], [20, 'third']]) {
    const got = await wait(ms, label);
    console.log('sequential got', got);
  }
  console.log('sequential done');
}

async function parallel() {
  const all = await Promise.all([wait(30, 'x'), wait(10, 'y'), wait(20, 'z')]);
  console.log('parallel got', all.join(' '));
}

sequential();
parallel();
setTimeout(function at45() { console.log('timer 45'); }, 45);
