// The page the script runs in: a document whose body holds the script element, readyState
// complete, document.currentScript set during the script only, and the interfaces' names.
console.log(document.readyState, document.body.children.length, document.body.firstElementChild.tagName);
console.log(document.currentScript === document.body.firstElementChild, document.nodeType, document.nodeName);
console.log(Object.prototype.toString.call(document), document.constructor.name, document.body.constructor.name);
console.log(document.documentElement.parentNode === document, document.parentNode, document.ownerDocument);
console.log(document.createElement('span').constructor.name, document.createElement('x-widget').constructor.name,
            document.createElement('blink').constructor.name, document.createElement('section').constructor.name);
console.log(document.body instanceof HTMLElement, document.body instanceof Element, document.body instanceof Node,
            document.body instanceof EventTarget, document instanceof Node);
setTimeout(() => console.log('in a timer: currentScript', document.currentScript), 0);
try { new Node(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Text('t').data, new DocumentFragment().nodeType, new Comment('c').nodeName);
