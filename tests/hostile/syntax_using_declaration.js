// Hostile: `using` and `await using` declarations (explicit resource management), which Chromium
// 156 parses and V8 10.2 does not: V8's SyntaxError at the first one and a note naming it.
// Expect-exit: 4
// Expect-stderr: SyntaxError: Unexpected identifier (8:9)
// Expect-stderr: ('using' declarations are not supported by V8 10.2, the engine Loopscope embeds; Chromium 156 supports them)
function open() { return { [Symbol.dispose]() { console.log('closed'); } }; }
{
  using file = open();
  console.log('inside');
}
