// Hostile: the script replaces the Array methods, the array iterator, Function.prototype.call /
// apply and Object.defineProperty; the page's own MessagePort, postMessage and the ES2023 array
// methods keep working, as in Chromium.
// Oracle: chromium
for (const name of ['push', 'slice', 'map', 'find', 'findIndex', 'some', 'splice', 'shift', 'sort', 'concat']) {
  Array.prototype[name] = function () { throw new Error(name + ' was patched'); };
}
Array.prototype[Symbol.iterator] = function () { throw new Error('the iterator was patched'); };
Function.prototype.call = function () { throw new Error('call was patched'); };
Function.prototype.apply = function () { throw new Error('apply was patched'); };
Object.defineProperty = function () { throw new Error('defineProperty was patched'); };
const channel = new MessageChannel();
channel.port2.onmessage = (event) => console.log('port got', event.data);
channel.port1.postMessage('hello');
window.addEventListener('message', (event) => console.log('window got', event.data));
window.postMessage('w', '*');
console.log([3, 1, 2].toSorted().length, [3, 1, 2].toReversed()[0], [1, 2, 3].with(1, 9)[1], [1, 2, 3].toSpliced(0, 1).length);
setTimeout(() => console.log('timer'), 5);
