// Puzzle: scheduler.postTask priorities against timers and messages. user-blocking tasks jump
// ahead of everything; user-visible ones share one FIFO with setTimeout(0) and postMessage;
// background ones wait until nothing else is queued.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 0 (first)'), 0);
scheduler.postTask(() => log('background 1'), { priority: 'background' });
scheduler.postTask(() => log('user-visible 1 (default)'));
scheduler.postTask(() => log('user-blocking 1'), { priority: 'user-blocking' });
window.onmessage = (event) => log('message ' + event.data);
window.postMessage('m1', '*');
const channel = new MessageChannel();
channel.port1.onmessage = () => log('port message');
channel.port2.postMessage(1);
scheduler.postTask(() => log('background 2'), { priority: 'background' });
scheduler.postTask(() => log('user-visible 2'), { priority: 'user-visible' });
scheduler.postTask(() => log('user-blocking 2'), { priority: 'user-blocking' });
setTimeout(() => log('timeout 0 (last)'), 0);
Promise.resolve().then(() => log('microtask'));
log('sync');
