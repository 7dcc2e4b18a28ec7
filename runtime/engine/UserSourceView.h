// UserSourceView.h — what a script sees of its own code is the user's text, not the rewritten one.
//
// The instrumenter shifts columns and adds hook calls (instrument.js). Two things would show it:
//  - Function.prototype.toString of a user function: replaced by a native function that asks the
//    original toString and maps the rewritten text back to the user's (SourceMap::OriginalText).
//    It also keeps the hooks' random name out of the script's sight. A function of a host script
//    (compiled as "loopscope:NAME": the prelude, the polyfill bundle) prints as native code,
//    "function NAME() { [native code] }", as Chromium's built-ins and Web APIs do.
//  - error.stack's line:column positions: V8's PrepareStackTraceCallback formats the stack as V8
//    (and Node without --enable-source-maps) does by default ("Name: message" then one
//    "\n    at …" per frame, each frame as V8's CallSite serialises it) with user-script positions
//    mapped back; a script's own Error.prepareStackTrace is called instead, as V8 does. The node
//    model replaces Node's own callback with it. The polyfill bundle's frames print as V8 prints a
//    built-in's (see PrepareStackTrace).
//
// Thread: the runtime thread. One per Engine; it must outlive the context it was installed in.
#pragma once

#include <v8.h>

#include <map>
#include <optional>
#include <tuple>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/instrument/SourceMap.h"

namespace loopscope {

class UserSourceView {
 public:
  explicit UserSourceView(v8::Isolate* isolate) : m_isolate(isolate) {}

  // One user script, by the name V8 knows it under (its ScriptOrigin resource name): the
  // instrumenter's segments (SourceMap.h), the rewritten code and the user's source (UTF-8).
  void AddScript(const std::string& name, std::vector<uint32_t> segments, const std::string& generated,
                 const std::string& original);

  // Code made at run time (eval, new Function) and rewritten, called from `call_site`: the user
  // script's line that called it ("file.js:L", the user's coordinates; empty when no script called
  // it). Frames in that code get the user's positions when one code string came from that line
  // (their eval origin names it); when several did, V8 gives nothing to tell them apart and their
  // positions stay as rewritten.
  void AddRuntimeCode(const std::string& name, const std::string& call_site, std::vector<uint32_t> segments,
                      const std::string& generated, const std::string& original);

  // The hooks' name, which every rewritten function's text contains.
  void SetHookName(const std::string& hook_name);
  // Before any user code runs in `context`: the Function.prototype.toString replacement, and
  // the intrinsics the stack formatting calls (Error, Error.prototype.toString).
  void InstallIn(v8::Local<v8::Context> context);
  // The browser model's stack formatting (see above).
  void MapStackTraces();
  // `function` (of the polyfill bundle) is exposed to the page: its stack frames show, named
  // `name` (e.g. "Object.groupBy": V8 10.2 names a static method's frame after its receiver's
  // type, "Function.groupBy"), or after the receiver's type when `name` is empty.
  void AddBuiltinName(v8::Local<v8::Function> function, const std::string& name);
  // A (line, column) of the rewritten `script_name` as the user's (1-based); unchanged for other
  // scripts.
  std::pair<uint32_t, uint32_t> UserPosition(v8::Local<v8::Value> script_name, uint32_t line, uint32_t column) const;
  // The user's text of a function whose rewritten text (as V8's own toString gives it) is
  // `generated`, searched in every user script; nullopt if none has it. (V8's messages that quote
  // a function, e.g. the serializer's "… could not be cloned.", quote the rewritten text.)
  std::optional<std::u16string> OriginalFunctionText(const std::u16string& generated) const;

 private:
  static void FunctionToString(const v8::FunctionCallbackInfo<v8::Value>& info);
  static v8::MaybeLocal<v8::Value> PrepareStackTrace(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                                                     v8::Local<v8::Array> sites);
  static UserSourceView* Current(v8::Isolate* isolate);
  const SourceMap* MapFor(v8::Local<v8::Value> script_name) const;
  // "file.js:12:34" -> the frame text with the user's position, if `site` is in a user script
  // or in code a user script made with eval (then its eval origin's positions are mapped too).
  v8::Local<v8::String> FrameText(v8::Local<v8::Context> context, v8::Local<v8::Object> site);
  // The map of the eval code a frame with this eval origin runs in, if it is known and unambiguous.
  const SourceMap* MapForEvalOrigin(const std::u16string& origin) const;
  // Every "SCRIPT:L:C" of a user script in `text` with the user's line and column.
  void MapUserPositions(std::u16string& text) const;
  // The AddBuiltinName entry of a polyfill frame's function, if it has one.
  const std::string* BuiltinName(v8::Local<v8::Context> context, v8::Local<v8::Object> site) const;
  // The frames of a stack the page sees, innermost first: `index` into `frames`; a polyfill
  // frame shown as a built-in has a `builtin_name` (empty: named after its receiver).
  struct ShownFrame {
    size_t index;
    const std::string* builtin_name;
  };
  std::vector<ShownFrame> ShownFrames(v8::Local<v8::Context> context, const std::vector<v8::Local<v8::Object>>& frames) const;

  v8::Isolate* m_isolate;
  std::unordered_map<std::string, SourceMap> m_maps;
  struct RuntimeCodeAt {
    std::string map_name;  // empty: more than one code string came from this call site
    std::string generated;
  };
  std::unordered_map<std::string, RuntimeCodeAt> m_runtime_code_by_call_site;
  std::vector<std::string> m_user_script_names;  // the maps that are scripts, not runtime code
  std::u16string m_hook_marker;
  // (script name, 1-based line, column of the function's start, as CallSite's getEnclosing*) -> name
  std::map<std::tuple<std::string, int, int>, std::string> m_builtin_names;
  v8::Global<v8::Function> m_error_constructor;
  v8::Global<v8::Function> m_error_to_string;
};

}  // namespace loopscope
