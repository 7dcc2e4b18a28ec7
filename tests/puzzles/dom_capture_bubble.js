// Dispatch order along the tree: capture listeners from the window down to the target's parent,
// the target's own listeners (capture first, then the others, each in registration order), then
// bubbling back up to the window.
document.body.innerHTML = '<section id="a"><div id="b"><span id="c">x</span></div></section>';
const names = (t) => (t === window ? 'window' : t === document ? 'document' : t.id || t.nodeName);
for (const target of [window, document, document.documentElement, document.body, a, b, c]) {
  target.addEventListener('ping', (e) => console.log('capture', names(e.currentTarget), e.eventPhase), true);
  target.addEventListener('ping', (e) => console.log('bubble', names(e.currentTarget), e.eventPhase));
}
c.addEventListener('ping', () => console.log('target, added last, non-capture'));
c.addEventListener('ping', () => console.log('target, added last, capture'), { capture: true });
const ok = c.dispatchEvent(new Event('ping', { bubbles: true }));
console.log('dispatchEvent returned', ok);
console.log('non-bubbling:');
c.dispatchEvent(new Event('ping'));
