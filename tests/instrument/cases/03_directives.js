// The directive prologue must stay first: strictness must not change.
function sloppy() { return this === undefined ? 'strict' : 'sloppy' }
function strict() { 'use strict'; return this === undefined ? 'strict' : 'sloppy' }
function strictNoSemi() {
  "use strict"
  return this === undefined ? 'strict' : 'sloppy'
}
function twoDirectives() { 'foo'; "use strict"; return this === undefined ? 'strict' : 'sloppy' }
function notADirective() { ('use strict'); return this === undefined ? 'strict' : 'sloppy' }
function afterStatement() { var x = 1; 'use strict'; return this === undefined ? 'strict' : 'sloppy' }
const strictArrowParent = function () { 'use strict'; return (() => this === undefined)() };
function strictAssign() { 'use strict'; try { undeclaredVariable = 1 } catch (e) { return e.constructor.name } return 'no error' }
function sloppyAssign() { try { undeclaredVariable2 = 1 } catch (e) { return e.constructor.name } return 'no error' }
console.log(sloppy(), strict(), strictNoSemi(), twoDirectives(), notADirective(), afterStatement());
console.log(strictArrowParent(), strictAssign(), sloppyAssign());
class K { m() { return this === undefined ? 'strict' : 'sloppy' } }
const m = new K().m;
console.log(m());
