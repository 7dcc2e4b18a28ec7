// Click: .inner
// Jake Archibald's "Tasks, microtasks, queues and schedules", the user's click: each listener is
// called with an empty stack, so a microtask checkpoint (promise, then the mutation observer)
// follows each listener before the event bubbles on; the timeouts wait for later tasks.
document.body.insertAdjacentHTML('beforeend', '<div class="outer"><div class="inner"></div></div>');
var outer = document.querySelector('.outer');
var inner = document.querySelector('.inner');
new MutationObserver(function () {
  console.log('mutate');
}).observe(outer, { attributes: true });
function onClick() {
  console.log('click');
  setTimeout(function () { console.log('timeout'); }, 0);
  Promise.resolve().then(function () { console.log('promise'); });
  outer.setAttribute('data-random', Math.random());
}
inner.addEventListener('click', onClick);
outer.addEventListener('click', onClick);
