// childList records: appendChild, insertBefore, removeChild, moving a node (one removal and one
// addition), textContent and innerHTML (one record each with every removed and added node).
document.body.innerHTML = '<div id="a"><i>1</i><i>2</i></div><div id="b"></div>';
const a = document.getElementById('a');
const b = document.getElementById('b');
const label = (n) => (n ? (n.nodeType === 3 ? '"' + n.data + '"' : n.nodeName + (n.textContent ? '(' + n.textContent + ')' : '')) : 'null');
new MutationObserver((records) => {
  for (const r of records) {
    console.log(r.target.id, '+[' + Array.from(r.addedNodes, label) + ']', '-[' + Array.from(r.removedNodes, label) + ']',
                'prev', label(r.previousSibling), 'next', label(r.nextSibling));
  }
}).observe(document.body, { childList: true, subtree: true });
const em = document.createElement('em');
a.appendChild(em);
a.insertBefore(document.createTextNode('t'), a.firstChild);
b.appendChild(a.lastChild);
a.removeChild(a.firstChild);
b.textContent = 'plain';
a.innerHTML = '<b>x</b><b>y</b>';
a.append('s', document.createElement('u'));
