// Title: Node: beforeExit, exit and the exit code
// Watch: when nothing keeps the loop alive Node emits 'beforeExit' — a listener may schedule more work and the loop runs again; then 'exit' runs synchronously and process.exitCode becomes the status.
// Model: node
let extraRounds = 0;

process.on('beforeExit', function onBeforeExit(code) {
  console.log('beforeExit, exit code so far: ' + code);
  if (extraRounds < 1) {
    extraRounds += 1;
    setTimeout(function oneMoreRound() {
      console.log('one more round of the loop');
      process.exitCode = 3;
    }, 1);
  }
});
process.on('exit', function onExit(code) {
  console.log('exit with code ' + code);
  setTimeout(function never() {
    console.log('never printed: the loop does not run after exit');
  }, 0);
});

console.log('main module done');
