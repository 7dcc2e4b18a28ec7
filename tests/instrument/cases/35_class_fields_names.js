// Class fields holding arrows, inferred names visible to the program via .name.
class Button {
  onClick = () => 'clicked ' + this.label;
  static factory = () => new Button();
  #handler = function () { return 'handler' };
  label = 'ok';
  handle() { return this.#handler() }
}
const btn = Button.factory();
console.log(btn.onClick(), btn.handle(), btn.onClick.name, Button.factory.name);
const obj = { arrow: () => 0, fn: function () {}, ['lit']: () => 1, [Symbol.iterator]: function* () {} };
console.log(obj.arrow.name, obj.fn.name, obj.lit.name, obj[Symbol.iterator].name);
let assigned; assigned = () => 2;
console.log(assigned.name);
var ns = {}; ns.member = function () {};
console.log(JSON.stringify(ns.member.name));
