// The tree's errors, as Blink reports them: a node cannot contain its ancestor; a reference node
// that is not a child; removing a non-child; a non-node argument.
const outer = document.createElement('div');
const inner = document.createElement('div');
outer.appendChild(inner);
const attempts = [
  () => inner.appendChild(outer),
  () => inner.appendChild(inner),
  () => outer.insertBefore(document.createElement('p'), document.createElement('p')),
  () => outer.removeChild(document.createElement('p')),
  () => outer.appendChild('text'),
  () => outer.appendChild(),
  () => document.appendChild(document.createElement('html')),
];
for (const attempt of attempts) {
  try { attempt(); console.log('no error'); } catch (e) { console.log(e.name, '|', e.message); }
}
