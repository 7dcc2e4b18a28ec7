// WindowErrors.cpp — BrowserModel's part in HTML's error reporting (8.1.4.6–8.1.4.8):
//  - "report an exception": an uncaught exception (in a task, a microtask, a listener, or passed
//    to reportError) fires a cancelable ErrorEvent `error` at the window first — message
//    "Uncaught …" (ErrorEventMessage), filename, the user's lineno / colno, the error — and is logged
//    only if no listener canceled it (onerror returning true, preventDefault);
//  - "notify about rejected promises": at the end of a microtask checkpoint, the promises
//    rejected without a handler are handed to one task (DOM manipulation task source) which fires
//    a cancelable PromiseRejectionEvent `unhandledrejection` for each one still unhandled and logs
//    "Uncaught (in promise) …" unless canceled; a handler added later to such a promise queues a
//    task firing `rejectionhandled`.
// Chromium's order (measured with the oracle, tests/puzzles/error_events*.js, rejection_events.js):
// the error event right where the exception is reported, its listeners with no microtask
// checkpoint between them (even for an exception out of a task); unhandledrejection in a task
// after the tasks already queued, with a checkpoint after each listener.
// The events themselves are js/event_target.js's (host.fireErrorEvent / fireRejectionEvent).
// Runtime thread only.
#include "runtime/engine/ConsoleFormat.h"
#include "runtime/models/browser/BrowserModel.h"
#include "runtime/v8/PropertyPeek.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {

void BrowserModel::InstallErrorEvents(v8::Local<v8::Context> context, v8::Local<v8::Object> host) {
  auto keep = [&](const char* name, v8::Global<v8::Function>& slot) {
    v8::Local<v8::Value> function;
    if (host->Get(context, V8String(m_isolate, name)).ToLocal(&function) && function->IsFunction()) {
      slot.Reset(m_isolate, function.As<v8::Function>());
    }
  };
  keep("fireErrorEvent", m_fire_error_event);
  keep("fireRejectionEvent", m_fire_rejection_event);
  v8::Local<v8::Value> dom_exception, prototype;
  if (host->Get(context, V8String(m_isolate, "DOMException")).ToLocal(&dom_exception) && dom_exception->IsFunction() &&
      dom_exception.As<v8::Object>()->Get(context, V8String(m_isolate, "prototype")).ToLocal(&prototype) &&
      prototype->IsObject()) {
    m_dom_exception_prototype.Reset(m_isolate, prototype.As<v8::Object>());
  }
  m_engine->SetUncaughtFilter([this](v8::Local<v8::Context> filter_context, v8::Local<v8::Value> exception,
                                     v8::Local<v8::Message> message) {
    return FireErrorEvent(filter_context, exception, message);
  });
}

bool BrowserModel::IsDomException(v8::Local<v8::Value> value) const {
  if (m_dom_exception_prototype.IsEmpty() || !value->IsNativeError()) return false;  // no proxy: no trap runs
  v8::Local<v8::Object> wanted = m_dom_exception_prototype.Get(m_isolate);
  for (v8::Local<v8::Value> at = value.As<v8::Object>()->GetPrototype(); at->IsObject();
       at = at.As<v8::Object>()->GetPrototype()) {
    if (at->StrictEquals(wanted)) return true;
  }
  return false;
}

v8::MaybeLocal<v8::String> BrowserModel::ErrorEventMessage(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                                                           v8::Local<v8::Message> message) const {
  // Chromium (measured, tests/puzzles/error_event_messages.js): a JavaScript error as V8 words it
  // ("Uncaught TypeError: …", from its own name and message, no toString of the script's); any
  // other value — a DOMException (a platform object there) included — as ToString makes it
  // ("Uncaught 1,2", a custom toString's or Symbol.toPrimitive's text, a function's source),
  // a symbol as its description, and "Uncaught exception" when ToString throws.
  if (exception->IsNativeError() && !IsDomException(exception)) return message->Get();
  std::string text;
  if (exception->IsSymbol()) {
    v8::Local<v8::Value> description = exception.As<v8::Symbol>()->Description(m_isolate);
    text = "Symbol(" + (description->IsString() ? ToStdString(m_isolate, description) : std::string()) + ")";
  } else {
    v8::TryCatch guard(m_isolate);
    v8::Local<v8::String> converted;
    if (exception->ToString(context).ToLocal(&converted)) {
      text = ToStdString(m_isolate, converted);
    } else if (!guard.CanContinue()) {
      return {};  // terminating: no event
    } else {
      text = "exception";
    }
  }
  return V8String(m_isolate, "Uncaught " + text);
}

bool BrowserModel::FireErrorEvent(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                                  v8::Local<v8::Message> message) {
  if (m_fire_error_event.IsEmpty()) return false;
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(m_isolate, exception);
  v8::Local<v8::Value> script_name = message->GetScriptResourceName();
  auto [line, column] = m_engine->SourceView().UserPosition(
      script_name, static_cast<uint32_t>(message->GetLineNumber(context).FromMaybe(0)),
      static_cast<uint32_t>(message->GetStartColumn(context).FromMaybe(0) + 1));
  v8::Local<v8::String> text;
  if (!ErrorEventMessage(context, exception, message).ToLocal(&text)) return false;
  v8::Local<v8::Value> args[] = {
      exception,
      text,
      script_name->IsString() ? script_name : V8String(m_isolate, "").As<v8::Value>(),
      v8::Integer::NewFromUnsigned(m_isolate, line),
      v8::Integer::NewFromUnsigned(m_isolate, column),
  };
  v8::TryCatch guard(m_isolate);
  v8::Local<v8::Value> canceled;
  if (!m_fire_error_event.Get(m_isolate)->Call(context, v8::Undefined(m_isolate), 5, args).ToLocal(&canceled)) {
    return false;
  }
  return canceled->BooleanValue(m_isolate);
}

bool BrowserModel::FireRejectionEvent(v8::Local<v8::Context> context, const char* type, v8::Local<v8::Value> promise,
                                      v8::Local<v8::Value> reason) {
  if (m_fire_rejection_event.IsEmpty()) return false;
  v8::Local<v8::Value> args[] = {V8String(m_isolate, type), promise, reason};
  v8::Local<v8::Value> canceled;
  if (!m_fire_rejection_event.Get(m_isolate)->Call(context, v8::Undefined(m_isolate), 3, args).ToLocal(&canceled)) {
    return false;
  }
  return canceled->BooleanValue(m_isolate);
}

void BrowserModel::PreludeReportError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // The host's own listeners' exceptions (event_target.js): reported as from a task (the
  // JavaScript stack holds no user frame); data 1 = only log it (inside an error listener).
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* host = From(isolate);
  if (host == nullptr || info.Length() == 0) return;
  v8::Local<v8::Value> error = info[0];
  host->m_engine->ReportUncaught(isolate->GetCurrentContext(), error, v8::Exception::CreateMessage(isolate, error),
                                 info.Data().As<v8::Integer>()->Value() == 0);
}

void BrowserModel::PreludeReportErrorFromScript(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // window.reportError(e): the location is where the error was made (its captured stack), as in
  // Chromium.
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* host = From(isolate);
  if (host == nullptr || info.Length() == 0) return;
  host->m_engine->EnterFromScript();
  v8::Local<v8::Value> error = info[0];
  host->m_engine->ReportUncaught(isolate->GetCurrentContext(), error, v8::Exception::CreateMessage(isolate, error));
}

// HTML 8.1.4.4 "perform a microtask checkpoint", step 4: notify about rejected promises.
void BrowserModel::AfterMicrotaskCheckpoint() {
  RecordPageIfChanged();
  if (m_pending_rejections.empty() || !m_loop) return;
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  std::vector<v8::Local<v8::Value>> pairs;
  for (PendingRejection& rejection : m_pending_rejections) {
    pairs.push_back(rejection.promise.Get(m_isolate));
    pairs.push_back(rejection.reason.Get(m_isolate));
  }
  m_pending_rejections.clear();
  v8::Local<v8::Function> task;
  if (!v8::Function::New(context, &NotifyRejectionsTask, v8::Array::New(m_isolate, pairs.data(), pairs.size()))
           .ToLocal(&task)) {
    return;
  }
  m_loop->PostTask(TaskSource::DomManipulation, m_engine->Recorder().Intern("unhandledrejection"), task);
}

void BrowserModel::NotifyRejectionsTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* model = From(isolate);
  if (model == nullptr) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> pairs = info.Data().As<v8::Array>();
  for (uint32_t i = 0; i + 1 < pairs->Length(); i += 2) {
    v8::Local<v8::Value> promise, reason;
    if (!pairs->Get(context, i).ToLocal(&promise) || !pairs->Get(context, i + 1).ToLocal(&reason) ||
        !promise->IsPromise()) {
      continue;
    }
    if (promise.As<v8::Promise>()->HasHandler()) continue;  // handled since the checkpoint
    const bool canceled = model->FireRejectionEvent(context, "unhandledrejection", promise, reason);
    if (isolate->IsExecutionTerminating()) return;
    if (!canceled) {
      std::string stack = reason->IsNativeError() ? PeekStackText(context, reason) : std::string();
      model->m_engine->ReportError(true, FormatConsoleValue(context, reason), stack);
    }
    if (!promise.As<v8::Promise>()->HasHandler()) {
      model->m_outstanding_rejections.push_back(PendingRejection{v8::Global<v8::Promise>(isolate, promise.As<v8::Promise>()),
                                                                 v8::Global<v8::Value>(isolate, reason)});
    }
  }
}

void BrowserModel::RejectionHandledTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  BrowserModel* model = From(isolate);
  if (model == nullptr) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> pair = info.Data().As<v8::Array>();
  v8::Local<v8::Value> promise, reason;
  if (!pair->Get(context, 0).ToLocal(&promise) || !pair->Get(context, 1).ToLocal(&reason)) return;
  model->FireRejectionEvent(context, "rejectionhandled", promise, reason);
}

void BrowserModel::PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  BrowserModel* model = From(promise->GetIsolate());
  if (model == nullptr) return;
  v8::Isolate* isolate = model->m_isolate;
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: {
      PendingRejection rejection;
      rejection.promise.Reset(isolate, promise);
      rejection.reason.Reset(isolate, message.GetValue());
      model->m_pending_rejections.push_back(std::move(rejection));
      break;
    }
    case v8::kPromiseHandlerAddedAfterReject: {
      std::erase_if(model->m_pending_rejections,
                    [&](const PendingRejection& rejection) { return rejection.promise.Get(isolate) == promise; });
      // HTML 8.1.4.8: a promise already reported as unhandled gets a rejectionhandled event.
      auto outstanding = std::find_if(model->m_outstanding_rejections.begin(), model->m_outstanding_rejections.end(),
                                      [&](const PendingRejection& rejection) { return rejection.promise.Get(isolate) == promise; });
      if (outstanding == model->m_outstanding_rejections.end() || !model->m_loop) break;
      v8::Local<v8::Context> context = model->m_context.Get(isolate);
      v8::Local<v8::Value> pair[] = {promise, outstanding->reason.Get(isolate)};
      model->m_outstanding_rejections.erase(outstanding);
      v8::Local<v8::Function> task;
      if (v8::Function::New(context, &RejectionHandledTask, v8::Array::New(isolate, pair, 2)).ToLocal(&task)) {
        model->m_loop->PostTask(TaskSource::DomManipulation, model->m_engine->Recorder().Intern("rejectionhandled"), task);
      }
      break;
    }
    default: break;
  }
}

}  // namespace loopscope
