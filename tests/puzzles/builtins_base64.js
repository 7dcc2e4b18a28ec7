// Puzzle: atob() and btoa() (HTML 8.3): forgiving-base64 decoding (ASCII whitespace removed,
// padding optional, a remainder of one character or a character outside the alphabet is an
// InvalidCharacterError), btoa of a string beyond Latin-1 throws; Blink's messages, argument
// count and DOMString conversion.
function t(label, f) { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.message, e instanceof DOMException, e.code); } }
t('hi', () => atob('aGk='));
t('spaces', () => atob(' a G k = '));
t('nopad', () => atob('aGk'));
t('bad', () => atob('a'));
t('bad char', () => atob('a*bc'));
t('pad mid', () => atob('aG=k'));
t('three pad', () => atob('a==='));
t('empty', () => atob(''));
t('none', () => atob());
t('null', () => atob(null));
t('undef', () => atob(undefined));
t('ff', () => atob('\f'));
t('all', () => btoa(atob('AAECAwQFBgcICQoLDA0ODw==')));
t('btoa', () => [btoa(''), btoa('a'), btoa('ab'), btoa('abc'), btoa('\xff\xfe'), btoa(null), btoa(12)]);
t('btoa bad', () => btoa('\u0100'));
t('btoa none', () => btoa());
t('sym', () => btoa(Symbol()));
t('str', () => [atob.toString(), btoa.length, atob.name, Object.getOwnPropertyDescriptor(window, 'atob').enumerable]);
t('roundtrip', () => atob(btoa('\x00\x01\x80\xff hello')) === '\x00\x01\x80\xff hello');
