// Puzzle: URL and URLSearchParams as Chromium's bindings expose them (URL Standard 6.1-6.2,
// WebIDL): `new` required, argument counts, USVString conversion, invalid URL and base, the href
// setter, URL.canParse / URL.parse, the URLSearchParams init union (sequence of pairs, record,
// string), "Illegal invocation" on a foreign receiver, the members' order, subclassing.
const msgs = [];
function m(label, f) { try { const r = f(); msgs.push(label + ' -> ' + String(r)); } catch (e) { msgs.push(label + ' !! ' + e.name + ': ' + e.message); } }
m('call', () => URL('x'));
m('usp call', () => URLSearchParams('x'));
m('href=bad', () => { const u = new URL('http://a/'); u.href = 'bad'; return u.href; });
m('href getter', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
m('toString', () => URL.prototype.toString.call({}));
m('toJSON', () => URL.prototype.toJSON.call({}));
m('canParse()', () => URL.canParse());
m('canParse', () => URL.canParse('a', 'http://x/'));
m('parse()', () => URL.parse());
m('parse bad', () => URL.parse('bad'));
m('parse ok', () => URL.parse('/a', 'http://x/').href);
m('usp [1]', () => new URLSearchParams([1]));
m('usp 5', () => new URLSearchParams(5).toString());
m('usp get()', () => new URLSearchParams().get());
m('usp getAll()', () => new URLSearchParams().getAll());
m('usp has()', () => new URLSearchParams().has());
m('usp delete()', () => new URLSearchParams().delete());
m('usp set(1)', () => new URLSearchParams().set('a'));
m('usp forEach()', () => new URLSearchParams().forEach());
m('usp forEach(5)', () => new URLSearchParams().forEach(5));
m('usp sort this', () => URLSearchParams.prototype.sort.call({}));
m('usp size this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
m('usp entries this', () => URLSearchParams.prototype.entries.call({}));
m('ctor', () => new URL('http://a/').constructor === URL);
m('sp ctor', () => new URL('http://a/?x=1').searchParams instanceof URLSearchParams);
m('class', () => { class U extends URL {} return new U('http://b/') instanceof U; });
m('tag', () => Object.prototype.toString.call(new URL('http://a/')));
m('len', () => [URL.length, URLSearchParams.length, URL.canParse.length, URL.parse.length, URLSearchParams.prototype.append.length].join());
m('proto', () => Object.getOwnPropertyNames(URL.prototype).join());
m('usp proto', () => Object.getOwnPropertyNames(URLSearchParams.prototype).join());
m('protocol=', () => { const u = new URL('http://a/'); u.protocol = '%%'; return u.href; });
m('host=', () => { const u = new URL('http://a/'); u.host = 'b:81'; return u.href; });
m('sym', () => new URL(Symbol()));
m('obj', () => new URL({ toString() { return 'http://obj/'; } }).href);
m('base undefined', () => new URL('http://a/', undefined).href);
m('base null', () => new URL('a', null).href);
m('json', () => JSON.stringify({ u: new URL('http://a/b') }));
m('sp update', () => { const u = new URL('http://a/?x=1'); u.searchParams.append('y', '2 3'); return u.href; });
m('desc', () => JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'URL')));
for (const x of msgs) console.log(x);
