const timer = setTimeout(() => console.log('never: cleared timeout'), 50);
const immediate = setImmediate(() => console.log('never: cleared immediate'));
setImmediate(() => {
  console.log('immediate that clears the 50 ms timer');
  clearTimeout(timer);
  const interval = setInterval(() => {
    console.log('interval once');
    clearInterval(interval);
    setImmediate(() => console.log('immediate after the interval'));
  }, 5);
});
clearImmediate(immediate);
console.log('sync end');
