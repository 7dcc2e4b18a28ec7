// Puzzle: DOMException — name, message and the legacy code, its constants, and that it is an Error.
const e = new DOMException('could not do it', 'DataCloneError');
console.log(e.name, '|', e.message, '|', e.code, e instanceof DOMException, e instanceof Error);
console.log(String(e), Object.prototype.toString.call(e));
const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
console.log(new DOMException('x', 'AbortError').code, new DOMException('x', 'NotFoundError').code, new DOMException('x', 'Custom').code);
console.log(DOMException.DATA_CLONE_ERR, DOMException.ABORT_ERR, DOMException.QUOTA_EXCEEDED_ERR, e.DATA_CLONE_ERR);
console.log(typeof e.stack, Object.keys(e).length);
try { DOMException.prototype.code; } catch (err) { console.log(err.constructor.name, err.message); }
try { throw new DOMException('thrown', 'InvalidStateError'); } catch (err) { console.log('caught', err.name, err.code); }
Promise.reject(new DOMException('in a promise', 'TimeoutError')).catch((err) => console.log('rejected', err.name, err.code));
