// Puzzle: only console.log/info/debug lines count — count, dir, table, trace and group go elsewhere.
console.count('ticks');
setTimeout(() => { console.count('ticks'); console.log('timeout'); }, 0);
Promise.resolve().then(() => { console.dir({ inside: 'then' }); console.info('then'); });
console.table([1, 2]);
console.group('group label');
console.debug('debug inside group');
console.groupEnd();
console.trace('trace');
console.log('sync end');
