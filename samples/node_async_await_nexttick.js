// Title: Node: async/await with nextTick
// Watch: every await resumes in a promise job, so a nextTick queued before it (or by the awaited work) runs first.
// Model: node
async function worker(name) {
  console.log(name + ': started');
  await null;
  console.log(name + ': after first await');
  process.nextTick(function tickInWorker() {
    console.log(name + ': nextTick from inside');
  });
  await null;
  console.log(name + ': after second await');
}

worker('A');
process.nextTick(function tickFromMain() {
  console.log('main: nextTick');
});
worker('B');
console.log('main: end');
