// well_known_symbols.js — Symbol.dispose and Symbol.asyncDispose (ECMA-262 2026, 6.1.5.1
// Well-Known Symbols) before core-js needs them. core-js makes a missing well-known symbol with
// Symbol.for, a registered symbol (Symbol.keyFor would name it); the specification's are unique
// symbols that belong to no registry, so they are made here and core-js takes them as present.
'use strict';
for (const name of ['dispose', 'asyncDispose']) {
  if (!(name in Symbol)) {
    Object.defineProperty(Symbol, name, { value: Symbol('Symbol.' + name), writable: false, enumerable: false, configurable: false });
  }
}
