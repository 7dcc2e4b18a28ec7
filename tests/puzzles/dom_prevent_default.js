// dispatchEvent returns false when a listener called preventDefault on a cancelable event; on a
// non-cancelable event preventDefault does nothing; a handler attribute returning false cancels.
const el = document.createElement('p');
el.addEventListener('a', (e) => { e.preventDefault(); console.log('a: defaultPrevented', e.defaultPrevented, 'returnValue', e.returnValue); });
console.log('cancelable', el.dispatchEvent(new Event('a', { cancelable: true })));
console.log('not cancelable', el.dispatchEvent(new Event('a')));
el.onclick = () => false;
console.log('onclick returns false', el.dispatchEvent(new MouseEvent('click', { cancelable: true })));
el.onclick = null;
console.log('onclick removed', el.dispatchEvent(new MouseEvent('click', { cancelable: true })));
const custom = new CustomEvent('c', { detail: { n: 1 }, cancelable: true });
el.addEventListener('c', (e) => { console.log('detail', e.detail.n, e instanceof Event, e.isTrusted, e.target === el); e.preventDefault(); });
console.log('custom', el.dispatchEvent(custom), custom.defaultPrevented, custom.eventPhase, custom.currentTarget);
