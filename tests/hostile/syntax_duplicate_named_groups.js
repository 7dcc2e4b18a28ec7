// Hostile: the same capture group name in two alternatives (ES2025), which Chromium 156 parses
// and V8 10.2 does not: V8's SyntaxError and a note. (Twice in one alternative is an error in
// Chromium too, and gets no note: tested by the second line never being reached.)
// Expect-exit: 4
// Expect-stderr: Duplicate capture group name (7:14)
// Expect-stderr: (duplicate named capture groups in different alternatives are not supported by V8 10.2
const date = /(?<year>\d{4})-\d\d|\d\d\/(?<year>\d{4})/;
console.log(date.exec('03/2026').groups.year);
