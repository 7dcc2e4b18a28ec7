// Puzzle: ArrayBuffer.prototype.transfer / transferToFixedLength (ECMA-262 25.1.6.8-9,
// ArrayBufferCopyAndDetach): the bytes move to a new buffer (grown with zeros or cut), the
// original is detached (length 0, `detached` true, views on it empty), a detached buffer cannot be
// transferred or sliced again, ToIndex refuses a negative length; V8's messages.
function t(label, f) { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
t('transfer', () => { const a = new Uint8Array([1, 2, 3]).buffer; const b = a.transfer(); return [a.byteLength, a.detached, b.byteLength, b.detached, [...new Uint8Array(b)]]; });
t('grow', () => { const a = new Uint8Array([1, 2]).buffer; const b = a.transfer(4); return [a.detached, [...new Uint8Array(b)]]; });
t('shrink', () => { const a = new Uint8Array([1, 2, 3]).buffer; const b = a.transferToFixedLength(1); return [a.detached, [...new Uint8Array(b)]]; });
t('again', () => { const a = new ArrayBuffer(1); a.transfer(); return a.transfer(); });
t('slice detached', () => { const a = new ArrayBuffer(1); a.transfer(); return a.slice(0); });
t('neg', () => new ArrayBuffer(1).transfer(-1));
t('receiver', () => ArrayBuffer.prototype.transfer.call({}));
t('view', () => { const a = new ArrayBuffer(4); const v = new Uint8Array(a); a.transfer(); return v.length; });
t('props', () => ['transfer', 'transferToFixedLength', 'detached'].map((n) => typeof Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, n)));
t('len', () => [ArrayBuffer.prototype.transfer.length, ArrayBuffer.prototype.transferToFixedLength.length]);
