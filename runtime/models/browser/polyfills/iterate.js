// iterate.js — the specification's iteration of an iterable (GetIterator(obj, sync), then
// IteratorStepValue until done, IteratorClose when a step throws) for the built-ins written here.
// core-js skips the iterator of an array whose @@iterator is the original one, which a script
// can observe (a patched %ArrayIteratorPrototype%.next is called by Chromium's natives); this
// calls the user's iterator exactly as the specification does.
// https://tc39.es/ecma262/#sec-getiterator
'use strict';
const ReflectApply = Reflect.apply;
const TypeErrorCtor = TypeError;
const SymbolIterator = Symbol.iterator;

function isObject(value) { return (typeof value === 'object' && value !== null) || typeof value === 'function'; }

// 7.4.11 IteratorClose(iteratorRecord, completion) for a throw completion: `return` is called,
// its own failure dropped, `error` rethrown.
function closeAndThrow(iterator, error) {
  try {
    const returnMethod = iterator.return;
    if (returnMethod !== undefined && returnMethod !== null) ReflectApply(returnMethod, iterator, []);
  } catch (ignored) {
    // the original completion wins (step 5)
  }
  throw error;
}

// Calls visit(value, index) for each value of `items`. `notIterable(items)` makes the TypeError
// when items has no @@iterator method (V8's message differs from one built-in to another).
module.exports = function iterate(items, visit, notIterable) {
  const method = items[SymbolIterator];
  if (typeof method !== 'function') throw notIterable(items);
  const iterator = ReflectApply(method, items, []);
  if (!isObject(iterator)) throw new TypeErrorCtor('Result of the Symbol.iterator method is not an object');
  const next = iterator.next;
  for (let index = 0; ; ++index) {
    const result = ReflectApply(next, iterator, []);
    if (!isObject(result)) throw new TypeErrorCtor('Iterator result ' + String(result) + ' is not an object');
    if (result.done) return;
    const value = result.value;
    try {
      visit(value, index);
    } catch (error) {
      closeAndThrow(iterator, error);
    }
  }
};
