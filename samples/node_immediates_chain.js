// Title: Node: immediates scheduling immediates
// Watch: an immediate queued while the check phase runs does not run in that phase: it waits for the next loop iteration's check phase, while the immediates already queued run now.
// Model: node
let round = 0;

function nextRound() {
  round += 1;
  console.log('immediate, round ' + round);
  process.nextTick(function tickAfterRound() {
    console.log('  nextTick after round ' + round);
  });
  if (round < 3) setImmediate(nextRound);
}

setImmediate(function first() {
  console.log('first immediate');
  setImmediate(nextRound);
});
setImmediate(function second() {
  console.log('second immediate (same check phase as the first)');
});
