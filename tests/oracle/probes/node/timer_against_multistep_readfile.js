const fs = require('fs');
setTimeout(() => console.log('timeout 2ms'), 2);
fs.readFile(__filename, () => {
  const start = Date.now(); while (Date.now() - start < 5) {}
  setImmediate(() => console.log('immediate from io'));
  console.log('io done after 5ms busy');
});
