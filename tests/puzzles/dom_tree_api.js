// The tree: createElement, append / prepend / before / after / replaceWith, children vs
// childNodes (live), siblings, contains, cloneNode, textContent and innerHTML serialization.
const list = document.createElement('ul');
list.innerHTML = '<li class="a">one</li>\n<li class="b c">two &amp; <b>bold</b></li>';
document.body.append(list);
const kids = list.childNodes;
console.log(list.children.length, kids.length, list.firstElementChild.textContent, list.lastChild.nodeName);
list.prepend('start');
console.log(kids.length, kids[0].nodeType, list.childNodes === kids, list.children[1].className);
const li = document.createElement('li');
li.textContent = 'three <x>';
list.lastElementChild.after(li);
list.firstElementChild.before(document.createComment('note'));
console.log(list.innerHTML);
console.log(li.previousElementSibling.classList.contains('c'), li.nextSibling, list.contains(li), document.body.contains(li));
const copy = list.cloneNode(true);
console.log(copy.outerHTML === list.outerHTML, copy.parentNode, list.cloneNode(false).outerHTML);
li.replaceWith(document.createElement('hr'));
console.log(li.parentNode, list.lastElementChild.tagName, list.querySelectorAll('li').length);
console.log(document.body.firstElementChild.tagName, document.body.lastElementChild === list, document.documentElement.nodeName);
