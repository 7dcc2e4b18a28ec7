// Puzzle: localStorage / sessionStorage — values become strings, named properties are items,
// the two storages are separate, and the methods on the prototype win over items of their name.
localStorage.clear();
sessionStorage.clear();
console.log(Object.prototype.toString.call(localStorage), localStorage.length, localStorage.getItem('missing'));
localStorage.setItem('n', 1);
console.log(typeof localStorage.getItem('n'), localStorage.getItem('n'), localStorage.key(0), localStorage.key(1));
localStorage.setItem('obj', { a: 1 });
localStorage.setItem('nothing', null);
console.log(localStorage.length, localStorage.getItem('obj'), localStorage.getItem('nothing'), localStorage.obj);
localStorage.viaProperty = 5;
console.log(localStorage.getItem('viaProperty'), typeof localStorage.viaProperty, 'viaProperty' in localStorage, localStorage.length);
delete localStorage.viaProperty;
localStorage.removeItem('obj');
localStorage.removeItem('never-there');
console.log(localStorage.length, localStorage.getItem('obj'), 'obj' in localStorage);
localStorage.setItem('key', 'shadowed');
console.log(typeof localStorage.key, localStorage.getItem('key'));
localStorage.setItem('length', 'L');
console.log(localStorage.length);
sessionStorage.setItem('only', 'session');
console.log(sessionStorage.getItem('only'), localStorage.getItem('only'), localStorage === sessionStorage);
try { localStorage.setItem('s', Symbol('x')); } catch (e) { console.log(e.constructor.name, e.message); }
localStorage.clear();
console.log(localStorage.length, 'n' in localStorage, sessionStorage.length);
sessionStorage.clear();
