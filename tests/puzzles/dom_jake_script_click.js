// Jake Archibald's puzzle with inner.click(): the script is on the stack during dispatch, so no
// microtask runs between the listeners; the mutation observer microtask is queued only once.
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
inner.click();
console.log('after click()');
