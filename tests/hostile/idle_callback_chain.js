// Hostile: a requestIdleCallback chain that re-registers itself forever. Each idle period ends at
// its deadline and callbacks requested during it wait for the next one (requestIdleCallback 5.2,
// 5.4), so the clock still reaches the timer and the frame; then the chain stops by itself.
// (Headless Chromium under virtual time runs no idle periods at all, so there is no oracle run.)
// Expect-stdout: frame ran
// Expect-stdout: timer ran after idle callbacks: true
let calls = 0;
let done = false;
function idle() {
  calls++;
  if (!done) requestIdleCallback(idle);
}
requestIdleCallback(idle);
setTimeout(() => { done = true; console.log('timer ran after idle callbacks:', calls > 0); }, 120);
requestAnimationFrame(() => console.log('frame ran'));
