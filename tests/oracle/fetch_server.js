#!/usr/bin/env node
// fetch_server.js ROOT_DIR — the oracle's HTTP server for puzzles that fetch (header line
// `// Oracle-server: http` in chromium_console.sh). Chromium cannot fetch file:// URLs, so such a
// page is loaded from http://127.0.0.1:PORT/puzzle/page.html and everything it fetches is served
// here, exactly as Loopscope's network service serves it (runtime/io/NetworkService.h):
//   /puzzle/delay/MS       200 after MS ms (0 ≤ MS ≤ 10000), body {"delay":MS}, application/json
//   /puzzle/status/CODE    CODE (200 ≤ CODE ≤ 599) with node's reason phrase, body = the phrase
//                          (none for the null-body statuses 204, 205 and 304)
//   /puzzle/PATH           the file ROOT_DIR/PATH (content type by extension), 404 "Not Found"
//                          if there is no such file
//   anything else          (outside /puzzle/: the folder's "outside") the connection is destroyed
//                          without a response, which Chromium reports as `TypeError: Failed to fetch`
// Every response says `Cache-Control: no-store`, so two runs see the same network.
// Listens on 127.0.0.1 on a free port and prints the port on stdout (one line); runs until killed.
// No dependencies beyond node's own modules.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');
const kPrefix = '/puzzle/';
const kMaxDelayMs = 10000;
// The content types Loopscope's network service gives (NetworkService.cpp ContentTypeOf).
const kContentTypes = {
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
};

function Send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  response.end(body);
}

const server = http.createServer(function (request, response) {
  const pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  if (!pathname.startsWith(kPrefix)) {
    request.socket.destroy();  // a network error: the browser's "Failed to fetch"
    return;
  }
  const relative = pathname.slice(kPrefix.length);
  let match = /^delay\/(\d+)$/.exec(relative);
  if (match && Number(match[1]) <= kMaxDelayMs) {
    const ms = Number(match[1]);
    setTimeout(function () { Send(response, 200, 'application/json', JSON.stringify({ delay: ms })); }, ms);
    return;
  }
  match = /^status\/(\d+)$/.exec(relative);
  if (match && Number(match[1]) >= 200 && Number(match[1]) <= 599) {
    const status = Number(match[1]);
    const phrase = http.STATUS_CODES[status] || 'unknown';
    response.statusMessage = phrase;
    if (status === 204 || status === 205 || status === 304) {  // null body statuses
      response.writeHead(status, { 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    Send(response, status, 'text/plain; charset=utf-8', phrase);
    return;
  }
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) {
    request.socket.destroy();
    return;
  }
  fs.readFile(file, function (error, data) {
    if (error) {
      Send(response, 404, 'text/plain; charset=utf-8', 'Not Found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': kContentTypes[path.extname(file)] || 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-store',
    });
    response.end(data);
  });
});
server.listen(0, '127.0.0.1', function () {
  process.stdout.write(server.address().port + '\n');
});
