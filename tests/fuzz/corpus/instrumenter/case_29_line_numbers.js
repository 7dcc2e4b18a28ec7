 // Line numbers in stack traces must be preserved (columns may move).
function lineOf(err) { return err.stack.split('\n')[1].match(/case\.js:(\d+):/)[1] }
function thrower() {
  throw new Error('here');
}
try { thrower() } catch (e) { console.log('thrown at line', lineOf(e)) }
const arrow = () =>
  new Error('arrow');
console.log('arrow error at line', lineOf(arrow()));
async function later() {
  await null;
  return new Error('async');
}
later().then(e => console.log('async error at line', lineOf(e)));
try { eval('\n\n  syntax error here') } catch (e) { console.log(e.name) }
try { JSON.parse('{bad') } catch (e) { console.log(e.name) }
