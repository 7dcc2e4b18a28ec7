// Puzzle: postTask returns a promise of the callback's result; a throw rejects it; bad arguments
// and an already aborted signal give a rejected promise, never a synchronous throw.
const log = (s) => console.log(s);
scheduler.postTask(() => { log('task runs'); return 42; }).then((v) => log('result ' + v));
scheduler.postTask(() => { throw new Error('boom'); }).catch((e) => log('caught ' + e.message));
scheduler.postTask(() => Promise.resolve('inner')).then((v) => log('adopted ' + v));
const report = (label) => (e) => log(label + ': ' + e.constructor.name + ': ' + e.message);
scheduler.postTask().catch(report('no callback'));
scheduler.postTask(1).catch(report('not a function'));
scheduler.postTask(() => 1, { priority: 'urgent' }).catch(report('bad priority'));
scheduler.postTask(() => 1, { signal: {} }).catch(report('bad signal'));
const aborted = new AbortController();
aborted.abort();
scheduler.postTask(() => log('never'), { signal: aborted.signal }).catch(report('aborted before'));
const later = new AbortController();
scheduler.postTask(() => log('never either'), { signal: later.signal }).catch((e) => log('aborted with reason ' + e));
later.abort('changed my mind');
log(typeof scheduler.postTask + ' ' + typeof scheduler.yield + ' ' + Object.prototype.toString.call(scheduler));
log(typeof Scheduler + ' ' + typeof TaskController + ' ' + typeof TaskSignal + ' ' + (new TaskController().signal instanceof AbortSignal));
try { new TaskController({ priority: 'nope' }); } catch (e) { log('TaskController: ' + e.message); }
