// Title: fetch() vs timers
// Watch: the request crosses to the network service (Network lane); its answer comes back as a networking task between the two timers, and reading the body is one more task.
// Oracle-server: http
console.log('script start');

setTimeout(function timeout100() {
  console.log('timeout 100');
}, 100);

fetch('delay/300')
  .then(function onResponse(response) {
    console.log('response ' + response.status);
    return response.json();
  })
  .then(function onBody(body) {
    console.log('body: delay ' + body.delay);
  });

setTimeout(function timeout600() {
  console.log('timeout 600');
}, 600);

Promise.resolve().then(function promise() {
  console.log('promise');
});

console.log('script end');
