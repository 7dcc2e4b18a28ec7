// TextEncoder / TextDecoder: UTF-8 both ways, lone surrogates, ill-formed bytes (replaced or
// fatal), the byte order mark, streaming across a split character, encodeInto, bad labels.
const encoder = new TextEncoder();
console.log(encoder.encoding, Array.from(encoder.encode('aé€😀')).join(','));
console.log(Array.from(encoder.encode('\ud800x')).join(','), encoder.encode().length);
const decoder = new TextDecoder();
console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
console.log(decoder.decode(new Uint8Array([0x68, 0xc3, 0xa9, 0xff, 0x21])));
console.log(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length, new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e) { console.log(e.name, e.message); }
const streaming = new TextDecoder();
const euro = encoder.encode('€');
console.log(JSON.stringify(streaming.decode(euro.subarray(0, 1), { stream: true })), streaming.decode(euro.subarray(1)));
console.log(new TextDecoder().decode(euro.buffer), new TextDecoder(' UTF8 ').encoding);
const target = new Uint8Array(5);
console.log(JSON.stringify(encoder.encodeInto('a€😀', target)), Array.from(target).join(','));
try { new TextDecoder('klingon'); } catch (e) { console.log(e.name, e.message); }
try { decoder.decode('not bytes'); } catch (e) { console.log(e.name, e.message); }
