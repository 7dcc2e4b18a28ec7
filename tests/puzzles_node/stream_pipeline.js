const { Readable, Transform, Writable, pipeline } = require('stream');
const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, String(chunk).toUpperCase());
  },
});
const collected = [];
const sink = new Writable({
  write(chunk, encoding, callback) {
    collected.push(String(chunk));
    console.log('wrote', String(chunk));
    callback();
  },
});
pipeline(Readable.from(['a', 'b', 'c']), upper, sink, (error) => {
  console.log('pipeline done', error === undefined, collected.join(''));
});
console.log('pipeline started');
