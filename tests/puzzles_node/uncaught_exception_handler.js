process.on('uncaughtException', (error, origin) => {
  console.log('handled:', error.message, origin);
});
setTimeout(() => {
  throw new Error('from a timer');
}, 0);
setTimeout(() => console.log('the loop went on'), 5);
throw new Error('from the main module');
