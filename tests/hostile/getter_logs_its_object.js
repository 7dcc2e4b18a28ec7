// Hostile: a getter that logs its own object (it would recurse without end if previews called it)
// and counts its calls: Chromium calls it never.
// Oracle: chromium
let calls = 0;
const o = { get self() { calls++; console.log(o); return 1; }, [Symbol('tag')]: 'symbol keys preview too' };
console.log(o);
console.log([o, 2]);
console.log('getter calls', calls);
