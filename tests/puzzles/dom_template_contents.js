// A <template>'s children live in its content (a DocumentFragment, HTML 4.12.3), not in the tree:
// innerHTML sets and serializes the content, the parser puts a template's markup there, and
// queries of the document do not see it until a clone is inserted.
const t = document.createElement('template');
t.innerHTML = '<p>a<b>b</b></p><li>x<li>y';
console.log(t.childNodes.length, t.content.childNodes.length, t.content.firstChild.nodeName, t.innerHTML);
document.body.innerHTML = '<div id="w"><template id="tp"><span>in</span><p>q</template><i>after</i></div>';
console.log(w.innerHTML, tp.content.children.length, tp.children.length, document.querySelectorAll('span').length);
const clone = tp.content.cloneNode(true); document.body.append(clone);
console.log(document.querySelectorAll('span').length, tp.content.children.length);
console.log(String(t.content), t.content.nodeType);
