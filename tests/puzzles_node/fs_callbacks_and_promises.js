const fs = require('fs');
const fsp = require('fs/promises');
fs.readFile(__filename, 'utf8', async (error, text) => {
  console.log('callback read', text.startsWith('const fs'));
  setImmediate(() => console.log('immediate after the callback read'));
  process.nextTick(() => console.log('nextTick in the read callback'));
  const again = await fsp.readFile(__filename, 'utf8');
  console.log('fs/promises read', again === text);
  setImmediate(() => console.log('immediate after the promise read'));
});
console.log('read started');
