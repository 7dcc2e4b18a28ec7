// Puzzle: timers interval race empty combinators.
setTimeout(() => console.log('t1'), 0);
setTimeout(() => { console.log('t2'); setTimeout(() => console.log('t2-inner'), 0); Promise.resolve().then(() => console.log('t2-micro')); }, 0);
setTimeout(() => console.log('t3'), 1);
const i = setInterval(() => { console.log('iv'); }, 0); setTimeout(() => clearInterval(i), 3);
Promise.race([new Promise(r => setTimeout(r, 2, 'slow')), new Promise(r => setTimeout(r, 1, 'fast'))]).then(v => console.log('race', v));
Promise.all([]).then(() => console.log('all empty'));
Promise.allSettled([]).then(() => console.log('allSettled empty'));
