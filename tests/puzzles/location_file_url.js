// Puzzle: location of a page loaded from a file:// URL — empty host and port, origin "file://".
console.log(location.protocol, JSON.stringify(location.host), JSON.stringify(location.hostname), JSON.stringify(location.port));
console.log(JSON.stringify(location.search), JSON.stringify(location.hash), location.origin);
console.log(location.href.startsWith('file:///'), location.pathname.startsWith('/'), String(location) === location.href, location.toString() === location.href);
console.log(Object.prototype.toString.call(location), JSON.stringify(Object.keys(location)));
