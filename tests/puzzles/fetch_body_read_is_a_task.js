// Oracle-server: http
// Puzzle: reading a body takes a task. Inside the response's callback a 0 ms timer is set before
// text() is called: the timer's task is queued at once, text()'s "fully read body" task after it,
// so the timer wins; a microtask beats both. Fetch 6.3 "consume body", "fully read body".
const log = (s) => console.log(s);
fetch('fetch_files/greeting.txt').then((response) => {
  setTimeout(() => log('timeout 0'), 0);
  response.text().then((text) => log('text: ' + text.trim()));
  Promise.resolve().then(() => log('microtask'));
  log('response callback');
});
