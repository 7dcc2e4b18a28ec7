// el.click() dispatches an untrusted click synchronously (a PointerEvent that bubbles); a nested
// click() on the same element during its own click does nothing; the listener's microtasks wait
// for the script to end.
document.body.innerHTML = '<div id="box"><button id="b">b</button></div>';
const b = document.getElementById('b');
let depth = 0;
b.addEventListener('click', (e) => {
  console.log('click', e.constructor.name, e.isTrusted, e.bubbles, e.cancelable, e.target.id, 'depth', depth);
  Promise.resolve().then(() => console.log('microtask from the listener'));
  depth++;
  b.click();
  depth--;
});
document.getElementById('box').addEventListener('click', (e) => console.log('box sees', e.target.id, e.eventPhase));
window.addEventListener('click', () => console.log('window sees it'));
b.click();
console.log('script continues');
