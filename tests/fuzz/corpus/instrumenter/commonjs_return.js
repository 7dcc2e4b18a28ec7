!const x = require("x");
if (!x) return;
module.exports = async function* g() { yield await x; };
