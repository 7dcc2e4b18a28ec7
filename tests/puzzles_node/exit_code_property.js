process.exitCode = 5;
setTimeout(() => {
  console.log('timer ran, exit code is', process.exitCode);
  process.exitCode = 7;
}, 1);
process.on('exit', (code) => console.log('exiting with', code));
