 // Classes: constructors (base and derived), super calls, static, accessors, private members, fields.
class Animal {
  #secret = 'hidden';
  static count = 0;
  legs = 4;
  onClick = () => this.describe();
  static { Animal.count = 10; }
  constructor(name) { this.name = name; Animal.count++; }
  describe() { return `${this.name} has ${this.legs} legs and ${this.#reveal()}` }
  #reveal() { return this.#secret }
  get upper() { return this.name.toUpperCase() }
  set upper(v) { this.name = v.toLowerCase() }
  static create(n) { return new this(n) }
  static get total() { return Animal.count }
}
class Bird extends Animal {
  legs = 2;
  constructor(name) {
    console.log('before super');
    super(name);
    console.log('after super', this.legs);
  }
  describe() { return 'bird: ' + super.describe() }
}
const a = Animal.create('Cat');
const b = new Bird('Tweety');
console.log(a.describe(), '|', b.describe(), '|', b.onClick());
a.upper = 'DOG';
console.log(a.upper, Animal.total);
const Anon = class { hi() { return 'hi' } };
console.log(new Anon().hi(), Anon.name);
class NoCtor extends Bird {}
console.log(new NoCtor('x').describe());
try { class Bad extends Animal { constructor() { this.x = 1; super(); } } new Bad(); } catch (e) { console.log(e.constructor.name) }
class Ret extends Animal { constructor() { return { fake: true } } }
console.log(JSON.stringify(new Ret()));
