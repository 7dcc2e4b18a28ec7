// querySelector(All), matches and closest with ids, classes, tags, attributes, descendant,
// child and sibling combinators, :not, :first-child, :nth-child; an invalid selector throws.
document.body.innerHTML =
  '<div id="app" class="card main"><header><h1 class="title">T</h1></header>' +
  '<ul class="items"><li data-n="1">a</li><li data-n="2" class="on">b</li><li data-n="3">c</li></ul>' +
  '<p class="note">n</p><p>m</p></div>';
const q = (s) => Array.from(document.querySelectorAll(s), (e) => e.tagName.toLowerCase() + (e.dataset.n || '')).join(' ');
for (const s of ['#app', '.card.main', 'div li', 'ul > li.on', 'li + li', 'li ~ li', 'li:first-child', 'li:nth-child(2n+1)', '#app *:not(li)',
                 'li:not(.on)', '[data-n="3"]', '[data-n]', 'header h1, p.note', 'div > p:last-child',
                 '[class~="main"]', '[data-n^="2"]', 'body > div > *']) {
  console.log(s, '=>', q(s));
}
const on = document.querySelector('.on');
console.log(on.matches('ul .on'), on.closest('.card').id, on.closest('header'), document.querySelector('.missing'));
try { document.querySelector('li::'); } catch (e) { console.log(e.name, e.message); }
try { document.querySelectorAll('#'); } catch (e) { console.log(e.name, e.code); }
