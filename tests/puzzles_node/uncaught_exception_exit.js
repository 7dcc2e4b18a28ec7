process.on('exit', (code) => console.log('exit', code));
setImmediate(() => console.log('never: the immediate after the throw'));
setTimeout(() => {
  console.log('about to throw');
  throw new Error('boom');
}, 0);
console.log('main done');
