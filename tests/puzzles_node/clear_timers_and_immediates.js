const timer = setTimeout(() => console.log('never: cleared timeout'), 2000);  // long enough that no loaded machine reaches it before the check phase
const immediate = setImmediate(() => console.log('never: cleared immediate'));
setImmediate(() => {
  console.log('immediate that clears the 2 s timer');
  clearTimeout(timer);
  const interval = setInterval(() => {
    console.log('interval once');
    clearInterval(interval);
    setImmediate(() => console.log('immediate after the interval'));
  }, 5);
});
clearImmediate(immediate);
console.log('sync end');
