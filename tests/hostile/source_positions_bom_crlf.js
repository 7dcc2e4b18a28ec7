// Hostile: a UTF-8 byte order mark and CRLF line ends: stack positions and toString must be the
// user's own, as a browser decodes the file (the mark is not part of the text).
// Oracle: chromium
function where() { try { null.x; } catch (e) { return e.stack.split("\n")[1].match(/:(\d+:\d+)\)?$/)[1]; } }
console.log(where());
const arrow = (a, b) =>
  a + b;
console.log(arrow.toString());
console.log(where.toString().length);
class Point { constructor(x) { this.x = x; } get double() { return this.x * 2; } }
console.log(Point.toString());
console.log(Object.getOwnPropertyNames(globalThis).filter((name) => name.startsWith("__ls")).length);
console.log(new Error("here").stack.split("\n")[1].match(/:(\d+:\d+)\)?$/)[1]);
