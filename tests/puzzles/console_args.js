// Puzzle: console formatting of strings and numbers in several arguments.
console.log('numbers', 1, 2.5, -0, 0, 0.1 + 0.2, 1e21, 1e-7, 2 ** 53, -1 / 3);
console.log('special', NaN, Infinity, -Infinity);
console.log('', 'empty first');
console.log('spaces  inside', ' lead', 'trail ');
console.log('');
console.log(42);
console.log(-0);
console.log('multi\nline', 'and', 7);
console.info('info', 1);
console.debug('debug', 2);
console.warn('warn goes to stderr');
console.error('error goes to stderr');
console.log('unicode', 'héllo', '→', '😀');
console.log(String(123n), (255).toString(16), (3.14159).toFixed(2));
