 // Puzzle: thenable getter and nested queue microtask.
const t = { get then() { console.log('then getter'); return (r) => { console.log('then called'); r('T'); }; } };
(async () => { console.log('awaited', await t); })();
Promise.resolve(t).then((v) => console.log('resolved', v));
queueMicrotask(() => { console.log('qm1'); queueMicrotask(() => console.log('qm nested')); });
Promise.resolve().then(() => { console.log('th1'); queueMicrotask(() => console.log('qm from then')); }).then(() => console.log('th2'));
