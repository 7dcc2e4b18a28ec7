// Puzzle: postTask's `delay` — a delayed task joins its priority's queue when due, like a timer:
// due-time order first, then priority among what is queued.
const log = (s) => console.log(s);
scheduler.postTask(() => log('user-blocking, delay 2'), { priority: 'user-blocking', delay: 2 });
setTimeout(() => log('timeout 2'), 2);
scheduler.postTask(() => log('background, delay 1'), { priority: 'background', delay: 1 });
setTimeout(() => log('timeout 1'), 1);
scheduler.postTask(() => log('user-visible, delay 0'), { delay: 0 });
setTimeout(() => log('timeout 0'), 0);
scheduler.postTask(() => log('user-visible, delay 5'), { delay: 5 });
setTimeout(() => log('timeout 5'), 5);
scheduler.postTask(() => log('user-blocking, delay 5'), { priority: 'user-blocking', delay: 5 });
