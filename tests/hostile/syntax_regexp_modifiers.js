// Hostile: a RegExp modifiers group `(?i:…)` (ES2025), which Chromium 156 parses and V8 10.2 does
// not: V8's SyntaxError and a note naming the feature.
// Expect-exit: 4
// Expect-stderr: SyntaxError: Invalid regular expression: /(?i:hello) world/: Invalid group (6:18)
// Expect-stderr: (RegExp modifiers (?i:…) are not supported by V8 10.2, the engine Loopscope embeds; Chromium 156 supports them)
const greeting = /(?i:hello) world/;
console.log(greeting.test('HELLO world'));
