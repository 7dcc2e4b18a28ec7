let ticks = 0;
const interval = setInterval(() => {
  ticks += 1;
  console.log('interval', ticks);
  setImmediate(() => console.log('  immediate after interval', ticks));
  if (ticks === 3) clearInterval(interval);
}, 20);
