// Hostile: a RegExp with the `v` flag (ES2024 unicodeSets), which Chromium 156 parses and V8 10.2
// does not: the run ends with V8's SyntaxError and a note naming the feature and both engines.
// Expect-exit: 4
// Expect-stderr: SyntaxError: Invalid regular expression flags (7:28)
// Expect-stderr: (the RegExp 'v' flag is not supported by V8 10.2, the engine Loopscope embeds; Chromium 156 supports it)
console.log('never printed: the script does not compile');
const lettersButNotAscii = /[\p{L}--[a-z]]/v;
