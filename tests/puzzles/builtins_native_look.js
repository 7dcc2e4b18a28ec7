// Puzzle: what a script sees of the polyfilled built-ins' own code: error.stack shows each
// built-in as one "Type.name (<anonymous>)" frame (static methods under their holder,
// Object.groupBy), none for the URL Standard's interfaces (C++ in Chromium) or for an async
// built-in resumed by a job (Array.fromAsync); Function.prototype.toString prints native code.
// The frames without their file positions: "at f", "at Array.toSorted (<anonymous>)", "at <script>".
const frame = (line) => line.trim().replace(/ \([^()]*:\d+:\d+\)$/, '').replace(/^at [^ ]*:\d+:\d+$/, 'at <script>');
function show(label, f) { try { f(); } catch (e) { console.log(label + ' | ' + e.stack.split('\n').slice(1).map(frame).join(' | ')); } }
show('toSorted', () => [2, 1].toSorted(function cmp() { throw new Error('x'); }));
show('map', () => [2, 1].map(function cb() { throw new Error('x'); }));
show('groupBy', () => Object.groupBy([1], function key() { throw new Error('x'); }));
show('union', () => new Set([1]).union({ size: 1, has() {}, keys() { throw new Error('x'); } }));
show('iter map', () => [1].values().map(function cb() { throw new Error('x'); }).toArray());
show('url', () => new URL('bad'));
show('usp', () => new URLSearchParams([[1]]));
show('toString', () => Function.prototype.toString.call({}));
show('with', () => [1].with(5, 0));
Array.fromAsync([1], function mapper() { throw new Error('x'); }).catch((e) => console.log('fromAsync | ' + e.stack.split('\n').slice(1).map(frame).join(' | ')));
console.log([].toSorted.toString(), Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.toString(), URL.toString(), EventTarget.toString(), (function f() {}).bind().toString());
console.log(Object.groupBy.toString(), Promise.try.toString(), Set.prototype.union.name, Set.prototype.union.length, String(Iterator));
console.log(Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag).get.toString());
