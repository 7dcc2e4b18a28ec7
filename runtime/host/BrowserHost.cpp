#include "runtime/host/BrowserHost.h"

#include <map>

#include "runtime/clock/RunClock.h"
#include "loopscope_runtime_js.h"
#include "runtime/host/ConsoleFormat.h"
#include "runtime/host/IsolateSlots.h"
#include "runtime/host/StructuredClone.h"
#include "runtime/host/V8Strings.h"
#include "runtime/instrument/Instrumenter.h"

namespace loopscope {
namespace {

enum class ConsoleMethod : int { Log, Info, Debug, Warn, Error, Dir, Table, Trace, Assert, Group, GroupEnd, Count, CountReset };
enum class HookOp : int { Enter, Exit, Awaiting, Yielding, Resumed, Line };
constexpr size_t kHeapLimitHeadroomBytes = size_t{256} << 20;  // room to unwind after the limit is hit

std::vector<v8::Local<v8::Value>> Arguments(const v8::FunctionCallbackInfo<v8::Value>& info, int first = 0) {
  std::vector<v8::Local<v8::Value>> args;
  for (int i = first; i < info.Length(); ++i) args.push_back(info[i]);
  return args;
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, int data, int length = 0) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> function =
      v8::Function::New(context, callback, v8::Integer::New(isolate, data), length, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  v8::Local<v8::String> key = V8String(isolate, name);
  function->SetName(key);
  target->DefineOwnProperty(context, key, function, v8::DontEnum).Check();
}

GcKind GcKindOf(v8::GCType type) {
  if (type == v8::kGCTypeScavenge || type == v8::kGCTypeMinorMarkCompact) return GcKind::Minor;
  if (type == v8::kGCTypeMarkSweepCompact) return GcKind::Major;
  return GcKind::Other;
}

int DataOf(const v8::FunctionCallbackInfo<v8::Value>& info) { return info.Data().As<v8::Integer>()->Value(); }

}  // namespace

BrowserHost::BrowserHost(v8::Isolate* isolate, TraceRecorder& recorder, RunClock& clock, const RunOptions& options,
                         std::atomic<bool>& stop)
    : m_isolate(isolate),
      m_recorder(recorder),
      m_clock(clock),
      m_options(options),
      m_stop(stop),
      m_runtime_thread(std::this_thread::get_id()) {
  m_isolate->SetData(kBrowserHostSlot, this);
}

BrowserHost::~BrowserHost() {
  m_isolate->RemoveGCPrologueCallback(&GcPrologue, this);
  m_isolate->RemoveGCEpilogueCallback(&GcEpilogue, this);
  m_isolate->RemoveNearHeapLimitCallback(&NearHeapLimit, 0);
  m_isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, nullptr);
  m_isolate->SetPromiseRejectCallback(nullptr);
  m_loop.reset();
  m_microtasks.reset();
  m_isolate->SetData(kBrowserHostSlot, nullptr);
}

BrowserHost* BrowserHost::From(v8::Isolate* isolate) {
  return static_cast<BrowserHost*>(isolate->GetData(kBrowserHostSlot));
}

void BrowserHost::NoteFatal(std::string reason) {
  if (m_fatal_reason.empty()) m_fatal_reason = std::move(reason);
}

RunOutcome BrowserHost::Run() {
  v8::HandleScope handle_scope(m_isolate);
  v8::Local<v8::Context> context = v8::Context::New(m_isolate);
  m_context.Reset(m_isolate, context);
  v8::Context::Scope context_scope(context);
  m_recorder.Emit(EventKind::RunStarted, static_cast<uint8_t>(m_options.clock), m_recorder.Intern(m_options.script_name));

  m_isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  m_isolate->SetPromiseRejectCallback(&PromiseRejectCallback);
  m_isolate->AddGCPrologueCallback(&GcPrologue, this);
  m_isolate->AddGCEpilogueCallback(&GcEpilogue, this);
  m_isolate->AddNearHeapLimitCallback(&NearHeapLimit, this);
  m_isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, &JitCodeEventHandler);

  // V8 itself decides what is a syntax error, so messages match Chrome's.
  v8::Local<v8::String> resource_name = V8String(m_isolate, m_options.script_name);
  {
    v8::TryCatch try_catch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, resource_name);
    v8::ScriptCompiler::Source source(V8String(m_isolate, m_options.source), origin);
    v8::Local<v8::Script> unused;
    if (!v8::ScriptCompiler::Compile(context, &source, v8::ScriptCompiler::kNoCompileOptions).ToLocal(&unused)) {
      RunOutcome outcome{RunEndReason::SyntaxError, ToStdString(m_isolate, try_catch.Exception())};
      v8::Local<v8::Message> message = try_catch.Message();
      if (!message.IsEmpty()) {
        int line = message->GetLineNumber(context).FromMaybe(0);
        int column = message->GetStartColumn(context).FromMaybe(0) + 1;
        outcome.message += " (" + std::to_string(line) + ":" + std::to_string(column) + ")";
      }
      return outcome;
    }
  }

  InstrumentResult instrumented = InstrumentScript(m_isolate, m_options.source);
  for (const InstrumentedFunction& function : instrumented.functions) {
    m_recorder.GetTrace().AddFunction(FunctionInfo{m_recorder.Intern(function.name), function.line, function.column});
  }
  uint32_t script_function = m_recorder.GetTrace().AddFunction(FunctionInfo{m_recorder.Intern("(anonymous)"), 1, 1});

  m_microtasks = std::make_unique<MicrotaskTracker>(m_isolate, m_recorder);
  m_microtasks->Install(context);
  m_microtasks->SetCallSiteHook([this] { NoteCallSite(); });
  m_microtasks->SetErrorCallback(
      [](void* user, v8::Local<v8::Context> ctx, const v8::TryCatch& try_catch) {
        static_cast<BrowserHost*>(user)->ReportException(ctx, try_catch);
      },
      this);
  m_loop = std::make_unique<BrowserEventLoop>(m_isolate, context, m_recorder, *m_microtasks, m_clock, *this, m_stop);
  InstallGlobals(context);
  RunPrelude(context);

  v8::Local<v8::Script> script;
  {
    v8::TryCatch try_catch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, resource_name);
    if (instrumented.ok) {
      v8::ScriptCompiler::Source source(V8String(m_isolate, instrumented.code), origin);
      if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
        instrumented.error = "rewritten script does not compile: " + ToStdString(m_isolate, try_catch.Exception());
        try_catch.Reset();
      }
    }
    if (script.IsEmpty()) {
      EmitConsole(ConsoleLevel::Warn, "[loopscope] instrumentation failed (" + instrumented.error +
                                          "); running the script without call-stack tracking");
      v8::ScriptCompiler::Source source(V8String(m_isolate, m_options.source), origin);
      script = v8::ScriptCompiler::Compile(context, &source).ToLocalChecked();
    }
  }
  m_user_script_id = script->GetUnboundScript()->GetId();
  m_recorder.Emit(EventKind::ScriptCompiled, 0, m_recorder.Intern(m_options.script_name),
                  static_cast<uint32_t>(instrumented.functions.size()));

  // HTML: evaluating a classic script is itself a task; the microtask checkpoint follows it.
  m_loop->RunImmediateTask(TaskSource::Script, m_recorder.Intern(m_options.script_name), [&] {
    m_recorder.Emit(EventKind::FunctionEnter, 0, script_function);
    v8::TryCatch try_catch(m_isolate);
    v8::MaybeLocal<v8::Value> completion = script->Run(context);  // value unused; errors go through try_catch
    (void)completion;
    if (try_catch.HasCaught() && try_catch.CanContinue()) ReportException(context, try_catch);
    m_recorder.Emit(EventKind::FunctionExit, 0, script_function);
  });
  LoopExit exit = m_loop->Run();
  if (!m_fatal_reason.empty()) return RunOutcome{RunEndReason::Fatal, m_fatal_reason};
  if (exit == LoopExit::Stopped || m_stop.load()) return RunOutcome{RunEndReason::Stopped, "stopped"};
  return RunOutcome{RunEndReason::Completed, ""};
}

void BrowserHost::InstallGlobals(v8::Local<v8::Context> context) {
  v8::Local<v8::Object> global = context->Global();
  // V8 installs its own console on every new context; Loopscope's replaces it.
  v8::Local<v8::Object> console = v8::Object::New(m_isolate);
  const std::pair<const char*, ConsoleMethod> console_methods[] = {
      {"log", ConsoleMethod::Log},     {"info", ConsoleMethod::Info},       {"debug", ConsoleMethod::Debug},
      {"warn", ConsoleMethod::Warn},   {"error", ConsoleMethod::Error},     {"dir", ConsoleMethod::Dir},
      {"table", ConsoleMethod::Table}, {"trace", ConsoleMethod::Trace},     {"assert", ConsoleMethod::Assert},
      {"group", ConsoleMethod::Group}, {"groupCollapsed", ConsoleMethod::Group},
      {"groupEnd", ConsoleMethod::GroupEnd}, {"count", ConsoleMethod::Count}, {"countReset", ConsoleMethod::CountReset}};
  for (auto [name, method] : console_methods) SetMethod(context, console, name, &ConsoleCallback, static_cast<int>(method));
  global->DefineOwnProperty(context, V8String(m_isolate, "console"), console, v8::DontEnum).Check();

  SetMethod(context, global, "setTimeout", &SetTimerCallback, 0, 1);
  SetMethod(context, global, "setInterval", &SetTimerCallback, 1, 1);
  SetMethod(context, global, "clearTimeout", &ClearTimerCallback, 0);
  SetMethod(context, global, "clearInterval", &ClearTimerCallback, 1);
  SetMethod(context, global, "queueMicrotask", &QueueMicrotaskCallback, 0, 1);
  SetMethod(context, global, "requestAnimationFrame", &FrameCallbackRequest, 0, 1);
  SetMethod(context, global, "requestIdleCallback", &FrameCallbackRequest, 1, 1);
  SetMethod(context, global, "cancelAnimationFrame", &FrameCallbackCancel, 0, 1);
  SetMethod(context, global, "cancelIdleCallback", &FrameCallbackCancel, 1, 1);

  v8::Local<v8::Object> performance = v8::Object::New(m_isolate);
  SetMethod(context, performance, "now", &PerformanceNowCallback, 0);
  performance
      ->DefineOwnProperty(context, V8String(m_isolate, "timeOrigin"),
                          v8::Number::New(m_isolate, m_clock.EpochMillis() - m_clock.ScriptNowNs() / 1e6), v8::ReadOnly)
      .Check();
  global->DefineOwnProperty(context, V8String(m_isolate, "performance"), performance, v8::DontEnum).Check();
  for (const char* alias : {"window", "self"}) {
    global->DefineOwnProperty(context, V8String(m_isolate, alias), global, v8::DontEnum).Check();
  }

  // The instrumenter's reporting hooks (see runtime/instrument/instrument.js).
  v8::Local<v8::Object> hooks = v8::Object::New(m_isolate);
  const std::pair<const char*, HookOp> hook_ops[] = {{"enter", HookOp::Enter},
                                                     {"exit", HookOp::Exit},
                                                     {"awaiting", HookOp::Awaiting},
                                                     {"yielding", HookOp::Yielding},
                                                     {"resumed", HookOp::Resumed},
                                                     {"line", HookOp::Line}};
  for (auto [name, op] : hook_ops) SetMethod(context, hooks, name, &HookCallback, static_cast<int>(op));
  global
      ->DefineOwnProperty(context, V8String(m_isolate, "__ls"), hooks,
                          static_cast<v8::PropertyAttribute>(v8::DontEnum | v8::ReadOnly | v8::DontDelete))
      .Check();
}

void BrowserHost::RunPrelude(v8::Local<v8::Context> context) {
  // What the prelude scripts may call; they receive it as an argument, the user's script cannot reach it.
  v8::Local<v8::Object> host = v8::Object::New(m_isolate);
  SetMethod(context, host, "postTask", &PreludePostTask, 0, 2);
  SetMethod(context, host, "reportError", &PreludeReportError, 0, 1);
  SetMethod(context, host, "structuredClone", &PreludeStructuredClone, 0, 1);
  SetMethod(context, host, "checkpoint", &PreludeCheckpoint, 0, 0);
  for (const char* name : {"prelude.js", "web_messaging.js"}) {
    std::string_view source = embedded::EmbeddedFile(name);
    v8::TryCatch try_catch(m_isolate);
    v8::ScriptOrigin origin(m_isolate, V8String(m_isolate, std::string("loopscope:") + name));
    v8::Local<v8::Script> script;
    v8::Local<v8::Value> installer;
    v8::Local<v8::Value> args[] = {context->Global(), host};
    if (!v8::Script::Compile(context, V8String(m_isolate, source), &origin).ToLocal(&script) ||
        !script->Run(context).ToLocal(&installer) || !installer->IsFunction() ||
        installer.As<v8::Function>()->Call(context, v8::Undefined(m_isolate), 2, args).IsEmpty()) {
      EmitConsole(ConsoleLevel::Warn,
                  std::string("[loopscope] ") + name + " failed: " + ToStdString(m_isolate, try_catch.Exception()));
    }
  }
}

void BrowserHost::PreludePostTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 2 || !info[1]->IsFunction()) return;
  uint32_t name = host->m_recorder.Intern(ToStdString(info.GetIsolate(), info[0]));
  host->m_loop->PostTask(TaskSource::PostedMessage, name, info[1].As<v8::Function>());
}

void BrowserHost::PreludeReportError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserHost* host = From(isolate);
  if (host == nullptr || info.Length() == 0) return;
  v8::TryCatch try_catch(isolate);
  isolate->ThrowException(info[0]);  // gives the TryCatch the exception and its stack, as a throw would
  host->ReportException(isolate->GetCurrentContext(), try_catch);
}

void BrowserHost::PreludeStructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> copy;
  v8::Local<v8::Value> value = info.Length() > 0 ? info[0] : v8::Undefined(info.GetIsolate()).As<v8::Value>();
  if (StructuredClone(info.GetIsolate()->GetCurrentContext(), value).ToLocal(&copy)) info.GetReturnValue().Set(copy);
}

void BrowserHost::PreludeCheckpoint(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host != nullptr && host->m_loop) host->m_loop->PerformMicrotaskCheckpoint();
}

void BrowserHost::EnterFromScript() {
  if (m_microtasks) m_microtasks->Observe();
  NoteCallSite();
}

void BrowserHost::NoteCallSite() {
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(m_isolate, 1, v8::StackTrace::kDetailed);
  if (stack->GetFrameCount() == 0) return;
  v8::Local<v8::StackFrame> frame = stack->GetFrame(m_isolate, 0);
  if (frame->GetScriptId() != m_user_script_id) return;  // the prelude, a string timer…
  m_recorder.Emit(EventKind::SourceLine, 0, static_cast<uint32_t>(frame->GetLineNumber()),
                  static_cast<uint32_t>(frame->GetColumn()));
}

void BrowserHost::EmitConsole(ConsoleLevel level, const std::string& text) {
  m_recorder.Emit(EventKind::ConsoleOutput, static_cast<uint8_t>(level), m_recorder.Intern(text));
  if (m_options.console_sink) m_options.console_sink(level, text);
}

void BrowserHost::ReportError(bool in_promise, const std::string& message, const std::string& stack) {
  std::string text = std::string(in_promise ? "Uncaught (in promise) " : "Uncaught ") + (stack.empty() ? message : stack);
  m_recorder.Emit(EventKind::UncaughtError, in_promise ? 1 : 0, m_recorder.Intern(message), m_recorder.Intern(stack));
  if (m_options.console_sink) m_options.console_sink(ConsoleLevel::Error, text);
}

void BrowserHost::ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) {
  if (m_microtasks) m_microtasks->Observe();
  v8::Local<v8::Value> exception = try_catch.Exception();
  std::string message = FormatConsoleValue(context, exception);
  std::string stack;
  v8::Local<v8::Value> stack_value;
  if (try_catch.StackTrace(context).ToLocal(&stack_value) && stack_value->IsString()) {
    stack = ToStdString(m_isolate, stack_value);
  }
  ReportError(false, message, stack);
}

void BrowserHost::AfterMicrotaskCheckpoint() {
  if (m_pending_rejections.empty()) return;
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  std::vector<PendingRejection> rejections;
  rejections.swap(m_pending_rejections);
  for (PendingRejection& rejection : rejections) {
    v8::Local<v8::Value> reason = rejection.reason.Get(m_isolate);
    std::string stack;
    if (reason->IsNativeError()) {
      v8::Local<v8::Value> stack_value;
      v8::TryCatch guard(m_isolate);
      if (reason.As<v8::Object>()->Get(context, V8String(m_isolate, "stack")).ToLocal(&stack_value) &&
          stack_value->IsString()) {
        stack = ToStdString(m_isolate, stack_value);
      }
    }
    ReportError(true, FormatConsoleValue(context, reason), stack);
  }
}

// --- native callbacks ------------------------------------------------------------------------------

void BrowserHost::ConsoleCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr) return;
  host->EnterFromScript();
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto method = static_cast<ConsoleMethod>(DataOf(info));
  switch (method) {
    case ConsoleMethod::Log: host->EmitConsole(ConsoleLevel::Log, FormatConsoleArguments(context, Arguments(info))); return;
    case ConsoleMethod::Info: host->EmitConsole(ConsoleLevel::Info, FormatConsoleArguments(context, Arguments(info))); return;
    case ConsoleMethod::Debug:
      host->EmitConsole(ConsoleLevel::Debug, FormatConsoleArguments(context, Arguments(info)));
      return;
    case ConsoleMethod::Warn: host->EmitConsole(ConsoleLevel::Warn, FormatConsoleArguments(context, Arguments(info))); return;
    case ConsoleMethod::Error:
      host->EmitConsole(ConsoleLevel::Error, FormatConsoleArguments(context, Arguments(info)));
      return;
    // Not console.log/info/debug: shown in the Console panel, never on the CLI's stdout.
    case ConsoleMethod::Dir:
    case ConsoleMethod::Table:
    case ConsoleMethod::Group:
      host->EmitConsole(ConsoleLevel::Other, FormatConsoleArguments(context, Arguments(info)));
      return;
    case ConsoleMethod::Trace: {
      std::string text = "console.trace";
      if (info.Length() > 0) text += " " + FormatConsoleArguments(context, Arguments(info));
      host->EmitConsole(ConsoleLevel::Other, text);
      return;
    }
    case ConsoleMethod::Assert: {
      if (info.Length() > 0 && info[0]->BooleanValue(info.GetIsolate())) return;
      std::string text = "Assertion failed";
      if (info.Length() > 1) text += ": " + FormatConsoleArguments(context, Arguments(info, 1));
      host->EmitConsole(ConsoleLevel::Error, text);
      return;
    }
    case ConsoleMethod::GroupEnd:
      return;
    case ConsoleMethod::Count:
    case ConsoleMethod::CountReset: {
      std::string label = info.Length() > 0 && !info[0]->IsUndefined() ? ToStdString(info.GetIsolate(), info[0]) : "default";
      if (method == ConsoleMethod::CountReset) {
        host->m_console_counts[label] = 0;
      } else {
        host->EmitConsole(ConsoleLevel::Other, label + ": " + std::to_string(++host->m_console_counts[label]));
      }
      return;
    }
  }
}

void BrowserHost::SetTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> handler = info.Length() > 0 ? info[0] : v8::Undefined(info.GetIsolate()).As<v8::Value>();
  double timeout = 0;
  if (info.Length() > 1) {
    v8::Local<v8::Number> number;
    if (!info[1]->ToNumber(context).ToLocal(&number)) return;  // the conversion threw: propagate
    timeout = number->Value();
  }
  host->EnterFromScript();
  uint32_t id = host->m_loop->SetTimer(handler, timeout, Arguments(info, 2), DataOf(info) == 1);
  info.GetReturnValue().Set(id);
}

void BrowserHost::ClearTimerCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() == 0) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Number> number;
  if (!info[0]->ToNumber(context).ToLocal(&number)) return;
  double id = number->Value();
  if (id >= 1 && id <= 4294967295.0) host->m_loop->ClearTimer(static_cast<uint32_t>(id));
}

void BrowserHost::QueueMicrotaskCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserHost* host = From(isolate);
  if (host == nullptr || !host->m_microtasks) return;
  if (info.Length() == 0 || !info[0]->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(V8String(
        isolate, "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.")));
    return;
  }
  host->EnterFromScript();
  host->m_microtasks->EnqueueCallback(isolate->GetCurrentContext(), info[0].As<v8::Function>());
}

void BrowserHost::FrameCallbackRequest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserHost* host = From(isolate);
  if (host == nullptr || !host->m_loop) return;
  bool idle = DataOf(info) == 1;
  if (info.Length() == 0 || !info[0]->IsFunction()) {
    std::string method = idle ? "requestIdleCallback" : "requestAnimationFrame";
    isolate->ThrowException(v8::Exception::TypeError(
        V8String(isolate, "Failed to execute '" + method + "' on 'Window': The callback provided as parameter 1 is not a function.")));
    return;
  }
  v8::Local<v8::Function> callback = info[0].As<v8::Function>();
  host->EnterFromScript();
  uint32_t id = idle ? host->m_loop->RequestIdleCallback(callback) : host->m_loop->RequestAnimationFrame(callback);
  info.GetReturnValue().Set(id);
}

void BrowserHost::FrameCallbackCancel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() == 0) return;
  uint32_t id = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (DataOf(info) == 1) {
    host->m_loop->CancelIdleCallback(id);
  } else {
    host->m_loop->CancelAnimationFrame(id);
  }
}

void BrowserHost::PerformanceNowCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (host == nullptr) return;
  host->m_clock.NoteScriptRead();
  info.GetReturnValue().Set(static_cast<double>(host->m_clock.ScriptNowNs()) / 1e6);
}

void BrowserHost::HookCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserHost* host = From(info.GetIsolate());
  if (info.Length() > 1) info.GetReturnValue().Set(info[1]);  // awaiting/yielding/resumed pass their value through
  if (host == nullptr || !host->m_microtasks || info.Length() == 0) return;
  auto op = static_cast<HookOp>(DataOf(info));
  uint32_t operand = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (op == HookOp::Line) {  // the hottest hook: records nothing, remembers the line
    host->m_call_lines.current = operand;
    return;
  }
  host->m_microtasks->Observe();
  uint32_t function_id = operand;
  switch (op) {
    case HookOp::Enter:
      host->m_recorder.Emit(EventKind::FunctionEnter, 0, function_id, host->m_call_lines.current);
      host->m_call_lines.Push();
      break;
    case HookOp::Exit:
      host->m_recorder.Emit(EventKind::FunctionExit, 0, function_id);
      host->m_call_lines.Pop();
      break;
    case HookOp::Awaiting:
      host->NoteCallSite();
      host->m_microtasks->NoteAwait(function_id, info.Length() > 1 ? info[1] : v8::Undefined(info.GetIsolate()).As<v8::Value>());
      host->m_recorder.Emit(EventKind::FunctionSuspend, 0, function_id);
      host->m_call_lines.Pop();
      break;
    case HookOp::Yielding:
      host->m_recorder.Emit(EventKind::FunctionSuspend, 0, function_id);
      host->m_call_lines.Pop();
      break;
    case HookOp::Resumed: host->m_recorder.Emit(EventKind::FunctionResume, 0, function_id); break;
    case HookOp::Line: break;
  }
}

void BrowserHost::PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  BrowserHost* host = From(promise->GetIsolate());
  if (host == nullptr) return;
  v8::Isolate* isolate = host->m_isolate;
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: {
      PendingRejection rejection;
      rejection.promise.Reset(isolate, promise);
      rejection.reason.Reset(isolate, message.GetValue());
      host->m_pending_rejections.push_back(std::move(rejection));
      break;
    }
    case v8::kPromiseHandlerAddedAfterReject:
      std::erase_if(host->m_pending_rejections,
                    [&](const PendingRejection& rejection) { return rejection.promise.Get(isolate) == promise; });
      break;
    default: break;
  }
}

void BrowserHost::GcPrologue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
  static_cast<BrowserHost*>(data)->m_recorder.Emit(EventKind::GcBegin, static_cast<uint8_t>(GcKindOf(type)));
}

void BrowserHost::GcEpilogue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
  static_cast<BrowserHost*>(data)->m_recorder.Emit(EventKind::GcEnd, static_cast<uint8_t>(GcKindOf(type)));
}

void BrowserHost::JitCodeEventHandler(const v8::JitCodeEvent* event) {
  // Only machine code for the user's functions: baseline (Sparkplug) and optimised (TurboFan)
  // code. V8 names them like "JS:~name" (baseline) or "JS:*name" (optimised).
  if (event->type != v8::JitCodeEvent::CODE_ADDED || event->code_type != v8::JitCodeEvent::JIT_CODE ||
      event->script.IsEmpty() || event->isolate == nullptr) {
    return;
  }
  BrowserHost* host = From(event->isolate);
  if (host == nullptr || std::this_thread::get_id() != host->m_runtime_thread) return;
  std::string_view name(event->name.str, event->name.len);
  size_t marker = name.find_first_of("*~");
  if (marker == std::string_view::npos) return;
  JitKind kind = name[marker] == '*' ? JitKind::Optimize : JitKind::Compile;
  std::string_view function = name.substr(marker + 1);
  function = function.substr(0, function.find(' '));
  host->m_recorder.Emit(EventKind::JitCode, static_cast<uint8_t>(kind),
                        host->m_recorder.Intern(function.empty() ? "(anonymous)" : function));
}

size_t BrowserHost::NearHeapLimit(void* data, size_t current_limit, size_t) {
  auto* host = static_cast<BrowserHost*>(data);
  host->NoteFatal("the script used more than " + std::to_string(current_limit >> 20) +
                  " MB of JavaScript heap and was stopped");
  host->m_stop.store(true);
  host->m_isolate->TerminateExecution();
  return current_limit + kHeapLimitHeadroomBytes;
}

}  // namespace loopscope
