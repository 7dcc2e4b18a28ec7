// Puzzle: Object.groupBy / Map.groupBy (ECMA-262 7.3.35 GroupBy) and Math.sumPrecise: the items
// are iterated with their own iterator (a string by code points), keys are property keys (-0 is
// "0") or, for Map.groupBy, canonicalised (-0 is +0); a throwing callback or a non-number closes
// the iterator; V8's messages for a non-iterable, null and a non-callable.
function t(label, f) { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
t('obj 5', () => Object.groupBy(5, (x) => x));
t('map 5', () => Map.groupBy(5, (x) => x));
t('obj {}', () => Object.groupBy({}, (x) => x));
t('undef', () => Object.groupBy(undefined, (x) => x));
t('cb', () => Map.groupBy([1], 'x'));
t('sum 5', () => Math.sumPrecise(5));
t('sum {}', () => Math.sumPrecise({}));
t('sum null', () => Math.sumPrecise(null));
t('sum str', () => Math.sumPrecise('12'));
t('sum []', () => Object.is(Math.sumPrecise([]), -0));
t('keys', () => Object.groupBy(['a', 'b', 'c'], (x, i) => (i ? Symbol.for('s') : -0)));
t('map keys', () => [...Map.groupBy([1, 2], () => -0).keys()].map((k) => Object.is(k, 0)));
t('proto', () => Object.getPrototypeOf(Object.groupBy([], (x) => x)));
t('str', () => Object.groupBy('ab', (c) => c));
t('close', () => { let closed = false; const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } }; try { Object.groupBy(it, () => { throw new Error('cb'); }); } catch (e) { return [e.message, closed]; } });
t('sum close', () => { let closed = false; const it = { [Symbol.iterator]() { return { next: () => ({ value: 'x', done: false }), return() { closed = true; return {}; } }; } }; try { Math.sumPrecise(it); } catch (e) { return [e.message, closed]; } });
