// Puzzle: MessageChannel messages are tasks too — how do they interleave with 0 ms timers?
const channel = new MessageChannel();
channel.port1.onmessage = function onMessage(event) {
  console.log('message', event.data.n);
  Promise.resolve().then(() => console.log('microtask after message', event.data.n));
};
setTimeout(() => console.log('timeout 1'), 0);
channel.port2.postMessage({ n: 1 });
channel.port2.postMessage({ n: 2 });
setTimeout(() => console.log('timeout 2'), 0);
channel.port2.postMessage({ n: 3 });
Promise.resolve().then(() => console.log('promise'));
console.log('sync end');
