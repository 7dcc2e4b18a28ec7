// Probe: string, negative, NaN, fractional and huge delays.
const t0 = performance.now();
function at(label) { return function () { console.log(label, (performance.now() - t0).toFixed(3)); }; }
setTimeout(at('string "10"'), '10');
setTimeout(at('negative -5'), -5);
setTimeout(at('NaN'), NaN);
setTimeout(at('string "abc"'), 'abc');
setTimeout(at('fraction 2.9'), 2.9);
setTimeout(at('undefined delay'));
setTimeout(at('null'), null);
setTimeout(at('string "5"'), '5');
setTimeout(at('2**31 (overflows to 0?)'), 2 ** 31);
setTimeout(at('2**31-1 (never)'), 2 ** 31 - 1);
setTimeout(at('1.5'), 1.5);
setTimeout(at('0'), 0);
