// addEventListener's `signal` option removes the listener when the signal aborts (an aborted
// signal adds nothing), the options are read in WebIDL's order, and AbortSignal.any makes a
// dependent signal: aborted at once by an already aborted source, otherwise after its source's
// own abort event, with the source's reason.
const log = (...a) => console.log(...a);
const ac = new AbortController();
const target = new EventTarget();
target.addEventListener('ping', () => log('with signal'), { signal: ac.signal });
target.addEventListener('ping', () => log('without'));
const reads = [];
const options = new Proxy({}, { get(_, key) { reads.push(String(key)); return undefined; } });
target.addEventListener('other', () => {}, options);
log('options read:', reads.join(','));
target.dispatchEvent(new Event('ping'));
ac.abort();
target.dispatchEvent(new Event('ping'));
target.addEventListener('ping', () => log('never added'), { signal: ac.signal });
target.dispatchEvent(new Event('ping'));
try { target.addEventListener('x', () => {}, { signal: {} }); } catch (e) { log(e.name, e.message); }
const already = AbortSignal.any([new AbortController().signal, ac.signal]);
log(already.aborted, already.reason.name);
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
any.addEventListener('abort', () => log('any abort', any.reason.message, nested.aborted));
nested.onabort = () => log('nested abort', nested.reason.message);
a.signal.addEventListener('abort', () => log('a abort, any already aborted:', any.aborted));
setTimeout(() => { a.abort(new Error('first')); b.abort(new Error('second')); log('b reason kept?', any.reason.message); }, 0);
try { AbortSignal.any([1]); } catch (e) { log(e.name, e.message); }
try { AbortSignal.any(); } catch (e) { log(e.name, e.message); }
