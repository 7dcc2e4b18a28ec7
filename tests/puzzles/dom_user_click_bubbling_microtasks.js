// Click: #leaf
// A user's click on a nested element: pointerdown and mousedown in one task, pointerup, mouseup
// and click in the next; microtasks run after every listener of every target. (A timer set in
// mousedown is left out: whether it runs before the release depends on real time in Chromium.)
document.body.innerHTML = '<div id="root"><div id="mid"><div id="leaf"></div></div></div>';
const ids = ['root', 'mid', 'leaf'];
for (const id of ids) {
  const el = document.getElementById(id);
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.addEventListener(type, (e) => {
      console.log(type, 'at', id, 'trusted', e.isTrusted, 'phase', e.eventPhase);
      queueMicrotask(() => console.log('  microtask after', type, 'at', id));
    });
  }
}
document.addEventListener('click', (e) => console.log('document', e.target.id, e.constructor.name));
window.addEventListener('click', () => console.log('window'));
