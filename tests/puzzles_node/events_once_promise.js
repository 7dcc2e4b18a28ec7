const { EventEmitter, once } = require('events');
const emitter = new EventEmitter();
async function waitForReady() {
  const [value] = await once(emitter, 'ready');
  console.log('once resolved with', value);
}
waitForReady();
emitter.on('ready', (value) => console.log('listener got', value));
setImmediate(() => {
  console.log('emitting');
  emitter.emit('ready', 42);
  console.log('emit returned');
});
