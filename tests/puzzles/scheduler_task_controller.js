// Puzzle: TaskController — a signal's tasks change priority together (setPriority fires
// prioritychange at once), abort() rejects the tasks still waiting and fires abort.
const log = (s) => console.log(s);
const controller = new TaskController({ priority: 'background' });
log('signal priority ' + controller.signal.priority + ', aborted ' + controller.signal.aborted);
controller.signal.addEventListener('prioritychange', (e) => log('prioritychange ' + e.previousPriority + ' -> ' + controller.signal.priority));
controller.signal.onabort = () => log('abort event');
scheduler.postTask(() => log('A (signal)'), { signal: controller.signal });
scheduler.postTask(() => log('B user-visible'));
scheduler.postTask(() => log('C (signal)'), { signal: controller.signal });
scheduler.postTask(() => log('D (signal, fixed background)'), { signal: controller.signal, priority: 'background' })
  .catch((e) => log('D rejected: ' + e.name));
setTimeout(() => {
  log('timeout');
  controller.setPriority('user-blocking');
  scheduler.postTask(() => log('E user-visible'));
  scheduler.postTask(() => log('F (signal)'), { signal: controller.signal }).then(() => {
    log('F done, aborting');
    controller.abort();
  });
  scheduler.postTask(() => log('G (signal)'), { signal: controller.signal })
    .catch((e) => log('G rejected: ' + e.name + ': ' + e.message + ' (code ' + e.code + ')'));
}, 0);
scheduler.postTask(() => log('H user-visible'));
