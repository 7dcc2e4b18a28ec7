// HostRunsNoScriptCodeTest.cpp — issue 7 item 4: console previews and error reports never run
// the script's code (DevTools calls no getter, asks no Proxy trap, converts nothing), and the host's
// own JavaScript keeps working when the script patches the built-ins it would otherwise use.
// Each script counts the user code the host ran and prints the count: Chromium prints 0.
#include <gtest/gtest.h>

#include "RunScriptHelper.h"

namespace loopscope {
namespace {

using Lines = std::vector<std::string>;
using testing::RunScript;

TEST(ConsolePreview, AccessorsShowAsEllipsisAndAreNotCalled) {
  auto run = RunScript(
      "let calls = 0;"
      "const o = { a: 1, get b() { calls++; return 2; }, [Symbol('s')]: 3 };"
      "console.log(o);"
      "const arr = [1]; Object.defineProperty(arr, 1, { get() { calls++; return 9; }, enumerable: true });"
      "console.log(arr);"
      "console.log({ nested: { get x() { calls++; return 1; } } });"
      "console.log('calls', calls);");
  EXPECT_EQ(run.stdout_lines, (Lines{"{a: 1, b: (...), Symbol(s): 3}", "(2) [1, (...)]", "{nested: {…}}", "calls 0"}));
}

TEST(ConsolePreview, AGetterThatLogsItsOwnObjectDoesNotRecurse) {
  auto run = RunScript(
      "let calls = 0;"
      "const o = { get self() { calls++; console.log(o); return 1; } };"
      "console.log(o); console.log('calls', calls);");
  EXPECT_EQ(run.stdout_lines, (Lines{"{self: (...)}", "calls 0"}));
}

TEST(ConsolePreview, ASpinningGetterDoesNotHangConsoleLog) {
  RunOptions options;
  options.timeout_seconds = 20;  // a hang would end as a timeout, not as the lines below
  auto run = RunScript("console.log({ get spin() { for (;;) {} } }); console.log('after');", options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"{spin: (...)}", "after"}));
}

TEST(ConsolePreview, AProxyShowsItsTargetWithoutAskingItsTraps) {
  auto run = RunScript(
      "let traps = 0;"
      "const handler = { get() { traps++; return 7; }, ownKeys() { traps++; return []; },"
      "  getOwnPropertyDescriptor() { traps++; return undefined; }, getPrototypeOf() { traps++; return null; } };"
      "console.log(new Proxy({ p: 1 }, handler));"
      "console.log([new Proxy({}, handler)]);"
      "console.log('traps', traps);");
  EXPECT_EQ(run.stdout_lines, (Lines{"Proxy(Object) {p: 1}", "[Proxy(Object) {…}]", "traps 0"}));
}

TEST(ConsolePreview, PreviewsConvertNothing) {
  auto run = RunScript(
      "let calls = 0;"
      "const sneaky = { valueOf() { calls++; return 5; }, toString() { calls++; return 's'; } };"
      "console.log(sneaky, [sneaky], '%o', sneaky);"
      "Date.prototype.toString = function () { calls++; return 'patched'; };"
      "RegExp.prototype.toString = function () { calls++; return 'patched'; };"
      "Error.prototype.toString = function () { calls++; return 'patched'; };"
      "console.log(new Date(0).getTime(), /a+b/gi, new TypeError('t'));"
      "console.log('calls', calls);");
  EXPECT_EQ(run.stdout_lines, (Lines{"{valueOf: ƒ, toString: ƒ} [{…}] %o {valueOf: ƒ, toString: ƒ}",
                                     "0 /a+b/gi TypeError: t", "calls 0"}));
}

// What Chromium does (measured with the oracle, tests/hostile/format_specifier_conversions.js):
// V8's Formatter converts %s with String, %d / %i with parseInt, %f with parseFloat — one call of
// the script's toString each — and a throwing conversion leaves console.log before it prints.
TEST(ConsoleFormatter, SpecifiersConvertOnceAndAThrowPrintsNothing) {
  auto run = RunScript(
      "let n = 0;"
      "const o = { toString() { n++; return '7'; }, valueOf() { n += 10; return 8; } };"
      "console.log('%d|%i|%f|%s', o, o, o, o);"
      "console.log('conversions', n);"
      "const bad = { toString() { throw new Error('conv'); } };"
      "try { console.log('%d', bad); } catch (e) { console.log('threw', e.message); }"
      "try { console.count(bad); } catch (e) { console.log('count threw', e.message); }");
  EXPECT_EQ(run.stdout_lines, (Lines{"7|7|7|7", "conversions 4", "threw conv", "count threw conv"}));
}

TEST(ConsolePreview, ErrorTextReadsDataPropertiesOnly) {
  auto run = RunScript(
      "let calls = 0;"
      "const e = new Error('x'); Object.defineProperty(e, 'message', { get() { calls++; return 'm'; } });"
      "console.log(e); console.log('calls', calls);");
  EXPECT_EQ(run.stdout_lines, (Lines{"Error", "calls 0"}));
}

TEST(ErrorReport, AUserStackGetterIsNotCalled) {
  RunOptions options;
  options.timeout_seconds = 20;
  auto run = RunScript(
      "const e = new Error('spin');"
      "Object.defineProperty(e, 'stack', { get() { for (;;) {} } });"
      "setTimeout(() => console.log('after'), 0);"
      "throw e;",
      options);
  EXPECT_EQ(run.outcome.reason, RunEndReason::Completed);
  EXPECT_EQ(run.stdout_lines, (Lines{"after"}));
  ASSERT_FALSE(run.stderr_lines.empty());
  EXPECT_EQ(run.stderr_lines[0], "Uncaught Error: spin");
}

TEST(HostScripts, MessagingAndPreludeSurvivePatchedBuiltins) {
  auto run = RunScript(
      "for (const name of ['push', 'slice', 'map', 'find', 'findIndex', 'some', 'splice', 'shift', 'sort'])"
      "  Array.prototype[name] = function () { throw new Error(name + ' patched'); };"
      "Array.prototype[Symbol.iterator] = function () { throw new Error('iterator patched'); };"
      "Function.prototype.call = function () { throw new Error('call patched'); };"
      "Function.prototype.apply = function () { throw new Error('apply patched'); };"
      "Object.defineProperty = function () { throw new Error('defineProperty patched'); };"
      "const channel = new MessageChannel();"
      "channel.port2.onmessage = (event) => console.log('got', event.data);"
      "channel.port1.postMessage('hello');"
      "window.addEventListener('message', (event) => console.log('window got', event.data));"
      "window.postMessage('w', '*');"
      "console.log([3, 1, 2].toReversed()[0], [1, 2, 3].with(1, 9)[1], [1, 2, 3].toSpliced(0, 1).length);");
  EXPECT_EQ(run.stderr_lines, Lines{});
  EXPECT_EQ(run.stdout_lines, (Lines{"2 9 2", "got hello", "window got w"}));
}

}  // namespace
}  // namespace loopscope
