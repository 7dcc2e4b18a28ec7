const { setTimeout: sleep, setImmediate: nextImmediate } = require('timers/promises');
async function main() {
  console.log('start');
  const value = await sleep(5, 'slept');
  console.log(value);
  const again = await nextImmediate('immediate value');
  console.log(again);
  process.nextTick(() => console.log('tick before the next await resumes'));
  await null;
  console.log('end');
}
main();
