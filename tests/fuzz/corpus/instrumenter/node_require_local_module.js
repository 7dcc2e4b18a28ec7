!console.log('main: before require');
const counter = require('./lib/counter');
const again = require('./lib/counter');
console.log('same module object:', counter === again);
console.log('increment:', counter.increment(), counter.increment());
process.nextTick(() => console.log('main: nextTick'));
console.log('main: require.main === module:', require.main === module);
