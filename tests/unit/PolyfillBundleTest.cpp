// The browser model's polyfill bundle (runtime/models/browser/polyfills: core-js modules and
// Loopscope's own, bundled by esbuild at build time): that it is embedded and loads before the
// script, and what the puzzles cannot compare with Chromium — it leaves no trace of itself on the
// global object, keeps V8's own Promise and Loopscope's Function.prototype.toString, and its
// functions work when the script has patched what they use.
#include <gtest/gtest.h>

#include "RunScriptHelper.h"
#include "loopscope_browser_js.h"

namespace loopscope {
namespace {

using testing::RunScript;
using Lines = std::vector<std::string>;

TEST(PolyfillBundle, IsEmbeddedAsAnInstaller) {
  std::string_view bundle = embedded_browser::EmbeddedFile("builtins.js");
  ASSERT_FALSE(bundle.empty());
  EXPECT_TRUE(bundle.starts_with("(function installBuiltins("));
  EXPECT_NE(bundle.find("core-js"), std::string_view::npos);
}

TEST(PolyfillBundle, LoadsBeforeTheScript) {
  auto run = RunScript(
      "console.log(typeof Array.fromAsync, typeof Set.prototype.union, typeof Iterator, typeof URL,"
      "            typeof atob, typeof Promise.try);");
  EXPECT_EQ(run.stdout_lines, (Lines{"function function function function function function"}));
  EXPECT_TRUE(run.stderr_lines.empty()) << run.stderr_lines.front();  // no "[loopscope] builtins.js failed"
}

TEST(PolyfillBundle, LeavesNoTraceOnTheGlobalObject) {
  auto run = RunScript(
      "console.log(Object.getOwnPropertyNames(globalThis).filter((n) => /core-js|__core/.test(n)).length,"
      "            Symbol.keyFor(Symbol.dispose), Symbol.keyFor(Symbol.asyncDispose));");
  EXPECT_EQ(run.stdout_lines, (Lines{"0 undefined undefined"}));
}

TEST(PolyfillBundle, KeepsTheEnginesPromiseAndTheUsersFunctionText) {
  // core-js's Promise would make `then` a JavaScript function and its jobs invisible to V8's
  // PromiseHook; its Function.prototype.toString would hide the user's text behind its own.
  auto run = RunScript(
      "function user(a) { return a + 1; }\n"
      "console.log(user.toString());\n"
      "console.log(Function.prototype.toString.toString(), Promise.prototype.then.toString());\n"
      "Promise.resolve(1).then(function reaction() {});");
  EXPECT_EQ(run.stdout_lines, (Lines{"function user(a) { return a + 1; }",
                                     "function toString() { [native code] } function then() { [native code] }"}));
  uint64_t microtasks_run = 0;
  for (uint64_t i = 0; i < run.trace->PublishedCount(); ++i) {
    if (run.trace->At(i).Kind() == EventKind::MicrotaskStarted) ++microtasks_run;
  }
  EXPECT_EQ(microtasks_run, 1u);
}

TEST(PolyfillBundle, WorksWhenTheScriptPatchesWhatItUses) {
  auto run = RunScript(
      "const real = { push: Array.prototype.push, next: Object.getPrototypeOf([].values()).next };\n"
      "Array.prototype.push = () => { throw new Error('push'); };\n"
      "Function.prototype.call = () => { throw new Error('call'); };\n"
      "Function.prototype.apply = () => { throw new Error('apply'); };\n"
      "Object.defineProperty = () => { throw new Error('defineProperty'); };\n"
      "Reflect.apply = () => { throw new Error('Reflect.apply'); };\n"
      "Object.create = () => { throw new Error('create'); };\n"
      "RegExp.prototype.exec = () => { throw new Error('exec'); };\n"
      "console.log(new Set([1]).union(new Set([2])).size, [2, 1].toSorted()[0], [1].with(0, 5)[0],\n"
      "            new URL('/b?x=1', 'https://a.example/').href, new URLSearchParams({ k: 'v w' }).toString(),\n"
      "            Object.groupBy([1, 2], (x) => x % 2)[1].length, new Set([1]).values().map((x) => x * 3).toArray()[0]);\n"
      "Array.fromAsync([1, 2]).then((list) => console.log(list.length));");
  EXPECT_EQ(run.stdout_lines, (Lines{"2 1 5 https://a.example/b?x=1 k=v+w 1 3", "2"}));
  EXPECT_TRUE(run.stderr_lines.empty()) << run.stderr_lines.front();
}

}  // namespace
}  // namespace loopscope
