// Puzzle: too few arguments to Storage and Crypto methods: the TypeError names the interface and
// how many arguments were required and present.
function attempt(label, call) {
  try {
    call();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ': ' + e.message);
  }
}
attempt('setItem()', () => localStorage.setItem());
attempt("setItem('a')", () => localStorage.setItem('a'));
attempt('getItem()', () => localStorage.getItem());
attempt('removeItem()', () => sessionStorage.removeItem());
attempt('key()', () => localStorage.key());
attempt('clear()', () => localStorage.clear());
attempt('getRandomValues()', () => crypto.getRandomValues());
attempt('getRandomValues(1)', () => crypto.getRandomValues(1));
attempt('randomUUID()', () => crypto.randomUUID());
