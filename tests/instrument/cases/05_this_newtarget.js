// this, new.target, call/apply/bind, arrows capturing this.
function Who() { if (!new.target) return 'called'; this.kind = new.target.name; }
console.log(Who(), new Who().kind);
const o = {
  name: 'o',
  regular() { return this.name },
  arrow: () => typeof this,
  nested() { return [1].map(() => this.name)[0] },
};
console.log(o.regular(), o.arrow(), o.nested(), o.regular.call({ name: 'other' }));
function sum(a, b) { return this.base + a + b }
console.log(sum.call({ base: 1 }, 2, 3), sum.apply({ base: 10 }, [1, 1]), sum.bind({ base: 100 }, 1)(1));
class Base { constructor() { this.nt = new.target.name } }
class Derived extends Base { constructor() { super(); this.after = 'yes' } }
const d = new Derived();
console.log(d.nt, d.after);
function Ctor() { this.a = 1; return { replaced: true } }
console.log(JSON.stringify(new Ctor()));
function PrimitiveReturn() { this.a = 1; return 5 }
console.log(JSON.stringify(new PrimitiveReturn()));
