// Oracle-server: http
// Puzzle: response.json() is a second asynchronous step — reading the body is "fully read body",
// whose success steps are queued as a networking task (Fetch 6.3 "consume body"), so a microtask
// queued in the response's callback runs before the parsed data arrives.
const log = (s) => console.log(s);
fetch('fetch_files/data.json')
  .then((response) => {
    log('response ' + response.status + ' ' + response.ok);
    queueMicrotask(() => log('microtask queued by the response callback'));
    return response.json();
  })
  .then((data) => {
    log('name ' + data.name);
    log('tasks ' + data.tasks + ', list ' + data.list.join('+'));
    return fetch('fetch_files/greeting.txt');
  })
  .then((response) => response.text())
  .then((text) => log('text ' + JSON.stringify(text)));
setTimeout(() => log('timeout 600'), 600);
