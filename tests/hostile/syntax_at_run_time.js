// Hostile: syntax V8 10.2 lacks in code made at run time (eval, new Function, new RegExp): each
// is an uncaught SyntaxError whose report names the feature and both engines; the run goes on.
// Expect-stderr: Uncaught SyntaxError: Invalid regular expression flags (the RegExp 'v' flag is not supported by V8 10.2
// Expect-stderr: Uncaught SyntaxError: Unexpected identifier ('using' declarations are not supported by V8 10.2
// Expect-stderr: Uncaught SyntaxError: Invalid flags supplied to RegExp constructor 'v' (the RegExp 'v' flag is not supported
// Expect-stderr: Uncaught SyntaxError: Unexpected end of input
// Reject-stderr: Unexpected end of input (
setTimeout(() => eval('/[a-z--q]/v'), 0);
setTimeout(() => new Function('{ using resource = null; }'), 0);
setTimeout(() => new RegExp('[a-z--q]', 'v'), 0);
setTimeout(() => eval('1 +'), 0);
