// Puzzle: explicit resource management without the syntax (ECMA-262 2026): DisposableStack
// disposes in reverse order, move() transfers the resources, a second failure wraps both in a
// SuppressedError (error: the later one, suppressed: the earlier), AsyncDisposableStack awaits
// each disposer — the ticks of disposeAsync against a chain of plain microtasks.
const log = [];
let ticks = 0;
function tick() { if (ticks++ < 20) { log.push('t' + ticks); Promise.resolve().then(tick); } }
Promise.resolve().then(tick);
const stack = new DisposableStack();
stack.defer(() => log.push('deferred 1'));
stack.use({ [Symbol.dispose]() { log.push('resource disposed'); } });
stack.adopt('value', (v) => log.push('adopted ' + v));
const moved = stack.move();
log.push('moved: old disposed ' + stack.disposed + ', new disposed ' + moved.disposed);
moved.dispose();
log.push('after dispose ' + moved.disposed);
const failing = new DisposableStack();
failing.defer(() => { throw new Error('first'); });
failing.defer(() => { throw new Error('second'); });
try { failing.dispose(); } catch (e) { log.push(e.name + ': ' + e.message + ' | error ' + e.error.message + ' | suppressed ' + e.suppressed.message); }
const astack = new AsyncDisposableStack();
astack.defer(async () => { log.push('async deferred runs'); });
astack.use({ async [Symbol.asyncDispose]() { log.push('async resource'); } });
astack.use({ [Symbol.dispose]() { log.push('sync resource in async stack'); } });
astack.disposeAsync().then(() => log.push('disposeAsync done'));
log.push('sync end');
const se = new SuppressedError(new Error('a'), new Error('b'), 'msg');
log.push(se.name + ' ' + se.message + ' ' + se.error.message + ' ' + se.suppressed.message + ' ' + (se instanceof Error) + ' ' + Object.keys(se).join());
setTimeout(() => console.log(log.join('\n')), 0);
