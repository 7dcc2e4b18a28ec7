let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'rounds', rounds);
  if (rounds < 2) {
    rounds += 1;
    setImmediate(() => console.log('work scheduled from beforeExit', rounds));
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
