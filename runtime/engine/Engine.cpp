#include "runtime/engine/Engine.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <thread>

#include "runtime/clock/RunClock.h"
#include "runtime/engine/ConsoleFormat.h"
#include "runtime/engine/NewerSyntax.h"
#include "runtime/v8/PropertyPeek.h"
#include "runtime/v8/V8Platform.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

enum class HookOp : int { Enter, Exit, Awaiting, Yielding, Resumed, Line };
constexpr size_t kHeapLimitHeadroomBytes = size_t{256} << 20;  // room to unwind after the limit is hit

thread_local Engine* t_engine = nullptr;

GcKind GcKindOf(v8::GCType type) {
  if (type == v8::kGCTypeScavenge || type == v8::kGCTypeMinorMarkCompact) return GcKind::Minor;
  if (type == v8::kGCTypeMarkSweepCompact) return GcKind::Major;
  return GcKind::Other;
}

}  // namespace

Engine::Engine(v8::Isolate* isolate, TraceRecorder& recorder, RunClock& clock, const RunOptions& options,
               const std::atomic<bool>& stopping,
               std::function<void()> request_stop)
    : m_isolate(isolate),
      m_recorder(recorder),
      m_clock(clock),
      m_options(options),
      m_stopping(stopping),
      m_request_stop(std::move(request_stop)),
      m_microtasks(std::make_unique<MicrotaskTracker>(isolate, recorder)),
      m_instrumenter(isolate),
      m_source_view(isolate) {
  t_engine = this;
  std::random_device random;
  char suffix[17];
  std::snprintf(suffix, sizeof suffix, "%08x%08x", random(), random());
  m_hook_name = std::string("__ls_") + suffix;
  m_source_view.SetHookName(m_hook_name);
  m_microtasks->SetCallSiteHook([this] { NoteCallSite(); });
  m_microtasks->SetErrorCallback(
      [](void* user, v8::Local<v8::Context> context, const v8::TryCatch& try_catch) {
        static_cast<Engine*>(user)->ReportException(context, try_catch);
      },
      this);
}

Engine::~Engine() {
  if (m_observers_installed) {
    m_isolate->RemoveGCPrologueCallback(&GcPrologue, this);
    m_isolate->RemoveGCEpilogueCallback(&GcEpilogue, this);
    m_isolate->RemoveNearHeapLimitCallback(&NearHeapLimit, 0);
    m_isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, nullptr);
  }
  m_microtasks.reset();
  if (t_engine == this) t_engine = nullptr;
}

Engine* Engine::Current(v8::Isolate* isolate) {
  return t_engine != nullptr && t_engine->m_isolate == isolate ? t_engine : nullptr;
}

void Engine::InstallObservers() {
  if (m_observers_installed) return;
  m_observers_installed = true;
  m_isolate->AddGCPrologueCallback(&GcPrologue, this);
  m_isolate->AddGCEpilogueCallback(&GcEpilogue, this);
  m_isolate->AddNearHeapLimitCallback(&NearHeapLimit, this);
  m_isolate->SetJitCodeEventHandler(v8::kJitCodeEventDefault, &JitCodeEventHandler);
}

void Engine::Attach(v8::Local<v8::Context> context) {
  m_microtasks->Install(context);
  PrepareConsoleFormat(context);
  m_source_view.InstallIn(context);
  // The instrumenter's reporting hooks (see runtime/instrument/instrument.js).
  v8::Local<v8::Object> hooks = v8::Object::New(m_isolate);
  const std::pair<const char*, HookOp> hook_ops[] = {{"enter", HookOp::Enter},       {"exit", HookOp::Exit},
                                                     {"awaiting", HookOp::Awaiting}, {"yielding", HookOp::Yielding},
                                                     {"resumed", HookOp::Resumed},   {"line", HookOp::Line}};
  for (auto [name, op] : hook_ops) {
    v8::Local<v8::Function> function =
        v8::Function::New(context, &HookCallback, v8::Integer::New(m_isolate, static_cast<int>(op)), 1,
                          v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
    v8::Local<v8::String> key = V8String(m_isolate, name);
    function->SetName(key);
    hooks->DefineOwnProperty(context, key, function, v8::DontEnum).Check();
  }
  // A script-scope const (every later script and module function of the context resolves it):
  // handed over through a temporary global property that is gone before the user's code runs.
  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::String> handover = V8String(m_isolate, m_hook_name + "_handover");
  global->DefineOwnProperty(context, handover, hooks, v8::DontEnum).Check();
  v8::TryCatch try_catch(m_isolate);
  v8::ScriptOrigin origin(m_isolate, V8String(m_isolate, "loopscope:hooks"));
  v8::Local<v8::Script> binder;
  if (!v8::Script::Compile(context, V8String(m_isolate, "const " + m_hook_name + " = " + m_hook_name + "_handover;"),
                           &origin)
           .ToLocal(&binder) ||
      binder->Run(context).IsEmpty()) {
    NoteFatal("could not install the instrumentation hooks");
  }
  global->Delete(context, handover).Check();
}

std::optional<std::string> Engine::CheckSyntax(v8::Local<v8::Context> context, const std::string& source,
                                               const std::string& name) {
  v8::TryCatch try_catch(m_isolate);
  v8::ScriptOrigin origin(m_isolate, V8String(m_isolate, name));
  v8::ScriptCompiler::Source script_source(V8String(m_isolate, source), origin);
  v8::Local<v8::Script> unused;
  if (v8::ScriptCompiler::Compile(context, &script_source, v8::ScriptCompiler::kNoCompileOptions).ToLocal(&unused)) {
    return std::nullopt;
  }
  std::string message = ToStdString(m_isolate, try_catch.Exception());
  v8::Local<v8::Message> details = try_catch.Message();
  if (!details.IsEmpty()) {
    int line = details->GetLineNumber(context).FromMaybe(0);
    int column = details->GetStartColumn(context).FromMaybe(0);
    const std::string note = NewerSyntaxSuffix(context, details, message);
    message += " (" + std::to_string(line) + ":" + std::to_string(column + 1) + ")" + note;
  }
  return message;
}

std::string Engine::NewerSyntaxSuffix(v8::Local<v8::Context> context, v8::Local<v8::Message> details,
                                      const std::string& v8_message) {
  // Syntax that Chromium parses and V8 10.2 does not: the message names it (NewerSyntax.h).
  v8::Local<v8::String> source_line;
  if (details.IsEmpty() || !details->GetSourceLine(context).ToLocal(&source_line)) return {};
  std::u16string text(static_cast<size_t>(source_line->Length()), u'\0');
  source_line->Write(m_isolate, reinterpret_cast<uint16_t*>(text.data()), 0, source_line->Length(),
                     v8::String::NO_NULL_TERMINATION);
  const int column = details->GetStartColumn(context).FromMaybe(0);
  const std::string_view version = V8VersionString();
  const std::string_view major_minor = version.substr(0, version.find('.', version.find('.') + 1));
  std::optional<std::string> note = NewerSyntaxNote(text, static_cast<size_t>(column), v8_message, major_minor);
  return note ? " " + *note : std::string();
}

InstrumentedSource Engine::Instrument(const std::string& source, const std::string& name, InstrumentOptions options,
                                      bool main) {
  Trace& trace = m_recorder.GetTrace();
  options.first_id = trace.FunctionCount() + 1;
  options.hook_name = m_hook_name;
  ++m_tooling_depth;
  InstrumentResult result = m_instrumenter.Instrument(source, options);
  --m_tooling_depth;
  NoteUserScript(name);
  InstrumentedSource out;
  if (!result.ok) {
    out.code = source;
    out.error = result.error;
    m_recorder.Emit(EventKind::ScriptCompiled, 0, m_recorder.Intern(name), 0);
    return out;
  }
  uint32_t script = main ? 0 : m_recorder.Intern(name);
  for (const InstrumentedFunction& function : result.functions) {
    trace.AddFunction(FunctionInfo{m_recorder.Intern(function.name), function.line, function.column, script});
  }
  m_source_view.AddScript(name, std::move(result.segments), result.code, source);
  out.code = std::move(result.code);
  out.instrumented = true;
  m_recorder.Emit(EventKind::ScriptCompiled, 0, m_recorder.Intern(name), static_cast<uint32_t>(result.functions.size()));
  return out;
}

std::optional<std::string> Engine::InstrumentRuntimeCode(const std::string& source, uint32_t keep_prefix_units) {
  Trace& trace = m_recorder.GetTrace();
  InstrumentOptions options;
  options.first_id = trace.FunctionCount() + 1;
  options.hook_name = m_hook_name;
  options.lines = false;
  ++m_tooling_depth;
  InstrumentResult result = m_instrumenter.Instrument(source, options);
  --m_tooling_depth;
  if (!result.ok) return std::nullopt;  // a syntax error: V8 reports it as written
  const bool prefix_kept = keep_prefix_units == 0 ||
                           (result.segments.size() >= 3 && result.segments[0] == 0 && result.segments[1] == 0 &&
                            result.segments[2] >= keep_prefix_units);
  if (!prefix_kept) return std::nullopt;
  const uint32_t script = m_recorder.Intern("(eval)");
  for (const InstrumentedFunction& function : result.functions) {
    trace.AddFunction(FunctionInfo{m_recorder.Intern(function.name), function.line, function.column, script});
  }
  // V8 names no script for eval code: the map is found by the rewritten text (toString) and by the
  // call site its frames' eval origin names (stacks): the script frame that called eval, if any.
  std::string call_site;
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(m_isolate, 1);
  if (stack->GetFrameCount() > 0) {
    v8::Local<v8::StackFrame> caller = stack->GetFrame(m_isolate, 0);
    v8::Local<v8::String> caller_script = caller->GetScriptName();
    if (!caller->IsEval() && !caller_script.IsEmpty()) {
      // The user's line: the caller's position now (its statement) and the eval origin V8 records
      // (the call) are different points of the same line, as a rule.
      const uint32_t line = m_source_view.UserPosition(caller_script, static_cast<uint32_t>(caller->GetLineNumber()),
                                                       static_cast<uint32_t>(caller->GetColumn())).first;
      call_site = ToStdString(m_isolate, caller_script) + ":" + std::to_string(line);
    }
  }
  m_source_view.AddRuntimeCode("loopscope:runtime-code:" + std::to_string(++m_runtime_code_count), call_site,
                               std::move(result.segments), result.code, source);
  return std::move(result.code);
}

v8::ModifyCodeGenerationFromStringsResult Engine::CodeFromStrings(v8::Local<v8::Context>, v8::Local<v8::Value> source,
                                                                 bool) {
  v8::ModifyCodeGenerationFromStringsResult result;
  result.codegen_allowed = true;  // a page may always eval (no CSP here)
  Engine* engine = Current(v8::Isolate::GetCurrent());
  if (engine == nullptr || !source->IsString() || engine->m_stopping.load()) return result;
  // new Function(params, body): V8 compiles "(function anonymous(PARAMS\n) {\nBODY\n})" and checks
  // that the parameters end where they did, so nothing may be inserted before that point (an
  // arrow function in a default parameter would be); such code then runs as written.
  const std::string text = ToStdString(engine->m_isolate, source);
  uint32_t keep_prefix_units = 0;
  for (std::string_view prefix : {"(function anonymous(", "(async function anonymous(", "(function* anonymous(",
                                  "(async function* anonymous("}) {
    if (text.rfind(prefix, 0) != 0) continue;
    const size_t params_end = text.find("\n) {\n", prefix.size());
    if (params_end == std::string::npos) break;
    for (size_t i = 0; i < params_end + 4; ++i) {  // through "\n) {": UTF-16 units, from its UTF-8
      const auto byte = static_cast<unsigned char>(text[i]);
      if ((byte & 0xC0) != 0x80) keep_prefix_units += byte >= 0xF0 ? 2 : 1;
    }
    break;
  }
  if (auto code = engine->InstrumentRuntimeCode(text, keep_prefix_units)) {
    result.modified_source = V8String(engine->m_isolate, *code);
  }
  return result;
}

void Engine::InstrumentCodeFromStrings(v8::Local<v8::Context> context) {
  // V8 asks the callback only where code generation from strings is "disallowed".
  context->AllowCodeGenerationFromStrings(false);
  m_isolate->SetModifyCodeGenerationFromStringsCallback(&CodeFromStrings);
}

void Engine::NoteUserScript(const std::string& name) {
  m_user_script_names.insert(name);
  m_user_script_ids.clear();  // ids seen before may now belong to a user script
}

uint32_t Engine::AddSyntheticFunction(const std::string& name, bool main, const std::string& script) {
  uint32_t script_id = main ? 0 : m_recorder.Intern(script);
  return m_recorder.GetTrace().AddFunction(FunctionInfo{m_recorder.Intern(name), 1, 1, script_id});
}

bool Engine::IsUserScript(int script_id, v8::Local<v8::Value> script_name) {
  auto [it, inserted] = m_user_script_ids.try_emplace(script_id, false);
  if (inserted) it->second = !script_name.IsEmpty() && script_name->IsString() &&
                             m_user_script_names.count(ToStdString(m_isolate, script_name)) != 0;
  return it->second;
}

bool Engine::IsUserFunction(v8::Local<v8::Function> function) {
  return IsUserScript(function->ScriptId(), function->GetScriptOrigin().ResourceName());
}

void Engine::EnterFromScript() {
  m_microtasks->Observe();
  NoteCallSite();
}

void Engine::NoteCallSite() {
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(m_isolate, 1, v8::StackTrace::kDetailed);
  if (stack->GetFrameCount() == 0) return;
  v8::Local<v8::StackFrame> frame = stack->GetFrame(m_isolate, 0);
  if (!IsUserScript(frame->GetScriptId(), frame->GetScriptName())) return;  // a host script, a string timer…
  m_recorder.Emit(EventKind::SourceLine, 0, static_cast<uint32_t>(frame->GetLineNumber()),
                  static_cast<uint32_t>(frame->GetColumn()));
}

void Engine::EmitConsole(ConsoleLevel level, const std::string& text) {
  if (m_stopping.load()) return;
  m_recorder.EmitText(EventKind::ConsoleOutput, static_cast<uint8_t>(level), text);
  if (m_options.console_sink) m_options.console_sink(level, text);
}

void Engine::ReportError(bool in_promise, const std::string& message, const std::string& stack) {
  if (m_stopping.load()) return;
  std::string text = std::string(in_promise ? "Uncaught (in promise) " : "Uncaught ") + (stack.empty() ? message : stack);
  m_recorder.EmitText(EventKind::UncaughtError, in_promise ? 1 : 0, message, stack);
  if (m_options.console_sink) m_options.console_sink(ConsoleLevel::Error, text);
}

void Engine::ReportException(v8::Local<v8::Context> context, const v8::TryCatch& try_catch) {
  ReportUncaught(context, try_catch.Exception(), try_catch.Message());
}

void Engine::ReportUncaught(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                            v8::Local<v8::Message> message, bool fire_events) {
  m_microtasks->Observe();
  if (m_stopping.load()) return;
  if (fire_events && m_uncaught_filter && m_uncaught_filter(context, exception, message)) return;
  // Read without running the script's code: a `stack` getter of its own is not called.
  std::string text = FormatConsoleValue(context, exception);
  std::string stack = PeekStackText(context, exception);
  // Code made at run time (eval, new Function, new RegExp) meets V8 10.2's parser only now: the
  // note goes after the error's first line.
  if (exception->IsNativeError() && text.rfind("SyntaxError: ", 0) == 0) {
    const std::string note = NewerSyntaxSuffix(context, message, text.substr(std::string_view("SyntaxError: ").size()));
    text += note;
    if (!stack.empty()) stack.insert(std::min(stack.find('\n'), stack.size()), note);
  }
  ReportError(false, text, stack);
}

void Engine::NoteFatal(std::string reason) {
  if (m_fatal_reason.empty()) m_fatal_reason = std::move(reason);
}

void Engine::HookCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Engine* engine = Current(info.GetIsolate());
  if (info.Length() > 1) info.GetReturnValue().Set(info[1]);  // awaiting/yielding/resumed pass their value through
  if (engine == nullptr || info.Length() == 0) return;
  auto op = static_cast<HookOp>(info.Data().As<v8::Integer>()->Value());
  uint32_t operand = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (op == HookOp::Line) {  // the hottest hook: records nothing, remembers the line
    engine->m_call_lines.current = operand;
    return;
  }
  engine->m_microtasks->Observe();
  uint32_t function_id = operand;
  TraceRecorder& recorder = engine->m_recorder;
  switch (op) {
    case HookOp::Enter:
      recorder.Emit(EventKind::FunctionEnter, 0, function_id, engine->m_call_lines.current);
      engine->m_call_lines.Push();
      break;
    case HookOp::Exit:
      recorder.Emit(EventKind::FunctionExit, 0, function_id);
      engine->m_call_lines.Pop();
      break;
    case HookOp::Awaiting:
      engine->NoteCallSite();
      engine->m_microtasks->NoteAwait(function_id,
                                      info.Length() > 1 ? info[1] : v8::Undefined(info.GetIsolate()).As<v8::Value>());
      recorder.Emit(EventKind::FunctionSuspend, 0, function_id);
      engine->m_call_lines.Pop();
      break;
    case HookOp::Yielding:
      recorder.Emit(EventKind::FunctionSuspend, 0, function_id);
      engine->m_call_lines.Pop();
      break;
    case HookOp::Resumed: recorder.Emit(EventKind::FunctionResume, 0, function_id); break;
    case HookOp::Line: break;
  }
}

void Engine::GcPrologue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
  auto* engine = static_cast<Engine*>(data);
  if (engine->m_tooling_depth > 0) return;
  engine->m_recorder.Emit(EventKind::GcBegin, static_cast<uint8_t>(GcKindOf(type)));
}

void Engine::GcEpilogue(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
  auto* engine = static_cast<Engine*>(data);
  if (engine->m_tooling_depth > 0) return;
  engine->m_recorder.Emit(EventKind::GcEnd, static_cast<uint8_t>(GcKindOf(type)));
}

void Engine::JitCodeEventHandler(const v8::JitCodeEvent* event) {
  // Only machine code for the user's functions: baseline (Sparkplug) and optimised (TurboFan)
  // code. V8 names them like "JS:~name" (baseline) or "JS:*name" (optimised).
  if (event->type != v8::JitCodeEvent::CODE_ADDED || event->code_type != v8::JitCodeEvent::JIT_CODE ||
      event->script.IsEmpty() || event->isolate == nullptr) {
    return;
  }
  Engine* engine = Current(event->isolate);  // nullptr on V8's helper threads
  if (engine == nullptr || engine->m_tooling_depth > 0) return;
  v8::HandleScope scope(event->isolate);
  if (!engine->IsUserScript(event->script->GetId(), event->script->GetScriptName())) return;
  std::string_view name(event->name.str, event->name.len);
  size_t marker = name.find_first_of("*~");
  if (marker == std::string_view::npos) return;
  JitKind kind = name[marker] == '*' ? JitKind::Optimize : JitKind::Compile;
  std::string_view function = name.substr(marker + 1);
  function = function.substr(0, function.find(' '));
  engine->m_recorder.Emit(EventKind::JitCode, static_cast<uint8_t>(kind),
                          engine->m_recorder.Intern(function.empty() ? "(anonymous)" : function));
}

size_t Engine::NearHeapLimit(void* data, size_t current_limit, size_t) {
  auto* engine = static_cast<Engine*>(data);
  const std::string megabytes = std::to_string(current_limit >> 20);
  engine->NoteFatal(engine->m_tooling_depth > 0
                        ? "instrumenting the script needed more than " + megabytes +
                              " MB of JavaScript heap; the script was not run"
                        : "the script used more than " + megabytes + " MB of JavaScript heap and was stopped");
  if (engine->m_request_stop) engine->m_request_stop();
  return current_limit + kHeapLimitHeadroomBytes;
}

}  // namespace loopscope
