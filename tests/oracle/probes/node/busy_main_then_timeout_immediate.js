setTimeout(() => console.log('t1'), 1);
const start = Date.now(); while (Date.now() - start < 10) {}
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('t0'), 0);
