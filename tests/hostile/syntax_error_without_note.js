// Hostile: an ordinary syntax error: V8's message, and no note about newer syntax.
// Expect-exit: 4
// Expect-stderr: SyntaxError: Unexpected token ';' (5:18)
// Reject-stderr: not supported by V8
const using = 1 +;
