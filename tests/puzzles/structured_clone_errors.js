// Puzzle: structuredClone of what cannot be cloned throws a DOMException DataCloneError (code 25)
// whose message quotes the value; postMessage throws the same, naming itself, and queues nothing.
function attempt(label, call) {
  try {
    call();
    console.log(label + ': cloned');
  } catch (e) {
    console.log(label + ': ' + (e instanceof DOMException) + ' ' + e.name + ' ' + e.code + ' ' + e.message);
  }
}
attempt('function', () => structuredClone(function greet() { return 'hi'; }));
attempt('arrow', () => structuredClone(() => 1));
attempt('symbol', () => structuredClone(Symbol('s')));
attempt('nested method', () => structuredClone({ a: 1, nested: { m() {} } }));
attempt('WeakMap', () => structuredClone(new WeakMap()));
attempt('Promise', () => structuredClone(Promise.resolve()));
attempt('plain data', () => structuredClone({ a: [1, 'two', { three: 3 }], d: new Date(0), m: new Map([[1, 2]]) }));
attempt('window.postMessage', () => window.postMessage(function h() {}, '*'));
attempt('port.postMessage', () => new MessageChannel().port1.postMessage(Symbol('x')));
window.onmessage = () => console.log('a message arrived (it should not)');
attempt('getter throws', () => structuredClone({ get bad() { throw new RangeError('from getter'); } }));
try { structuredClone({ get bad() { throw new RangeError('from getter'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
setTimeout(() => console.log('done'), 0);
function longer(a, b) { const x = a + b; const y = x * 2; return [x, y, 'a long string literal to pass 128 chars', a, b, 1234567]; }
attempt('long function', () => structuredClone({ f: longer }));
attempt('function in an array', () => structuredClone([1, { g: function (first, second) { return first + second; } }]));
try { structuredClone(() => 1); } catch (e) { console.log(typeof e.stack, e.stack.split('\n')[0]); }
