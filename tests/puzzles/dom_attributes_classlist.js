// Attributes and classList: names are lower-cased, classList is live and de-duplicates, toggle
// with force, dataset, id / className reflect, errors for bad tokens.
const el = document.createElement('div');
el.setAttribute('Data-Foo', 'bar');
console.log(el.getAttribute('data-foo'), el.hasAttribute('DATA-FOO'), el.getAttributeNames().join());
el.className = '  x  y x ';
const cl = el.classList;
console.log(cl.length, cl.value, cl.contains('y'), cl.item(1), cl.item(9));
cl.add('z', 'x');
console.log(el.className, cl.toggle('y'), cl.toggle('w', true), cl.toggle('w', true), cl.toggle('q', false), el.className);
console.log(cl.replace('x', 'X'), el.className, [...cl].join('|'));
el.dataset.userId = '7';
console.log(el.getAttribute('data-user-id'), el.dataset.foo, 'userId' in el.dataset, Object.keys(el.dataset).join());
el.id = 'main';
console.log(el.outerHTML);
el.removeAttribute('class');
console.log(el.classList.length, el.hasAttribute('class'), el.toggleAttribute('hidden'), el.hidden, el.outerHTML);
try { cl.add(''); } catch (e) { console.log(e.name, e.message); }
try { cl.add('a b'); } catch (e) { console.log(e.name, e.message); }
try { el.setAttribute('1x', 'v'); } catch (e) { console.log(e.name, e.message); }
