// Puzzle: scheduler.yield() resumes in a continuation just above the tasks of its priority, and
// inherits the priority of the postTask callback it is called in. Tasks posted from a task keep
// their own priority.
const log = (s) => console.log(s);
setTimeout(() => log('timeout A'), 0);
scheduler.postTask(async () => {
  log('user-blocking task');
  setTimeout(() => log('timeout from user-blocking'), 0);
  scheduler.postTask(() => log('user-visible from user-blocking'));
  scheduler.postTask(() => log('background from user-blocking'), { priority: 'background' });
  await scheduler.yield();
  log('user-blocking after yield');
}, { priority: 'user-blocking' });
scheduler.postTask(() => {
  log('user-visible task');
  const resumed = scheduler.yield();
  setTimeout(() => log('timeout from user-visible'), 0);
  resumed.then(() => log('user-visible after yield'));
});
scheduler.postTask(() => {
  log('background task');
  scheduler.yield().then(() => log('background after yield'));
  scheduler.postTask(() => log('background 2'), { priority: 'background' });
}, { priority: 'background' });
(async () => {
  log('top level before yield');
  await scheduler.yield();
  log('top level after yield');
})();
