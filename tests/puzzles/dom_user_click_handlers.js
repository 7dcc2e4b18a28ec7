// Click: #btn
// Click: #btn
// A user's click reaches onclick and addEventListener listeners in registration order, with a
// checkpoint after each; two clicks are two separate sets of tasks; a listener that throws is
// reported and the next listener still runs.
document.body.innerHTML = '<button id="btn">press</button>';
const btn = document.getElementById('btn');
let clicks = 0;
btn.addEventListener('click', () => { clicks++; console.log('listener 1, click', clicks); Promise.resolve().then(() => console.log('  promise after 1')); });
btn.onclick = (e) => { console.log('onclick', e.type, e.isTrusted); queueMicrotask(() => console.log('  microtask after onclick')); };
btn.addEventListener('click', () => { console.log('listener 3 throws'); throw new Error('oops'); });
btn.addEventListener('click', () => console.log('listener 4 still runs'));
window.addEventListener('error', (e) => console.log('error event:', e.message));
setTimeout(() => console.log('0 ms timer from the script'), 0);
