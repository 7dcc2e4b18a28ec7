// BrowserPage.cpp — the native half of dom.js: what the page's document needs from the loop, and
// the user's input reaching the page.
//   host.pageChanged()                the document's tree, attributes or listeners changed: a
//                                     PageSnapshot (dom.js snapshot()) is recorded after the
//                                     next microtask checkpoint, for the Page panel
//   host.queueMutationMicrotask(fn)   DOM 4.3 "queue a mutation observer microtask"
// User clicks (RunSession::RequestClick from the Page panel, `--click SELECTOR` from the CLI) become
// two user-interaction tasks, as two input events reach a page: the press (pointerdown, mousedown)
// at once, and the release (pointerup, mouseup, click) when the loop next has nothing runnable —
// a real release comes milliseconds later, so what the press queued without delay runs first
// (Chromium measured with DevTools-protocol input: tests/puzzles/dom_user_click_*.js).
// Runtime thread only.
#include "runtime/models/browser/BrowserModel.h"

#include "runtime/v8/V8Functions.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

// Input event types: a page with a listener for one of them is waiting for the user.
constexpr std::string_view kInputTypes[] = {"click", "dblclick", "mousedown", "mouseup", "pointerdown", "pointerup"};

}  // namespace

void BrowserModel::InstallPageHost(v8::Local<v8::Context> context, v8::Local<v8::Object> host) {
  DefineMethod(context, host, "pageChanged", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (BrowserModel* model = From(info.GetIsolate())) model->m_page_changed = true;
  });
  DefineMethod(context, host, "queueMutationMicrotask", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
    BrowserModel* model = From(info.GetIsolate());
    if (model == nullptr || !model->m_engine || info.Length() < 1 || !info[0]->IsFunction()) return;
    model->m_engine->Microtasks().EnqueueCallback(info.GetIsolate()->GetCurrentContext(), info[0].As<v8::Function>(),
                                                  MicrotaskSource::MutationObserver);
  });
}

void BrowserModel::TakePageObject(v8::Local<v8::Context> context, v8::Local<v8::Object> host) {
  v8::Local<v8::Value> dom;
  if (host->Get(context, V8String(m_isolate, "dom")).ToLocal(&dom) && dom->IsObject()) {
    m_dom.Reset(m_isolate, dom.As<v8::Object>());
  }
}

v8::MaybeLocal<v8::Value> BrowserModel::CallPage(const char* name, std::vector<v8::Local<v8::Value>> args) {
  if (m_dom.IsEmpty() || m_isolate->IsExecutionTerminating()) return {};
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  v8::Local<v8::Object> dom = m_dom.Get(m_isolate);
  v8::Local<v8::Value> function;
  if (!dom->Get(context, V8String(m_isolate, name)).ToLocal(&function) || !function->IsFunction()) return {};
  v8::TryCatch try_catch(m_isolate);
  return function.As<v8::Function>()->Call(context, dom, static_cast<int>(args.size()), args.data());
}

void BrowserModel::RecordPageIfChanged() {
  if (!m_page_changed || m_dom.IsEmpty()) return;
  m_page_changed = false;
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Value> text;
  if (!CallPage("snapshot", {}).ToLocal(&text) || !text->IsString()) return;
  TraceRecorder& recorder = m_engine->Recorder();
  recorder.Emit(EventKind::PageSnapshot, 0, recorder.Intern(ToStdString(m_isolate, text)));
}

void BrowserModel::ScriptEvaluated() {
  v8::HandleScope scope(m_isolate);
  (void)CallPage("scriptEnded", {});
}

void BrowserModel::UserClick(uint32_t element_id) { QueueUserInput(element_id, /*release=*/false); }

void BrowserModel::QueueUserInput(uint32_t element_id, bool release) {
  if (!m_loop || m_dom.IsEmpty()) return;
  v8::HandleScope scope(m_isolate);
  v8::Local<v8::Context> context = m_context.Get(m_isolate);
  auto task = [&](const char* step, v8::FunctionCallback body) {
    v8::Local<v8::Function> function;
    if (!v8::Function::New(context, body, v8::Integer::NewFromUnsigned(m_isolate, element_id)).ToLocal(&function)) return;
    m_loop->PostTask(TaskSource::UserInteraction, m_engine->Recorder().Intern(step), function);
  };
  // The task bodies run with an empty stack: dom.js dispatches with a checkpoint after each listener.
  if (release) {
    task("click", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      if (BrowserModel* model = From(info.GetIsolate())) (void)model->CallPage("userRelease", {info.Data()});
    });
    return;
  }
  task("mousedown", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (BrowserModel* model = From(info.GetIsolate())) (void)model->CallPage("userPress", {info.Data()});
  });
  m_pending_releases.push_back(element_id);
}

bool BrowserModel::OnNothingRunnable() {
  if (m_pending_releases.empty()) return false;
  const uint32_t element_id = m_pending_releases.front();
  m_pending_releases.pop_front();
  QueueUserInput(element_id, /*release=*/true);
  return true;
}

QuiescentAction BrowserModel::WhenQuiescent() {
  const std::vector<std::string>& clicks = m_env.options.input_clicks;
  v8::HandleScope scope(m_isolate);
  while (m_next_input_click < clicks.size()) {
    const std::string& selector = clicks[m_next_input_click++];
    v8::Local<v8::Value> found;
    int32_t id = 0;
    if (CallPage("findNode", {V8String(m_isolate, selector)}).ToLocal(&found)) {
      id = found->Int32Value(m_context.Get(m_isolate)).FromMaybe(0);
    }
    if (id > 0) {
      UserClick(static_cast<uint32_t>(id));
      return QuiescentAction::Continue;
    }
    m_engine->EmitConsole(ConsoleLevel::Warn, "[loopscope] --click '" + selector + "': " +
                                                  (id < 0 ? "not a valid selector" : "no element matches it") +
                                                  " when the page has settled; nothing was clicked");
  }
  if (!m_env.options.wait_for_input || m_dom.IsEmpty()) return QuiescentAction::Finish;
  // The page listens for the user: it stays open (until Stop) as a page in a browser tab does.
  v8::Local<v8::Value> types;
  if (!CallPage("listenedTypes", {}).ToLocal(&types) || !types->IsString()) return QuiescentAction::Finish;
  const std::string listened = "," + ToStdString(m_isolate, types) + ",";
  for (std::string_view type : kInputTypes) {
    if (listened.find("," + std::string(type) + ",") != std::string::npos) return QuiescentAction::WaitForInput;
  }
  return QuiescentAction::Finish;
}

}  // namespace loopscope
