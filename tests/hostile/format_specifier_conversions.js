// Hostile: %s %d %i %f arguments with their own toString, one of which throws. V8's Formatter
// converts each once (String / parseInt / parseFloat) and a throw leaves console.log before it
// prints; console.count converts its label the same way.
// Oracle: chromium
let conversions = 0;
const counted = { toString() { conversions++; return '7'; }, valueOf() { conversions += 100; return 8; } };
console.log('%d|%i|%f|%s', counted, counted, counted, counted);
console.log('conversions', conversions);
const throwing = { toString() { throw new Error('conversion threw'); } };
try { console.log('%d', throwing); } catch (e) { console.log('console.log threw:', e.message); }
try { console.log('%s', throwing); } catch (e) { console.log('console.log threw again:', e.message); }
try { console.count(throwing); } catch (e) { console.log('console.count threw:', e.message); }
console.log('%s and %d', Symbol('s'), Symbol('d'));
