process.on('exit', (code) => console.log('exit listener', code));
setImmediate(() => {
  console.log('immediate');
  Promise.resolve().then(() => console.log('never: exit does not drain microtasks'));
  process.exit(9);
  console.log('never: after process.exit');
});
setTimeout(() => console.log('never: timer after exit'), 1000);  // far enough that a slow start cannot make it due first
