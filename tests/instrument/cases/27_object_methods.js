// Object literal methods, computed keys, super in object methods, shorthand.
const base = { greet() { return 'base greet' } };
const child = {
  __proto__: base,
  greet() { return 'child > ' + super.greet() },
  ['comp' + 1]() { return 'computed' },
  'quoted key'() { return 'quoted' },
  42() { return 'numeric' },
  async am() { return 'async method' },
  *gm() { yield 'gen method' },
  async *agm() { yield 'async gen method' },
};
console.log(child.greet(), child.comp1(), child['quoted key'](), child[42](), child.gm().next().value);
child.am().then(v => console.log(v));
child.agm().next().then(r => console.log(r.value));
console.log(Object.getPrototypeOf(child) === base);
const f = function () {};
const shorthand = { f, g() {} };
console.log(shorthand.f.name, shorthand.g.name, child.comp1.name, child[42].name);
