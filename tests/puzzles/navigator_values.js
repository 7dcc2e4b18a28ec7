// Puzzle: navigator in headless Chromium — user agent, languages, onLine; read-only getters.
console.log(navigator.userAgent);
console.log(navigator.language, JSON.stringify(navigator.languages), Object.isFrozen(navigator.languages), navigator.languages === navigator.languages);
console.log(typeof navigator.hardwareConcurrency, navigator.hardwareConcurrency >= 1, Number.isInteger(navigator.hardwareConcurrency));
console.log(navigator.onLine, navigator.cookieEnabled, navigator.webdriver, navigator.platform, navigator.vendor);
console.log(Object.prototype.toString.call(navigator), typeof Navigator, navigator instanceof Navigator);
navigator.onLine = false;
console.log('after assignment', navigator.onLine);
