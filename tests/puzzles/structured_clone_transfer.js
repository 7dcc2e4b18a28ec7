// Puzzle: structuredClone(value, {transfer}) moves ArrayBuffers: the copy owns the bytes and the
// original is detached (byteLength 0, views over it empty); Blink's checks of the transfer list.
const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const view = new Uint8Array(buffer);
const copy = structuredClone({ buffer, label: 'x' }, { transfer: [buffer] });
console.log('original byteLength', buffer.byteLength, 'view length', view.length);
console.log('copy', copy.label, copy.buffer.byteLength, Array.from(new Uint8Array(copy.buffer)).join(','));
console.log('same buffer?', copy.buffer === buffer);
function attempt(label, call) {
  try {
    call();
    console.log(label + ': ok');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ' ' + e.name + ' ' + e.message);
  }
}
attempt('transfer a detached buffer', () => structuredClone(1, { transfer: [buffer] }));
attempt('clone a detached buffer', () => structuredClone(buffer));
const other = new ArrayBuffer(8);
attempt('duplicate', () => structuredClone(other, { transfer: [other, other] }));
attempt('not transferable', () => structuredClone(1, { transfer: [{}] }));
attempt('transfer not a sequence', () => structuredClone(1, { transfer: 5 }));
console.log('other still attached', other.byteLength);
const fresh = new ArrayBuffer(16);
const moved = structuredClone(fresh, { transfer: new Set([fresh]) });
console.log('transfer from a Set', fresh.byteLength, moved.byteLength);
attempt('empty transfer', () => structuredClone(new ArrayBuffer(2), { transfer: [] }));
