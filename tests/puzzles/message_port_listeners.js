// Puzzle: two message listeners on one port, a port started late, and a reply from a handler.
const { port1, port2 } = new MessageChannel();
port2.postMessage('early');  // port1 is not started yet: the message waits
port1.addEventListener('message', (e) => {
  console.log('listener A', e.data);
  queueMicrotask(() => console.log('microtask from A', e.data));
});
port1.addEventListener('message', (e) => console.log('listener B', e.data));
setTimeout(() => {
  console.log('timeout starts the port');
  port1.start();
  port2.postMessage('late');
}, 5);
port2.onmessage = (e) => console.log('port2 got', e.data);
port1.postMessage('to port2');
setTimeout(() => console.log('timeout 0'), 0);
