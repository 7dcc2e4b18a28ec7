// Puzzle: allSettled waits for everything and never rejects; any takes the first fulfilment and
// ignores rejections; any of only rejections rejects with an AggregateError.
function later(ms, value, fail) {
  return new Promise(function (resolve, reject) {
    setTimeout(function () {
      console.log('timer', ms);
      if (fail) reject(new Error(value)); else resolve(value);
    }, ms);
  });
}
Promise.allSettled([later(30, 'ok'), later(10, 'no', true)]).then(function (results) {
  console.log('allSettled:', results.map(function (r) { return r.status; }).join(' '));
});
Promise.any([later(20, 'bad', true), later(40, 'good')]).then(function (v) {
  console.log('any:', v);
});
Promise.any([Promise.reject(new Error('e1')), Promise.reject(new Error('e2'))]).catch(function (e) {
  console.log('any rejected:', e.constructor.name, e.errors.length);
});
console.log('sync end');
