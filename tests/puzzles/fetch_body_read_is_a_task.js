// Oracle-server: http
// Puzzle: reading a body takes a task. text() is called first in the response's callback, yet a
// whole chain of microtasks queued after it runs before the text arrives: the read resolves in a
// task of its own (Fetch 6.3 "consume body": "fully read body" queues a fetch task), after this
// task's microtask checkpoint. (Against a 0 ms timer the read is a race in Chromium: its
// scheduler may run the body's data before or after the timer.)
const log = (s) => console.log(s);
fetch('fetch_files/greeting.txt').then((response) => {
  response.text().then((text) => log('text: ' + text.trim()));
  let chain = Promise.resolve();
  for (let i = 1; i <= 4; ++i) chain = chain.then(() => log('microtask ' + i));
  queueMicrotask(() => log('queueMicrotask'));
  log('response callback');
});
setTimeout(() => log('timeout 300'), 300);
