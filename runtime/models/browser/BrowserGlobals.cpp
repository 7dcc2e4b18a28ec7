// BrowserGlobals.cpp — what the browser model puts on the script's global object: console,
// timers, queueMicrotask, requestAnimationFrame / requestIdleCallback, performance, window/self,
// and the native functions the prelude scripts (js/*.js) build the rest on. Each host function
// first lets the engine catch up (EnterFromScript), then asks the BrowserEventLoop.
#include "runtime/models/browser/BrowserModel.h"

#include "loopscope_browser_js.h"
#include "runtime/clock/RunClock.h"
#include "runtime/engine/ConsoleFormat.h"
#include "runtime/models/browser/StructuredClone.h"
#include "runtime/v8/V8Functions.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

enum class ConsoleMethod : int { Log, Info, Debug, Warn, Error, Dir, Table, Trace, Assert, Group, GroupEnd, Count, CountReset };


std::vector<v8::Local<v8::Value>> Arguments(const v8::FunctionCallbackInfo<v8::Value>& info, int first = 0) {
  std::vector<v8::Local<v8::Value>> args;
  for (int i = first; i < info.Length(); ++i) args.push_back(info[i]);
  return args;
}

int DataOf(const v8::FunctionCallbackInfo<v8::Value>& info) { return info.Data().As<v8::Integer>()->Value(); }

// WebIDL overload resolution step (Blink's wording, measured: tests/puzzles/argument_count_*.js):
// a call with fewer than the required arguments throws before anything else is converted.
bool RequireArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int required, const char* method) {
  if (info.Length() >= required) return true;
  info.GetIsolate()->ThrowException(v8::Exception::TypeError(V8String(info.GetIsolate(),
      std::string("Failed to execute '") + method + "' on 'Window': " + std::to_string(required) + " argument" +
          (required == 1 ? "" : "s") + " required, but only " + std::to_string(info.Length()) + " present.")));
  return false;
}

}  // namespace

void BrowserModel::InstallGlobals(v8::Local<v8::Context> context) {
  v8::Local<v8::Object> global = context->Global();
  // V8 installs its own console on every new context; Loopscope's replaces it.
  v8::Local<v8::Object> console = v8::Object::New(m_isolate);
  const std::pair<const char*, ConsoleMethod> console_methods[] = {
      {"log", ConsoleMethod::Log},     {"info", ConsoleMethod::Info},       {"debug", ConsoleMethod::Debug},
      {"warn", ConsoleMethod::Warn},   {"error", ConsoleMethod::Error},     {"dir", ConsoleMethod::Dir},
      {"table", ConsoleMethod::Table}, {"trace", ConsoleMethod::Trace},     {"assert", ConsoleMethod::Assert},
      {"group", ConsoleMethod::Group}, {"groupCollapsed", ConsoleMethod::Group},
      {"groupEnd", ConsoleMethod::GroupEnd}, {"count", ConsoleMethod::Count}, {"countReset", ConsoleMethod::CountReset}};
  for (auto [name, method] : console_methods) DefineMethod(context, console, name, &ConsoleCallback, static_cast<int>(method));
  global->DefineOwnProperty(context, V8String(m_isolate, "console"), console, v8::DontEnum).Check();

  DefineMethod(context, global, "setTimeout", &SetTimerCallback, 0, 1);
  DefineMethod(context, global, "setInterval", &SetTimerCallback, 1, 1);
  DefineMethod(context, global, "clearTimeout", &ClearTimerCallback, 0);
  DefineMethod(context, global, "clearInterval", &ClearTimerCallback, 1);
  DefineMethod(context, global, "queueMicrotask", &QueueMicrotaskCallback, 0, 1);
  DefineMethod(context, global, "requestAnimationFrame", &FrameCallbackRequest, 0, 1);
  DefineMethod(context, global, "requestIdleCallback", &FrameCallbackRequest, 1, 1);
  DefineMethod(context, global, "cancelAnimationFrame", &FrameCallbackCancel, 0, 1);
  DefineMethod(context, global, "cancelIdleCallback", &FrameCallbackCancel, 1, 1);

  v8::Local<v8::Object> performance = v8::Object::New(m_isolate);
  DefineMethod(context, performance, "now", &PerformanceNowCallback, 0);
  performance
      ->DefineOwnProperty(context, V8String(m_isolate, "timeOrigin"),
                          v8::Number::New(m_isolate, m_env.clock.EpochMillis() - m_env.clock.ScriptNowNs() / 1e6), v8::ReadOnly)
      .Check();
  global->DefineOwnProperty(context, V8String(m_isolate, "performance"), performance, v8::DontEnum).Check();
  for (const char* alias : {"window", "self"}) {
    global->DefineOwnProperty(context, V8String(m_isolate, alias), global, v8::DontEnum).Check();
  }
  // A page that is not cross-origin isolated (HTML 8.1.3.7) has no SharedArrayBuffer, so nothing
  // can block the loop in Atomics.wait (Atomics itself stays, as in Chromium).
  global->Delete(context, V8String(m_isolate, "SharedArrayBuffer")).Check();
  global->DefineOwnProperty(context, V8String(m_isolate, "crossOriginIsolated"), v8::False(m_isolate), v8::DontEnum)
      .Check();

}

void BrowserModel::RunPrelude(v8::Local<v8::Context> context) {
  // What the prelude scripts may call; they receive it as an argument, the user's script cannot reach it.
  v8::Local<v8::Object> host = v8::Object::New(m_isolate);
  DefineMethod(context, host, "postTask", &PreludePostTask, 0, 2);
  DefineMethod(context, host, "reportError", &PreludeReportError, 0, 1);
  DefineMethod(context, host, "logError", &PreludeReportError, 1, 1);
  DefineMethod(context, host, "reportErrorFromScript", &PreludeReportErrorFromScript, 0, 1);
  DefineMethod(context, host, "now", &PerformanceNowCallback, 0, 0);
  DefineMethod(context, host, "structuredClone", &PreludeStructuredClone, 0, 1);
  DefineMethod(context, host, "checkpoint", &PreludeCheckpoint, 0, 0);
  DefineMethod(context, host, "nameBuiltins", &PreludeNameBuiltins, 0, 1);
  InstallWebApiHost(context, host);  // BrowserWebApiHost.cpp: scheduling queues, entropy, the page's URL
  InstallPageHost(context, host);    // BrowserPage.cpp: page changes, the mutation observer microtask
  m_fetch->Install(context, host);   // FetchHost.cpp: requests to the network service
  // primordials.js first: the built-ins the other host scripts use, taken before the script runs.
  // Its result becomes host.primordials. Then builtins.js, the core-js bundle (polyfills/): the
  // built-ins Chromium has and V8 10.2 lacks, before any host script that may use them.
  for (const char* name : {"primordials.js", "builtins.js", "dom_exception.js", "base64.js", "event_target.js", "web_messaging.js",
                           "abort.js", "fetch.js", "scheduling.js", "navigator.js", "location.js", "crypto.js", "storage.js",
                           "text_encoding.js", "dom.js"}) {
    std::string_view source = embedded_browser::EmbeddedFile(name);
    v8::TryCatch try_catch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, V8String(m_isolate, std::string("loopscope:") + name));
    v8::Local<v8::Script> script;
    v8::Local<v8::Value> installer;
    v8::Local<v8::Value> result;
    v8::Local<v8::Value> args[] = {context->Global(), host};
    if (!v8::Script::Compile(context, V8String(m_isolate, source), &origin).ToLocal(&script) ||
        !script->Run(context).ToLocal(&installer) || !installer->IsFunction() ||
        !installer.As<v8::Function>()->Call(context, v8::Undefined(m_isolate), 2, args).ToLocal(&result)) {
      m_engine->EmitConsole(ConsoleLevel::Warn,
                  std::string("[loopscope] ") + name + " failed: " + ToStdString(m_isolate, try_catch.Exception()));
      continue;
    }
    if (std::string_view(name) == "primordials.js") {
      host->DefineOwnProperty(context, V8String(m_isolate, "primordials"), result, v8::ReadOnly).Check();
    }
  }
  InstallErrorEvents(context, host);
  TakePageObject(context, host);
}

void BrowserModel::PreludePostTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 2 || !info[1]->IsFunction()) return;
  uint32_t name = host->m_engine->Recorder().Intern(ToStdString(info.GetIsolate(), info[0]));
  host->m_loop->PostTask(TaskSource::PostedMessage, name, info[1].As<v8::Function>());
}

void BrowserModel::PreludeStructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> copy;
  v8::Local<v8::Value> value = info.Length() > 0 ? info[0] : v8::Undefined(isolate).As<v8::Value>();
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  if (info.Length() > 1 && info[1]->IsArray()) {
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    for (uint32_t i = 0; i < list->Length(); ++i) {
      v8::Local<v8::Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (item->IsArrayBuffer()) transfer.push_back(item.As<v8::ArrayBuffer>());
    }
  }
  v8::Local<v8::Function> make_error;
  if (info.Length() > 2 && info[2]->IsFunction()) make_error = info[2].As<v8::Function>();
  BrowserModel* host = From(isolate);
  UserTextLookup user_text;
  if (host != nullptr && host->m_engine) {
    UserSourceView& view = host->m_engine->SourceView();
    user_text = [&view](const std::u16string& generated) { return view.OriginalFunctionText(generated); };
  }
  if (StructuredClone(isolate->GetCurrentContext(), value, transfer, make_error, user_text).ToLocal(&copy)) {
    info.GetReturnValue().Set(copy);
  }
}

void BrowserModel::PreludeCheckpoint(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host != nullptr && host->m_loop) host->m_loop->PerformMicrotaskCheckpoint();
}

// host.nameBuiltins([[function, "Object.groupBy"], …]): how the stack shows these polyfilled
// static methods (UserSourceView::AddBuiltinName), which V8 10.2 would call "Function.groupBy".
void BrowserModel::PreludeNameBuiltins(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* host = From(isolate);
  if (host == nullptr || !host->m_engine || info.Length() < 1 || !info[0]->IsArray()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  for (uint32_t i = 0; i < list->Length(); ++i) {
    v8::Local<v8::Value> entry, function, name;
    if (!list->Get(context, i).ToLocal(&entry) || !entry->IsArray() ||
        !entry.As<v8::Array>()->Get(context, 0).ToLocal(&function) || !function->IsFunction() ||
        !entry.As<v8::Array>()->Get(context, 1).ToLocal(&name) || !name->IsString()) {
      continue;
    }
    host->m_engine->SourceView().AddBuiltinName(function.As<v8::Function>(), ToStdString(isolate, name));
  }
}

// --- native callbacks ------------------------------------------------------------------------------

void BrowserModel::ConsoleCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr) return;
  host->m_engine->EnterFromScript();
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto method = static_cast<ConsoleMethod>(DataOf(info));
  // The arguments as the console prints them; nullopt when a %s/%d/%f conversion threw (the
  // exception is pending: the call throws it and prints nothing, as in Chrome).
  auto format = [&](int from) { return FormatConsoleArguments(context, Arguments(info, from)); };
  auto emit = [&](ConsoleLevel level, const std::string& prefix, int from) {
    std::optional<std::string> text = format(from);
    if (text) host->m_engine->EmitConsole(level, prefix + *text);
  };
  switch (method) {
    case ConsoleMethod::Log: emit(ConsoleLevel::Log, "", 0); return;
    case ConsoleMethod::Info: emit(ConsoleLevel::Info, "", 0); return;
    case ConsoleMethod::Debug: emit(ConsoleLevel::Debug, "", 0); return;
    case ConsoleMethod::Warn: emit(ConsoleLevel::Warn, "", 0); return;
    case ConsoleMethod::Error: emit(ConsoleLevel::Error, "", 0); return;
    // Not console.log/info/debug: shown in the Console panel, never on the CLI's stdout.
    case ConsoleMethod::Dir:
    case ConsoleMethod::Table:
    case ConsoleMethod::Group: emit(ConsoleLevel::Other, "", 0); return;
    case ConsoleMethod::Trace: emit(ConsoleLevel::Other, info.Length() > 0 ? "console.trace " : "console.trace", 0); return;
    case ConsoleMethod::Assert: {
      if (info.Length() > 0 && info[0]->BooleanValue(info.GetIsolate())) return;
      emit(ConsoleLevel::Error, info.Length() > 1 ? "Assertion failed: " : "Assertion failed", 1);
      return;
    }
    case ConsoleMethod::GroupEnd:
      return;
    case ConsoleMethod::Count:
    case ConsoleMethod::CountReset: {
      // The label is a DOMString: converted with ToString, a throw propagates before counting.
      std::string label = "default";
      if (info.Length() > 0 && !info[0]->IsUndefined()) {
        v8::Local<v8::String> text;
        if (!info[0]->ToString(context).ToLocal(&text)) return;
        label = ToStdString(info.GetIsolate(), text);
      }
      if (method == ConsoleMethod::CountReset) {
        host->m_console_counts[label] = 0;
      } else {
        host->m_engine->EmitConsole(ConsoleLevel::Other, label + ": " + std::to_string(++host->m_console_counts[label]));
      }
      return;
    }
  }
}

void BrowserModel::SetTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop) return;
  if (!RequireArguments(info, 1, DataOf(info) == 1 ? "setInterval" : "setTimeout")) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> handler = info[0];
  double timeout = 0;
  if (info.Length() > 1) {
    v8::Local<v8::Number> number;
    if (!info[1]->ToNumber(context).ToLocal(&number)) return;  // the conversion threw: propagate
    timeout = number->Value();
  }
  host->m_engine->EnterFromScript();
  uint32_t id = host->m_loop->SetTimer(handler, timeout, Arguments(info, 2), DataOf(info) == 1);
  info.GetReturnValue().Set(id);
}

void BrowserModel::ClearTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() == 0) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Number> number;
  if (!info[0]->ToNumber(context).ToLocal(&number)) return;
  double id = number->Value();
  if (id >= 1 && id <= 4294967295.0) host->m_loop->ClearTimer(static_cast<uint32_t>(id));
}

void BrowserModel::QueueMicrotaskCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* host = From(isolate);
  if (host == nullptr || !host->m_engine) return;
  if (!RequireArguments(info, 1, "queueMicrotask")) return;
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(V8String(
        isolate, "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.")));
    return;
  }
  host->m_engine->EnterFromScript();
  host->m_engine->Microtasks().EnqueueCallback(isolate->GetCurrentContext(), info[0].As<v8::Function>());
}

void BrowserModel::FrameCallbackRequest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* host = From(isolate);
  if (host == nullptr || !host->m_loop) return;
  bool idle = DataOf(info) == 1;
  std::string method = idle ? "requestIdleCallback" : "requestAnimationFrame";
  if (!RequireArguments(info, 1, method.c_str())) return;
  if (!info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        V8String(isolate, "Failed to execute '" + method + "' on 'Window': parameter 1 is not of type 'Function'.")));
    return;
  }
  v8::Local<v8::Function> callback = info[0].As<v8::Function>();
  host->m_engine->EnterFromScript();
  uint32_t id = idle ? host->m_loop->RequestIdleCallback(callback) : host->m_loop->RequestAnimationFrame(callback);
  info.GetReturnValue().Set(id);
}

void BrowserModel::FrameCallbackCancel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop) return;
  if (!RequireArguments(info, 1, DataOf(info) == 1 ? "cancelIdleCallback" : "cancelAnimationFrame")) return;
  uint32_t id = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (DataOf(info) == 1) {
    host->m_loop->CancelIdleCallback(id);
  } else {
    host->m_loop->CancelAnimationFrame(id);
  }
}

void BrowserModel::PerformanceNowCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr) return;
  host->m_env.clock.NoteScriptRead();
  info.GetReturnValue().Set(static_cast<double>(host->m_env.clock.ScriptNowNs()) / 1e6);
}

}  // namespace loopscope
