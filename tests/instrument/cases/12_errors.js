// Errors thrown through frames; finally blocks; returns from finally.
function level3() { throw new Error('deep') }
function level2() { level3() }
function level1() { try { level2() } catch (e) { return 'caught ' + e.message } finally { console.log('level1 finally') } }
console.log(level1());
function finallyOverrides() { try { return 'try' } finally { return 'finally' } }
function finallyThrows() { try { return 'try' } finally { throw new Error('from finally') } }
console.log(finallyOverrides());
try { finallyThrows() } catch (e) { console.log(e.message) }
function rethrow() { try { null.x } catch (e) { throw new TypeError('wrapped: ' + e.constructor.name) } }
try { rethrow() } catch (e) { console.log(e.name, e.message) }
async function asyncThrow() { throw new RangeError('async') }
asyncThrow().catch(e => console.log('async caught', e.name));
async function awaitThrow() { try { await Promise.reject(new Error('rejected')) } catch (e) { console.log('in fn', e.message); throw e } finally { console.log('async finally') } }
awaitThrow().catch(e => console.log('outer', e.message));
const thrower = () => { throw 'a string' };
try { thrower() } catch (e) { console.log(typeof e, e) }
function loopBreak() { for (;;) { try { break } finally { console.log('break finally') } } return 'after loop' }
console.log(loopBreak());
