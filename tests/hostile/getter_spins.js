// Hostile: an object with a getter that never returns; DevTools never calls a getter in a preview
// (it shows "(...)"), so console.log must not either.
// Oracle: chromium
console.log({ ok: 1, get spin() { for (;;) {} } });
console.log('after');
