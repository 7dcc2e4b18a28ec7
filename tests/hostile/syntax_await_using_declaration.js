// Hostile: an `await using` declaration in an async function, which Chromium 156 parses and V8
// 10.2 does not: V8's SyntaxError and a note naming it.
// Expect-exit: 4
// Expect-stderr: SyntaxError: Unexpected identifier (7:15)
// Expect-stderr: ('await using' declarations are not supported by V8 10.2, the engine Loopscope embeds; Chromium 156 supports them)
async function main() {
  await using connection = { async [Symbol.asyncDispose]() {} };
}
main();
