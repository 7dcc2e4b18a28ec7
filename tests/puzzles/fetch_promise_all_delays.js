// Oracle-server: http
// Puzzle: Promise.all over requests of different latencies — each response is its own networking
// task, in the order they arrive (not the order they were sent); Promise.all resolves after the
// slowest, with the results in the order of its input. Promise.race settles with the fastest.
const log = (s) => console.log(s);
const get = (ms) => fetch('delay/' + ms).then((r) => r.json()).then((body) => { log('arrived ' + body.delay); return body.delay; });
Promise.all([get(600), get(200), get(400)]).then((all) => log('all: ' + all.join(', ')));
Promise.race([fetch('delay/450'), fetch('delay/150')]).then((r) => log('race won by ' + r.url.split('/').pop()));
setTimeout(() => log('timeout 300'), 300);
setTimeout(() => log('timeout 800'), 800);
