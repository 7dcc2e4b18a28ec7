// observe options: subtree, attributeOldValue, attributeFilter, characterData with old values;
// the record's target is the node that changed.
document.body.innerHTML = '<div id="root"><p id="p" class="a">text</p></div>';
const root = document.getElementById('root');
const p = document.getElementById('p');
new MutationObserver((records) => {
  for (const r of records) console.log(r.type, r.target.nodeName, r.attributeName, JSON.stringify(r.oldValue));
}).observe(root, { subtree: true, attributeOldValue: true, attributeFilter: ['class', 'title'], characterDataOldValue: true });
p.className = 'b';
p.title = 'tip';
p.setAttribute('data-ignored', 'x');
p.firstChild.data = 'changed';
p.id = 'p2';
p.classList.add('c');
p.classList.remove('zzz');
