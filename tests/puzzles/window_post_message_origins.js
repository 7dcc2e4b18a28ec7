// window.postMessage's overloads and target origins (HTML 9.3.3): '*' and '/' reach this page, a
// well-formed other origin is dropped silently, an unparsable one throws a SyntaxError; the event's
// origin is the page's opaque origin ('null' for a file: page), its source this window, its ports
// the transferred MessagePorts. MessagePort events carry an empty origin and no source.
window.addEventListener('message', (e) => console.log(JSON.stringify(e.data), JSON.stringify(e.origin), e.source === window, e.ports.length, e.lastEventId === ''));
const ch = new MessageChannel();
window.postMessage('a', '*');
window.postMessage('b', '/');
window.postMessage('c', { targetOrigin: '*', transfer: [ch.port1] });
window.postMessage('d');
try { window.postMessage('e', 'http://other.example'); console.log('no throw'); } catch (e) { console.log(e.name); }
try { window.postMessage('x', 'not a url'); } catch (e) { console.log(e.name, e.message); }
ch.port2.onmessage = (e) => console.log('port', JSON.stringify(e.origin), e.source);
const c2 = new MessageChannel(); c2.port2.onmessage = (e) => console.log('c2', JSON.stringify(e.origin), e.source === null); c2.port1.postMessage(2);
