// stopPropagation ends the path after the current target's listeners; stopImmediatePropagation
// also skips the rest of the current target's listeners; both reset for the next dispatch.
document.body.innerHTML = '<div id="outer"><button id="btn">go</button></div>';
const outer = document.getElementById('outer');
const btn = document.getElementById('btn');
let mode = 'none';
outer.addEventListener('tap', () => console.log('outer capture'), true);
outer.addEventListener('tap', () => console.log('outer bubble'));
btn.addEventListener('tap', (e) => {
  console.log('btn 1');
  if (mode === 'stop') e.stopPropagation();
  if (mode === 'immediate') e.stopImmediatePropagation();
});
btn.addEventListener('tap', () => console.log('btn 2'));
for (mode of ['none', 'stop', 'immediate', 'none']) {
  console.log('--', mode);
  btn.dispatchEvent(new Event('tap', { bubbles: true }));
}
const early = new Event('tap', { bubbles: true });
early.stopPropagation();
console.log('-- stopped before dispatch');
btn.dispatchEvent(early);
console.log('done');
