process.on('exit', (code) => console.log('exit', code));
async function fails() {
  await null;
  throw new Error('rejected');
}
fails();
Promise.resolve().then(() => console.log('a microtask before the rejection is reported'));
setTimeout(() => console.log('never: the process ends first'), 10);
