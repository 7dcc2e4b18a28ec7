#!/usr/bin/env node
// A hashbang line is kept (V8 accepts it in scripts).
function main() { return 'main ran' }
console.log(main());
