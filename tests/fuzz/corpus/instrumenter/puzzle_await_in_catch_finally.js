 // Puzzle: await in catch finally.
async function f() { try { await Promise.reject(new Error('x')); } catch (e) { console.log('catch'); return 'c'; } finally { console.log('finally'); await null; console.log('finally 2'); } }
f().then((v) => console.log('f resolved', v));
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d')).then(() => console.log('e'));
