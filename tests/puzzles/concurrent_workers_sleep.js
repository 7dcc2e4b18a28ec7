// Puzzle: concurrent workers sleep.
function sleep(ms) { return new Promise(r => setTimeout(r, ms)); }
async function worker(name, ms) { console.log(name, 'start'); await sleep(ms); console.log(name, 'mid'); await sleep(ms); console.log(name, 'end'); return name; }
Promise.all([worker('A', 3), worker('B', 2), worker('C', 1)]).then(r => console.log('all', r.join()));
setTimeout(() => console.log('T5'), 5);
(async () => { for (const ms of [1, 2]) { await sleep(ms); console.log('loop', ms); } })();
