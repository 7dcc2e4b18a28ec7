// MutationObserver: every change in a task is delivered in one callback, in one microtask queued
// by the first record (after microtasks queued before it, before those queued after it).
document.body.innerHTML = '<ul id="list"><li>a</li></ul>';
const list = document.getElementById('list');
const observer = new MutationObserver((records, mo) => {
  console.log('records', records.length, mo === observer);
  for (const r of records) {
    console.log(' ', r.type, r.attributeName, r.addedNodes.length, r.removedNodes.length, r.target.nodeName);
  }
});
observer.observe(list, { attributes: true, childList: true });
Promise.resolve().then(() => console.log('promise queued before the first mutation'));
list.setAttribute('data-a', '1');
Promise.resolve().then(() => console.log('promise queued after the first mutation'));
list.appendChild(document.createElement('li'));
list.setAttribute('data-a', '2');
list.firstChild.remove();
list.className = 'x';
console.log('script ends');
setTimeout(() => {
  list.setAttribute('data-b', '1');
  console.log('timer changed it again');
}, 0);
