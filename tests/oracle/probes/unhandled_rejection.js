// Probe: an unhandled rejection — when is it reported relative to timers and later handlers?
window.addEventListener('unhandledrejection', function (e) { console.log('unhandledrejection event', e.reason.message); });
window.addEventListener('rejectionhandled', function (e) { console.log('rejectionhandled event'); });
const p = Promise.reject(new Error('nobody catches me'));
Promise.resolve().then(function () { console.log('microtask'); });
setTimeout(function () { console.log('timer 0'); }, 0);
setTimeout(function () {
  console.log('timer 10 attaches a catch late');
  p.catch(function () { console.log('late catch ran'); });
}, 10);
setTimeout(function () { console.log('timer 20'); }, 20);
