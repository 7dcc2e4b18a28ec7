#!/usr/bin/env node
// realtime_dump.js CHROMIUM PROFILE_DIR PAGE_URL TIMEOUT_S — the oracle's comparison mode
// (LOOPSCOPE_ORACLE_CLOCK=real in chromium_console.sh): loads the page in headless Chromium
// *without* virtual time, driving it over the DevTools protocol on a pipe (--remote-debugging-pipe:
// fd 3 carries commands in, fd 4 replies out, each message NUL-terminated JSON), waits on the real
// clock until the capture's sentinel timer has fired, and prints the serialised DOM on stdout —
// the same text `--dump-dom` prints, so extract_lines.js reads either.
//
// Used to tell what is an artefact of --virtual-time-budget from what every Chromium does; the
// default oracle stays on virtual time (fast and deterministic for idle waits).
'use strict';
const { spawn } = require('child_process');

const [chromium, profile_dir, page_url, timeout_s, clicks_json] = process.argv.slice(2);
const clicks = JSON.parse(clicks_json || '[]');  // selectors to click once the script ran
const kPollMs = 50;
const kSettleMs = 300;      // after the script ran, before the first click
const kBetweenClicksMs = 200;

const child = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run', '--no-default-browser-check',
  '--allow-file-access-from-files', '--user-data-dir=' + profile_dir,
  // The oracle never reaches the real network: every host name but the oracle's own server
  // (fetch_server.js on 127.0.0.1) fails to resolve at once, so a fetch of http://example.com/
  // fails as fast and as surely on any machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', 'about:blank',
], { stdio: ['ignore', 'ignore', 'inherit', 'pipe', 'pipe'] });
const to_chrome = child.stdio[3];
const from_chrome = child.stdio[4];

const watchdog = setTimeout(function () {
  process.stderr.write('realtime_dump: timed out after ' + timeout_s + ' s\n');
  child.kill('SIGKILL');
  process.exit(1);
}, Number(timeout_s) * 1000);

let next_id = 1;
const pending = new Map();
let buffer = '';
from_chrome.on('data', function (chunk) {
  buffer += chunk.toString('utf8');
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (message.id !== undefined && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error)));
      else resolve(message.result);
    }
  }
});

function Send(method, params, session_id) {
  const id = next_id++;
  const message = { id, method, params: params || {} };
  if (session_id) message.sessionId = session_id;
  to_chrome.write(JSON.stringify(message) + '\0');
  return new Promise(function (resolve, reject) { pending.set(id, { resolve, reject }); });
}

function Sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

async function Evaluate(session, expression) {
  const reply = await Send('Runtime.evaluate', { expression, returnByValue: true }, session);
  return reply.result.value;
}

async function Main() {
  const { targetInfos } = await Send('Target.getTargets');
  const page = targetInfos.find(function (t) { return t.type === 'page'; });
  if (!page) throw new Error('no page target');
  const { sessionId } = await Send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  await Send('Page.enable', {}, sessionId);
  await Send('Page.navigate', { url: page_url }, sessionId);
  // Wait for the script to have run, then click as a user does (mouse press and release).
  for (let clicked = 0; clicked < clicks.length;) {
    await Sleep(kPollMs);
    const meta = await Evaluate(sessionId,
      "(function(){var m=document.getElementById('loopscope-meta');return m?m.textContent:''})()");
    if (!meta || !JSON.parse(meta).loaded) continue;
    await Sleep(clicked === 0 ? kSettleMs : kBetweenClicksMs);
    const point = await Evaluate(sessionId, '(' + function (selector) {
      const element = document.querySelector(selector);
      if (!element) return { error: 'no element matches ' + selector };
      const box = element.getBoundingClientRect();
      const x = box.left + 3, y = box.top + 3;
      if (document.elementFromPoint(x, y) !== element) return { error: 'the point (' + x + ', ' + y + ') is not on ' + selector };
      return { x, y };
    } + ')(' + JSON.stringify(clicks[clicked]) + ')');
    if (point.error) throw new Error('click: ' + point.error);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await Send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', buttons: 1, clickCount: 1 }, sessionId);
    }
    ++clicked;
  }
  // Wait for the capture's sentinel (or a load error) on the real clock.
  for (;;) {
    await Sleep(kPollMs);
    const meta = await Evaluate(sessionId,
      "(function(){var m=document.getElementById('loopscope-meta');return m?m.textContent:''})()");
    if (meta) {
      const state = JSON.parse(meta);
      if (state.sentinel || state.load_error) break;
    }
  }
  const dom = await Evaluate(sessionId,
    "(document.doctype ? new XMLSerializer().serializeToString(document.doctype) + '\\n' : '') + document.documentElement.outerHTML");
  process.stdout.write(dom + '\n');
  await Send('Browser.close').catch(function () {});
}

Main().then(function () {
  clearTimeout(watchdog);
  setTimeout(function () { child.kill('SIGKILL'); process.exit(0); }, 200);
}, function (error) {
  process.stderr.write('realtime_dump: ' + error.message + '\n');
  child.kill('SIGKILL');
  process.exit(1);
});
