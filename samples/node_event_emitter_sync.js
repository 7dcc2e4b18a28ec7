// Title: Node: EventEmitter's emit is synchronous
// Watch: emit calls every listener at once, on the same stack, in registration order — no queue is involved; only the setImmediate inside a listener waits for the loop.
// Model: node
const EventEmitter = require('events');

const door = new EventEmitter();
door.on('open', function firstListener(who) {
  console.log('listener 1: ' + who + ' opened the door');
});
door.on('open', function secondListener(who) {
  console.log('listener 2: greeting ' + who);
  setImmediate(function later() {
    console.log('listener 2, later: the door is closed again');
  });
});

console.log('before emit');
door.emit('open', 'Ada');
console.log('after emit');
