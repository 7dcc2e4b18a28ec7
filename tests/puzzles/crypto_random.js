// Puzzle: crypto.getRandomValues fills integer arrays in place (at most 65536 bytes) and
// crypto.randomUUID gives version-4 UUIDs; the errors Chromium throws for the rest.
const bytes = new Uint8Array(8);
console.log(crypto.getRandomValues(bytes) === bytes, bytes.length);
console.log(crypto.getRandomValues(new Uint32Array(16384)).length, crypto.getRandomValues(new BigInt64Array(2)).length);
const uuid = crypto.randomUUID();
console.log(typeof uuid, uuid.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
function attempt(label, call) {
  try {
    call();
    console.log(label + ': ok');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ' ' + e.name + ' ' + e.code + ' ' + (e instanceof DOMException) + ' ' + e.message);
  }
}
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 Uint32', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('Float32Array', () => crypto.getRandomValues(new Float32Array(2)));
attempt('Float64Array', () => crypto.getRandomValues(new Float64Array(2)));
attempt('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
attempt('plain array', () => crypto.getRandomValues([1, 2]));
console.log(Object.prototype.toString.call(crypto), typeof Crypto);
