// Promise.all / race / allSettled / any with async functions and timers.
const wait = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function slow() { await wait(80); return 'slow' }
async function fast() { await wait(10); return 'fast' }
async function fails() { await wait(40); throw new Error('fails') }
Promise.race([slow(), fast()]).then(v => console.log('race', v));
Promise.all([slow(), fast()]).then(v => console.log('all', v.join()));
Promise.allSettled([fails(), fast()]).then(r => console.log('settled', r.map(x => x.status).join()));
Promise.any([fails(), slow()]).then(v => console.log('any', v));
Promise.all([]).then(v => console.log('empty all', v.length));
