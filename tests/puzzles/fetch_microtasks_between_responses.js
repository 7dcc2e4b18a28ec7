// Oracle-server: http
// Puzzle: every response is a task, and a microtask checkpoint follows every task — so the
// microtasks a response queues all run before the next response's callback, even when both
// responses are due close together.
const log = (s) => console.log(s);
for (const ms of [200, 450]) {
  fetch('delay/' + ms).then(() => {
    log('response ' + ms);
    Promise.resolve().then(() => log('  microtask of ' + ms)).then(() => log('  second microtask of ' + ms));
    setTimeout(() => log('  timer 0 of ' + ms), 0);
  });
}
