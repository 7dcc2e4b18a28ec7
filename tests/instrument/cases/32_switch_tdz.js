// switch with lexical declarations, TDZ errors surfacing through instrumented frames.
function classify(x) {
  switch (typeof x) {
    case 'number': { const kind = x > 0 ? 'positive' : 'non-positive'; return kind }
    case 'string': return 'string';
    default: return 'other';
  }
}
console.log(classify(3), classify(-1), classify('s'), classify(null));
function tdz() { try { use(); let v = 1; function use() { return v } } catch (e) { return e.name } }
console.log(tdz());
function shadow() { let x = 'outer'; { let x = 'inner'; var fromInner = x } return x + '/' + fromInner }
console.log(shadow());
