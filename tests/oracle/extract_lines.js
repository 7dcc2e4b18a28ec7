#!/usr/bin/env node
// extract_lines.js DUMP.html SCRIPT_NAME — reads the DOM that `chromium --dump-dom` printed for the
// page chromium_console.sh built, checks that the run finished, and prints the captured
// console.log/info/debug lines on stdout (one per call; a string with newlines prints as several
// physical lines, exactly like a terminal console). console.warn/error, uncaught errors and
// unhandled rejections are reported on stderr. Exit status: 0 ok, 1 the run did not finish.
'use strict';
const fs = require('fs');

function Fail(message) {
  process.stderr.write('chromium_console: ' + message + '\n');
  process.exit(1);
}

// The capture writes ASCII-only JSON, so the serialised text content needs no entity decoding;
// decode the three entities the serialiser could still produce, to be safe.
function PreText(dom, id) {
  const re = new RegExp('<pre id="' + id + '">([\\s\\S]*?)</pre>');
  const m = re.exec(dom);
  if (!m) return null;
  return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function JsonLines(text) {
  return text.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
}

const [dump_path, script_name] = process.argv.slice(2);
// The inlined capture script's own source mentions the <pre> ids: drop every script element.
const dom = fs.readFileSync(dump_path, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
if (dom.trim().length === 0) Fail('chromium printed no DOM (crashed or was killed?)');

const meta_text = PreText(dom, 'loopscope-meta');
const out_text = PreText(dom, 'loopscope-out');
const err_text = PreText(dom, 'loopscope-err');
if (meta_text === null || out_text === null || err_text === null) {
  Fail('the capture did not run: no <pre id="loopscope-meta"> in the dumped DOM');
}
const meta = JSON.parse(meta_text);
for (const line of JsonLines(err_text)) process.stderr.write(script_name + ': ' + line + '\n');

if (meta.virtual_time === false) {
  Fail('Chromium never switched to virtual time after the load event (polled ' +
       'for it), so the script was not run');
}
if (meta.load_error) Fail(meta.load_error);
if (!meta.loaded) {
  Fail(script_name + ' never ran to completion: the page did not load, or the virtual-time budget ' +
       'ran out before the clock switched to virtual time');
}
if (!meta.sentinel) {
  Fail('the virtual-time budget ran out before the sentinel timer fired: ' + script_name +
       ' keeps the loop busy (a long synchronous loop?) or the budget is too small');
}
if (meta.lines_after_sentinel > 0) {
  Fail(script_name + ' still logged ' + meta.lines_after_sentinel + ' line(s) after the sentinel ' +
       'timer: its output would be cut at an arbitrary point (an interval never cleared, or a ' +
       'timer longer than the sentinel delay?)');
}
const lines = JsonLines(out_text);
if (lines.length !== meta.lines) Fail('captured ' + lines.length + ' lines but counted ' + meta.lines);
process.stdout.write(lines.map((l) => l + '\n').join(''));
