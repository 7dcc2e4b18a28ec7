// Fragment parsing and the tree API together: comments, implied </li>, insertAdjacentHTML,
// replaceChildren with a fragment (which empties it), the hierarchy error for appending an element
// to itself, reflection of the value attribute, and a deep clone.
document.body.innerHTML = '<div id="a"><p class="x">one<b>two</b></p><!-- c --><ul><li>1<li>2</ul></div>';
console.log(a.innerHTML);
console.log(a.children.length, a.childNodes.length, a.firstChild.nodeName, a.lastElementChild.tagName);
const t = document.createElement('template');
console.log(typeof t.content, document.querySelectorAll('li').length, document.querySelector('p > b').textContent);
a.insertAdjacentHTML('afterbegin', '<span>s</span>');
console.log(a.firstElementChild.outerHTML, a.textContent);
const f = document.createDocumentFragment(); f.append('t1', document.createElement('i'));
a.replaceChildren(f);
console.log(a.innerHTML, f.childNodes.length);
try { a.appendChild(a); } catch (e) { console.log(e.name, e.message); }
console.log(document.getElementsByTagName('i').length, a.contains(a.firstChild), a.matches('div#a'), a.closest('body').tagName);
const el = document.createElement('input'); el.setAttribute('value', 'v'); console.log(el.outerHTML, el.value);
console.log(String(document.body.getAttribute('nope')), a.hasChildNodes(), a.cloneNode(true).outerHTML);
