// Hostile: 9 000 intervals of 2^31-1 ms (about 612 years of script time, more than a 64-bit
// nanosecond clock holds). The script clock must never wrap back to the start: Date.now() and
// performance.now() never decrease, and the run ends by itself once the interval is cleared.
// Timeout: 20
// Expect-stdout: fired 9000 times; clock went backwards 0 times; timestamps are numbers: true
const kMaxDelay = 2 ** 31 - 1;
let fired = 0;
let backwards = 0;
let lastDate = Date.now();
let lastPerf = performance.now();
let numbers = true;
const id = setInterval(() => {
  fired++;
  const date = Date.now();
  const perf = performance.now();
  if (date < lastDate || perf < lastPerf) backwards++;
  numbers = numbers && Number.isFinite(date) && Number.isFinite(perf);
  lastDate = date;
  lastPerf = perf;
  if (fired === 9000) {
    clearInterval(id);
    console.log(`fired ${fired} times; clock went backwards ${backwards} times; timestamps are numbers: ${numbers}`);
  }
}, kMaxDelay);
