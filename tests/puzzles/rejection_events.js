// unhandledrejection and rejectionhandled: a rejection handled in the same tick fires nothing; one
// handled after a task fires unhandledrejection then rejectionhandled; rejections inside then
// chains and async functions; a canceled event.
window.addEventListener('unhandledrejection', (e) => {
  console.log('unhandledrejection', String(e.reason && e.reason.message || e.reason), e.promise instanceof Promise);
});
window.onunhandledrejection = (e) => console.log('onunhandledrejection', String(e.reason && e.reason.message || e.reason));
window.addEventListener('rejectionhandled', (e) => console.log('rejectionhandled', String(e.reason && e.reason.message || e.reason)));
const handledNow = Promise.reject(new Error('handled now'));
handledNow.catch(() => console.log('caught now'));
const handledLater = Promise.reject(new Error('handled later'));
Promise.resolve().then(() => { throw new Error('from a then'); });
(async function failing() { await null; throw new Error('from an async function'); })();
setTimeout(() => {
  console.log('timer before catching');
  handledLater.catch(() => console.log('caught later'));
}, 0);
setTimeout(() => console.log('last timer'), 3);
console.log('script end');
