const { Readable } = require('stream');
async function consume() {
  for await (const chunk of Readable.from(['x', 'y', 'z'])) {
    console.log('chunk', chunk);
  }
  console.log('stream ended');
}
consume().then(() => console.log('consume resolved'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
