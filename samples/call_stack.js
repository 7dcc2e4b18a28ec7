// Title: The call stack
// Watch: every call pushes a frame and every return pops one; the logs follow the stack exactly, and nothing waits in a queue.
function shout(word) {
  console.log('shout starts');
  const loud = word.toUpperCase() + '!';
  console.log('shout returns', loud);
  return loud;
}

function greet(name) {
  console.log('greet starts');
  const text = shout(name);
  console.log('greet got', text);
  return 'hello ' + text;
}

function main() {
  console.log('main starts');
  const message = greet('loop');
  console.log('main got', message);
  console.log('main ends');
}

main();
console.log('script ends: the stack is empty again');
