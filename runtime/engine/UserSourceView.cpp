#include "runtime/engine/UserSourceView.h"

#include <optional>
#include <string_view>
#include <vector>

#include "runtime/engine/Engine.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

constexpr std::string_view kPolyfillScript = "loopscope:builtins.js";

std::u16string ToUtf16(v8::Isolate* isolate, v8::Local<v8::String> text) {
  std::u16string out(static_cast<size_t>(text->Length()), u'\0');
  text->Write(isolate, reinterpret_cast<uint16_t*>(out.data()), 0, text->Length(), v8::String::NO_NULL_TERMINATION);
  return out;
}

v8::Local<v8::String> FromUtf16(v8::Isolate* isolate, const std::u16string& text) {
  return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(text.data()), v8::NewStringType::kNormal,
                                    static_cast<int>(text.size()))
      .ToLocalChecked();
}

// site[method]() for a CallSite; empty if it is not a function or throws.
v8::MaybeLocal<v8::Value> CallMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> site, const char* method) {
  v8::Local<v8::Value> function;
  if (!site->Get(context, V8String(context->GetIsolate(), method)).ToLocal(&function) || !function->IsFunction()) {
    return {};
  }
  return function.As<v8::Function>()->Call(context, site, 0, nullptr);
}

bool EndsWith(const std::u16string& text, std::u16string_view suffix) {
  return text.size() >= suffix.size() && std::u16string_view(text).substr(text.size() - suffix.size()) == suffix;
}

// The host scripts (the prelude, the polyfill bundle, the hooks) are compiled as "loopscope:NAME".
bool IsHostScript(v8::Isolate* isolate, v8::Local<v8::Value> script_name) {
  return !script_name.IsEmpty() && script_name->IsString() && ToStdString(isolate, script_name).rfind("loopscope:", 0) == 0;
}

// V8's text for a native function (NativeCodeFunctionSourceString): "function NAME() { [native
// code] }". The name is the function's own `name` data property (core-js names its functions
// through it, e.g. "get href"), else the one V8 gave it.
v8::Local<v8::String> NativeFunctionText(v8::Local<v8::Context> context, v8::Local<v8::Function> function) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> name = function->GetName();
  v8::Local<v8::Value> descriptor;
  if (function->GetOwnPropertyDescriptor(context, V8String(isolate, "name")).ToLocal(&descriptor) &&
      descriptor->IsObject()) {
    v8::Local<v8::Value> value;
    if (descriptor.As<v8::Object>()->Get(context, V8String(isolate, "value")).ToLocal(&value) && value->IsString()) {
      name = value;
    }
  }
  v8::Local<v8::String> text = V8String(isolate, "function ");
  if (name->IsString()) text = v8::String::Concat(isolate, text, name.As<v8::String>());
  return v8::String::Concat(isolate, text, V8String(isolate, "() { [native code] }"));
}

// Where a stack frame's code comes from: the polyfill bundle (BrowserGlobals.cpp runs it as
// "loopscope:builtins.js"), another of Loopscope's host scripts ("loopscope:…": the DOM, Node's
// module loader wrapper), the engine itself (no script: a V8 built-in), or anything else.
enum class FrameOrigin { Polyfill, Host, Engine, Other };

FrameOrigin OriginOf(v8::Local<v8::Context> context, v8::Local<v8::Object> site) {
  v8::Local<v8::Value> file;
  if (!CallMethod(context, site, "getFileName").ToLocal(&file) || file->IsNullOrUndefined()) return FrameOrigin::Engine;
  const std::string name = ToStdString(context->GetIsolate(), file);
  if (name == kPolyfillScript) return FrameOrigin::Polyfill;
  return name.rfind("loopscope:", 0) == 0 ? FrameOrigin::Host : FrameOrigin::Other;
}

// A polyfill's frame as V8 prints a built-in's: "Array.toSorted (<anonymous>)", or as
// `registered_name` says when it is not empty. esbuild renames a class that would shadow a
// global (Iterator -> Iterator2): the type keeps the global's name. The bundle's Web APIs (the
// URL Standard's) are Blink's C++ in Chromium, which leaves no frame: empty for them.
v8::Local<v8::String> BuiltinFrameText(v8::Local<v8::Context> context, v8::Local<v8::Object> site,
                                       const std::string& registered_name) {
  v8::Isolate* isolate = context->GetIsolate();
  auto text_of = [&](const char* method) -> std::string {
    v8::Local<v8::Value> value;
    if (!CallMethod(context, site, method).ToLocal(&value) || !value->IsString()) return {};
    return ToStdString(isolate, value);
  };
  auto flag_of = [&](const char* method) {
    v8::Local<v8::Value> value;
    return CallMethod(context, site, method).ToLocal(&value) && value->IsTrue();
  };
  std::string function_name = text_of("getFunctionName");
  if (function_name.empty()) function_name = "<anonymous>";
  std::string type_name = text_of("getTypeName");
  while (!type_name.empty() && type_name.back() >= '0' && type_name.back() <= '9') type_name.pop_back();
  const bool constructor = flag_of("isConstructor");
  for (std::string_view web_interface : {"URL", "URLSearchParams"}) {
    if ((constructor ? function_name : type_name) == web_interface) return {};
  }
  std::string name;
  if (!registered_name.empty()) {
    name = registered_name;
  } else if (constructor) {
    name = "new " + function_name;
  } else {
    name = type_name.empty() || flag_of("isToplevel") ? function_name : type_name + "." + function_name;
  }
  return V8String(isolate, name + " (<anonymous>)");
}

}  // namespace

UserSourceView* UserSourceView::Current(v8::Isolate* isolate) {
  Engine* engine = Engine::Current(isolate);
  return engine != nullptr ? &engine->SourceView() : nullptr;
}

void UserSourceView::AddScript(const std::string& name, std::vector<uint32_t> segments, const std::string& generated,
                               const std::string& original) {
  // Decoded by V8, so offsets count exactly as V8's positions do (invalid UTF-8 included).
  v8::HandleScope scope(m_isolate);
  m_maps.insert_or_assign(name, SourceMap(std::move(segments), ToUtf16(m_isolate, V8String(m_isolate, generated)),
                                          ToUtf16(m_isolate, V8String(m_isolate, original))));
  m_user_script_names.push_back(name);
}

void UserSourceView::AddRuntimeCode(const std::string& name, const std::string& call_site, std::vector<uint32_t> segments,
                                    const std::string& generated, const std::string& original) {
  AddScript(name, std::move(segments), generated, original);
  m_user_script_names.pop_back();  // not a script a frame names
  if (call_site.empty()) return;
  auto [it, inserted] = m_runtime_code_by_call_site.try_emplace(call_site, RuntimeCodeAt{name, generated});
  if (!inserted && it->second.generated != generated) it->second.map_name.clear();  // ambiguous from now on
}

const SourceMap* UserSourceView::MapFor(v8::Local<v8::Value> script_name) const {
  if (script_name.IsEmpty() || !script_name->IsString()) return nullptr;
  auto it = m_maps.find(ToStdString(m_isolate, script_name));
  return it != m_maps.end() ? &it->second : nullptr;
}

void UserSourceView::SetHookName(const std::string& hook_name) {
  m_hook_marker = std::u16string(hook_name.begin(), hook_name.end());  // ASCII
}

void UserSourceView::InstallIn(v8::Local<v8::Context> context) {
  v8::TryCatch guard(m_isolate);
  v8::Local<v8::Object> global = context->Global();
  auto object_at = [&](v8::Local<v8::Value> holder, const char* key) -> v8::Local<v8::Object> {
    v8::Local<v8::Value> value;
    if (holder.IsEmpty() || !holder->IsObject() ||
        !holder.As<v8::Object>()->Get(context, V8String(m_isolate, key)).ToLocal(&value) || !value->IsObject()) {
      return {};
    }
    return value.As<v8::Object>();
  };
  v8::Local<v8::Object> error = object_at(global, "Error");
  v8::Local<v8::Object> error_to_string = object_at(object_at(error, "prototype"), "toString");
  if (!error.IsEmpty() && error->IsFunction()) m_error_constructor.Reset(m_isolate, error.As<v8::Function>());
  if (!error_to_string.IsEmpty() && error_to_string->IsFunction()) {
    m_error_to_string.Reset(m_isolate, error_to_string.As<v8::Function>());
  }

  v8::Local<v8::Object> function_prototype = object_at(object_at(global, "Function"), "prototype");
  v8::Local<v8::Object> original = object_at(function_prototype, "toString");
  if (function_prototype.IsEmpty() || original.IsEmpty() || !original->IsFunction()) return;
  v8::Local<v8::Function> replacement;
  if (!v8::Function::New(context, &FunctionToString, original, 0, v8::ConstructorBehavior::kThrow).ToLocal(&replacement)) {
    return;
  }
  replacement->SetName(V8String(m_isolate, "toString"));
  function_prototype->DefineOwnProperty(context, V8String(m_isolate, "toString"), replacement, v8::DontEnum).FromMaybe(false);
}

std::pair<uint32_t, uint32_t> UserSourceView::UserPosition(v8::Local<v8::Value> script_name, uint32_t line,
                                                           uint32_t column) const {
  const SourceMap* map = MapFor(script_name);
  if (map == nullptr) return {line, column};
  return map->OriginalPosition(line, column).value_or(std::make_pair(line, column));
}

std::optional<std::u16string> UserSourceView::OriginalFunctionText(const std::u16string& generated) const {
  for (const auto& [name, map] : m_maps) {
    if (auto original = map.OriginalText(generated)) return original;
  }
  return std::nullopt;
}

void UserSourceView::AddBuiltinName(v8::Local<v8::Function> function, const std::string& name) {
  v8::Local<v8::Value> script = function->GetScriptOrigin().ResourceName();
  if (script.IsEmpty() || !script->IsString()) return;  // a native function has no script
  // A frame knows its function by where the function's token starts (CallSite
  // getEnclosingLineNumber / getEnclosingColumnNumber, 1-based); the function by where its
  // parameters start (GetScriptColumnNumber, 0-based). Between them is the name, for a method
  // `name(…)`, or "function name", for `function name(…)`: both are recorded.
  v8::Local<v8::Value> own_name = function->GetName();
  const int name_length = own_name->IsString() ? own_name.As<v8::String>()->Length() : 0;
  const std::string script_name = ToStdString(m_isolate, script);
  const int line = function->GetScriptLineNumber() + 1;
  const int parameters = function->GetScriptColumnNumber() + 1;
  constexpr int kFunctionKeyword = 9;  // "function "
  for (int token : {parameters - name_length, parameters - name_length - kFunctionKeyword}) {
    m_builtin_names.insert_or_assign(std::make_tuple(script_name, line, token), name);
  }
}

const std::string* UserSourceView::BuiltinName(v8::Local<v8::Context> context, v8::Local<v8::Object> site) const {
  auto number_of = [&](const char* method) {
    v8::Local<v8::Value> value;
    return CallMethod(context, site, method).ToLocal(&value) && value->IsNumber()
               ? static_cast<int>(value.As<v8::Number>()->Value()) : -1;
  };
  auto named = m_builtin_names.find(std::make_tuple(std::string(kPolyfillScript), number_of("getEnclosingLineNumber"),
                                                    number_of("getEnclosingColumnNumber")));
  return named != m_builtin_names.end() ? &named->second : nullptr;
}

void UserSourceView::MapStackTraces() { m_isolate->SetPrepareStackTraceCallback(&PrepareStackTrace); }

void UserSourceView::FunctionToString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> text;
  // The original decides what is a function (a TypeError otherwise, which propagates).
  if (!info.Data().As<v8::Function>()->Call(context, info.This(), 0, nullptr).ToLocal(&text)) return;
  info.GetReturnValue().Set(text);
  UserSourceView* view = Current(isolate);
  if (view == nullptr || !info.This()->IsFunction() || !text->IsString()) return;
  v8::Local<v8::Function> function = info.This().As<v8::Function>();
  v8::Local<v8::Value> script_name = function->GetScriptOrigin().ResourceName();
  if (IsHostScript(isolate, script_name)) {
    // Chromium's built-ins and Web APIs are native: so are Loopscope's host scripts to the page.
    if (!EndsWith(ToUtf16(isolate, text.As<v8::String>()), u"{ [native code] }")) {
      info.GetReturnValue().Set(NativeFunctionText(context, function));
    }
    return;
  }
  const SourceMap* map = view->MapFor(script_name);
  const std::u16string generated = ToUtf16(isolate, text.As<v8::String>());
  std::optional<std::u16string> original;
  if (map != nullptr) {
    original = map->OriginalText(generated);
  } else if (!view->m_hook_marker.empty() && generated.find(view->m_hook_marker) != std::u16string::npos) {
    original = view->OriginalFunctionText(generated);  // code made at run time (eval): no script name
  }
  if (original) info.GetReturnValue().Set(FromUtf16(isolate, *original));
}

namespace {

// The trailing ":LINE:COLUMN" of `text` ending at `end` (exclusive), as numbers; its start in `start`.
std::optional<std::pair<uint32_t, uint32_t>> PositionBefore(const std::u16string& text, size_t end, size_t* start) {
  auto digits_back = [&](size_t& at) {
    const size_t stop = at;
    while (at > 0 && text[at - 1] >= u'0' && text[at - 1] <= u'9') --at;
    return at < stop;
  };
  size_t at = end;
  if (!digits_back(at)) return std::nullopt;
  const size_t column_at = at;
  if (at == 0 || text[at - 1] != u':') return std::nullopt;
  --at;
  if (!digits_back(at)) return std::nullopt;
  const size_t line_at = at;
  if (at == 0 || text[at - 1] != u':') return std::nullopt;
  *start = at - 1;
  auto number = [&](size_t from, size_t to) {
    uint32_t value = 0;
    for (size_t i = from; i < to; ++i) value = value * 10 + static_cast<uint32_t>(text[i] - u'0');
    return value;
  };
  return std::make_pair(number(line_at, column_at - 1), number(column_at, end));
}

std::u16string PositionText(uint32_t line, uint32_t column) {
  const std::string text = ":" + std::to_string(line) + ":" + std::to_string(column);
  return std::u16string(text.begin(), text.end());
}

}  // namespace


void UserSourceView::MapUserPositions(std::u16string& text) const {
  for (const std::string& name : m_user_script_names) {
    const SourceMap& map = m_maps.at(name);
    const std::u16string needle = std::u16string(name.begin(), name.end()) + u":";
    for (size_t at = text.find(needle); at != std::u16string::npos; at = text.find(needle, at + 1)) {
      if (at > 0 && text[at - 1] != u'(' && text[at - 1] != u' ') continue;  // the end of a longer name
      size_t end = at + needle.size();
      while (end < text.size() && ((text[end] >= u'0' && text[end] <= u'9') || text[end] == u':')) ++end;
      size_t start = 0;
      const auto position = PositionBefore(text, end, &start);
      if (!position || start != at + needle.size() - 1) continue;
      const auto original = map.OriginalPosition(position->first, position->second);
      if (!original) continue;
      text.replace(start, end - start, PositionText(original->first, original->second));
    }
  }
}

const SourceMap* UserSourceView::MapForEvalOrigin(const std::u16string& origin) const {
  // "eval at f (file.js:1:121)" or, nested, "eval at g (eval at f (…), <anonymous>:1:5)": the
  // call site is the position before the last ")".
  const size_t close = origin.rfind(u')');
  if (close == std::u16string::npos) return nullptr;
  size_t from = origin.rfind(u'(', close);
  const size_t comma = origin.rfind(u", ", close);
  if (comma != std::u16string::npos && (from == std::u16string::npos || comma > from)) from = comma + 1;
  if (from == std::u16string::npos) return nullptr;
  std::u16string call_site = origin.substr(from + 1, close - from - 1);
  MapUserPositions(call_site);  // keyed in the user's coordinates, by line (AddRuntimeCode)
  call_site.resize(call_site.rfind(u':'));
  const auto it = m_runtime_code_by_call_site.find(std::string(call_site.begin(), call_site.end()));
  if (it == m_runtime_code_by_call_site.end() || it->second.map_name.empty()) return nullptr;
  return &m_maps.at(it->second.map_name);
}

v8::Local<v8::String> UserSourceView::FrameText(v8::Local<v8::Context> context, v8::Local<v8::Object> site) {
  v8::Local<v8::Value> text_value;
  if (!CallMethod(context, site, "toString").ToLocal(&text_value) || !text_value->IsString()) {
    return V8String(m_isolate, "<error>");
  }
  v8::Local<v8::String> text = text_value.As<v8::String>();
  std::u16string frame = ToUtf16(m_isolate, text);
  v8::Local<v8::Value> is_eval, origin, file, line, column;
  const bool in_eval = CallMethod(context, site, "isEval").ToLocal(&is_eval) && is_eval->IsTrue();
  const SourceMap* map = nullptr;
  if (in_eval) {
    // Eval code's own position (its script has no name) and, in its origin, the caller's.
    if (CallMethod(context, site, "getEvalOrigin").ToLocal(&origin) && origin->IsString()) {
      map = MapForEvalOrigin(ToUtf16(m_isolate, origin.As<v8::String>()));
    }
  } else if (CallMethod(context, site, "getFileName").ToLocal(&file)) {
    map = MapFor(file);
  }
  // The frame's own position is its last ":line:column" (V8: "f (file:L:C)" or "file:L:C").
  bool mapped = false;
  std::u16string tail;  // eval code: its own position and what follows (the origin before it is mapped below)
  if (map != nullptr && CallMethod(context, site, "getLineNumber").ToLocal(&line) && line->IsNumber() &&
      CallMethod(context, site, "getColumnNumber").ToLocal(&column) && column->IsNumber()) {
    const auto generated_line = static_cast<uint32_t>(line.As<v8::Number>()->Value());
    const auto generated_column = static_cast<uint32_t>(column.As<v8::Number>()->Value());
    if (auto original = map->OriginalPosition(generated_line, generated_column)) {
      const std::u16string needle = PositionText(generated_line, generated_column);
      const size_t at = frame.rfind(needle);
      if (at != std::u16string::npos) {
        mapped = true;
        if (in_eval) {
          tail = PositionText(original->first, original->second) + frame.substr(at + needle.size());
          frame.resize(at);
        } else {
          frame.replace(at, needle.size(), PositionText(original->first, original->second));
        }
      }
    }
  }
  if (!in_eval) return mapped ? FromUtf16(m_isolate, frame) : text;
  MapUserPositions(frame);
  return FromUtf16(m_isolate, frame + tail);
}

v8::MaybeLocal<v8::Value> UserSourceView::PrepareStackTrace(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                                                            v8::Local<v8::Array> sites) {
  v8::Isolate* isolate = context->GetIsolate();
  UserSourceView* view = Current(isolate);
  if (view == nullptr) return v8::Undefined(isolate);
  // A page's built-ins and Node's module loader show no frames of Loopscope's host scripts; the
  // polyfill bundle's stay, to be shown as built-ins (ShownFrames).
  std::vector<v8::Local<v8::Object>> frames;
  for (uint32_t i = 0; i < sites->Length(); ++i) {
    v8::Local<v8::Value> site;
    if (sites->Get(context, i).ToLocal(&site) && site->IsObject() &&
        OriginOf(context, site.As<v8::Object>()) != FrameOrigin::Host) {
      frames.push_back(site.As<v8::Object>());
    }
  }
  const std::vector<ShownFrame> shown = view->ShownFrames(context, frames);
  // V8 (ErrorUtils::FormatStackTrace): a function in Error.prepareStackTrace formats it instead,
  // given the frames the page would see (no helper of the polyfill bundle).
  if (!view->m_error_constructor.IsEmpty()) {
    v8::Local<v8::Function> error_constructor = view->m_error_constructor.Get(isolate);
    v8::Local<v8::Value> prepare;
    if (!error_constructor->Get(context, V8String(isolate, "prepareStackTrace")).ToLocal(&prepare)) return {};
    if (prepare->IsFunction()) {
      v8::Local<v8::Array> visible = v8::Array::New(isolate, static_cast<int>(shown.size()));
      for (size_t i = 0; i < shown.size(); ++i) {
        if (visible->Set(context, static_cast<uint32_t>(i), frames[shown[i].index]).IsNothing()) return {};
      }
      v8::Local<v8::Value> args[] = {error, visible};
      return prepare.As<v8::Function>()->Call(context, error_constructor, 2, args);
    }
  }
  // Otherwise V8's own format: the error's Error.prototype.toString text ("<error>" if that
  // throws), then one line per frame.
  v8::Local<v8::String> header = V8String(isolate, "<error>");
  if (!view->m_error_to_string.IsEmpty()) {
    v8::TryCatch guard(isolate);
    v8::Local<v8::Value> text;
    if (view->m_error_to_string.Get(isolate)->Call(context, error, 0, nullptr).ToLocal(&text) && text->IsString()) {
      header = text.As<v8::String>();
    } else if (!guard.CanContinue()) {
      return {};  // terminating: nothing more runs
    }
  }
  v8::Local<v8::String> stack = header;
  v8::Local<v8::String> separator = V8String(isolate, "\n    at ");
  for (const ShownFrame& frame : shown) {
    v8::Local<v8::String> text = frame.builtin_name != nullptr
                                     ? BuiltinFrameText(context, frames[frame.index], *frame.builtin_name)
                                     : view->FrameText(context, frames[frame.index]);
    stack = v8::String::Concat(isolate, v8::String::Concat(isolate, stack, separator), text);
  }
  return stack;
}

std::vector<UserSourceView::ShownFrame> UserSourceView::ShownFrames(v8::Local<v8::Context> context,
                                                                    const std::vector<v8::Local<v8::Object>>& frames) const {
  std::vector<FrameOrigin> origins;
  for (v8::Local<v8::Object> frame : frames) origins.push_back(OriginOf(context, frame));
  static const std::string kUnnamed;
  std::vector<ShownFrame> shown;
  for (size_t i = 0; i < frames.size(); ++i) {
    // The polyfill bundle's frames are built-ins to the page. A run of them (with the engine's
    // own frames they called) shows as Chromium shows built-ins: its exposed functions (those
    // the bundle named, AddBuiltinName) and its outermost one, each as "Type.name
    // (<anonymous>)"; its helpers do not show, nor do the URL Standard's interfaces (C++ in
    // Chromium). A run at the bottom of the stack (an async built-in resumed by a job, e.g.
    // Array.fromAsync) shows nothing, as in Chromium.
    size_t outermost_polyfill = i;
    bool in_run = false;
    for (size_t j = i; j < frames.size() && origins[j] != FrameOrigin::Other; ++j) {
      if (origins[j] == FrameOrigin::Polyfill) {
        outermost_polyfill = j;
        in_run = true;
      }
    }
    if (!in_run) {
      shown.push_back({i, nullptr});
      continue;
    }
    if (outermost_polyfill + 1 < frames.size()) {
      for (size_t j = i; j <= outermost_polyfill; ++j) {
        if (origins[j] != FrameOrigin::Polyfill) continue;
        const std::string* name = BuiltinName(context, frames[j]);
        if (name == nullptr && j != outermost_polyfill) continue;
        if (!BuiltinFrameText(context, frames[j], name != nullptr ? *name : kUnnamed).IsEmpty()) {
          shown.push_back({j, name != nullptr ? name : &kUnnamed});
        }
      }
    }
    i = outermost_polyfill;
  }
  return shown;
}

}  // namespace loopscope
