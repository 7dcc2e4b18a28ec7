 // Async and generator methods on classes, static and private.
class Service {
  static #instances = 0;
  constructor(name) { this.name = name; Service.#instances++ }
  async fetch(x) { await null; return `${this.name}:${x}` }
  static async make(name) { await null; return new Service(name) }
  async #priv() { await null; return 'private' }
  callPriv() { return this.#priv() }
  *ids() { yield 1; yield 2 }
  async *stream() { yield await this.fetch('s1'); yield 'plain' }
  static get count() { return Service.#instances }
}
(async () => {
  const s = await Service.make('svc');
  console.log(await s.fetch('a'), await s.callPriv(), [...s.ids()].join(), Service.count);
  const got = [];
  for await (const v of s.stream()) got.push(v);
  console.log(got.join());
})();
Promise.resolve().then(() => console.log('interleave 1')).then(() => console.log('interleave 2'));
