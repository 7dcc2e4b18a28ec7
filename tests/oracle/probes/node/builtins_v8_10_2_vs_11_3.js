const probes = {
  'Array.prototype.toSorted': [].toSorted, 'Array.prototype.findLast': [].findLast, 'Array.prototype.with': [].with,
  'Object.groupBy': Object.groupBy, 'Promise.withResolvers': Promise.withResolvers, 'structuredClone': globalThis.structuredClone,
  'fetch': globalThis.fetch, 'String.prototype.isWellFormed': ''.isWellFormed, 'Array.fromAsync': Array.fromAsync,
  'navigator': globalThis.navigator, 'WebSocket': globalThis.WebSocket, 'File': globalThis.File, 'crypto.getRandomValues': globalThis.crypto && globalThis.crypto.getRandomValues,
};
for (const [name, value] of Object.entries(probes)) console.log(name, typeof value);
