// Puzzle: Atomics.pause (ECMA-262 2026, 25.4.16): undefined or an integral Number, anything else
// is a TypeError with V8's message; the function's shape.
function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
t('none', () => Atomics.pause());
t('int', () => Atomics.pause(5));
t('neg', () => Atomics.pause(-3));
t('frac', () => Atomics.pause(1.5));
t('str', () => Atomics.pause('1'));
t('nan', () => Atomics.pause(NaN));
t('inf', () => Atomics.pause(Infinity));
t('-0', () => Atomics.pause(-0));
t('shape', () => [Atomics.pause.length, Atomics.pause.name, Object.getOwnPropertyDescriptor(Atomics, 'pause').enumerable, String(Atomics.pause)].join());
