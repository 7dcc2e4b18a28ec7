// Puzzle: calling a Window method with too few arguments throws Blink's TypeError before anything
// is queued ("Failed to execute 'M' on 'Window': 1 argument required, but only 0 present.").
function attempt(label, call) {
  try {
    call();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ': ' + e.message);
  }
}
attempt('setTimeout', () => setTimeout());
attempt('setInterval', () => setInterval());
attempt('clearTimeout', () => clearTimeout());
attempt('clearInterval', () => clearInterval());
attempt('queueMicrotask', () => queueMicrotask());
attempt('queueMicrotask(1)', () => queueMicrotask(1));
attempt('requestAnimationFrame', () => requestAnimationFrame());
attempt('requestAnimationFrame(1)', () => requestAnimationFrame(1));
attempt('cancelAnimationFrame', () => cancelAnimationFrame());
attempt('requestIdleCallback', () => requestIdleCallback());
attempt('cancelIdleCallback', () => cancelIdleCallback());
attempt('structuredClone', () => structuredClone());
attempt('postMessage', () => postMessage());
attempt('addEventListener', () => addEventListener());
attempt("addEventListener('message')", () => addEventListener('message'));
attempt('MessagePort postMessage', () => new MessageChannel().port1.postMessage());
setTimeout(() => console.log('the loop still runs'), 0);
