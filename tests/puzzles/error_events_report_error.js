// reportError from the script fires the error event synchronously, inside the script's task: no
// microtask runs between its listeners (the stack is not empty), unlike an error thrown out of a task.
window.addEventListener('error', (e) => {
  console.log('listener A', e.message, e.error === reported);
  queueMicrotask(() => console.log('microtask from A'));
});
window.addEventListener('error', (e) => console.log('listener B', e.lineno, typeof e.colno));
const reported = new SyntaxError('made by the script');
console.log('before reportError');
reportError(reported);
console.log('after reportError');
setTimeout(() => {
  console.log('timer');
  throw reported;
}, 0);
try { reportError(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof ErrorEvent, typeof PromiseRejectionEvent, new ErrorEvent('error', { message: 'm' }).message);
