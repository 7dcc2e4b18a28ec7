 // Puzzle: async generator break finally.
async function* gen() { try { yield 1; yield 2; } finally { console.log('gen finally'); await null; console.log('gen finally after await'); } }
(async () => { for await (const v of gen()) { console.log('v', v); if (v === 1) break; } console.log('loop done'); })();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5')).then(() => console.log('p6'));
