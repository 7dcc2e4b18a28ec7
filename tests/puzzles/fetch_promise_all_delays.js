// Oracle-server: http
// Puzzle: Promise.all over requests of different latencies — each response is its own networking
// task, in the order they arrive (not the order they were sent); Promise.all resolves after the
// slowest, with the results in the order of its input. Promise.race settles with the fastest.
const log = (s) => console.log(s);
const get = (ms) => fetch('delay/' + ms).then((r) => r.json()).then((body) => { log('arrived ' + body.delay); return body.delay; });
Promise.all([get(800), get(300), get(600)]).then((all) => log('all: ' + all.join(', ')));
Promise.race([fetch('delay/900'), fetch('delay/100')]).then((r) => log('race won by ' + r.url.split('/').pop()));
setTimeout(() => log('timeout 450'), 450);
setTimeout(() => log('timeout 1000'), 1000);
