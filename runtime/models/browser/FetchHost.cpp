#include "runtime/models/browser/FetchHost.h"

#include <cstring>
#include <system_error>

#include "runtime/clock/RunClock.h"
#include "runtime/engine/Engine.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

constexpr uint64_t kNsPerMs = 1'000'000;

// A host method whose data is the FetchHost (DefineMethod's data is an integer).
void DefineFetchMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                       v8::FunctionCallback callback, FetchHost* fetch) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> function =
      v8::Function::New(context, callback, v8::External::New(isolate, fetch), 0, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  v8::Local<v8::String> key = V8String(isolate, name);
  function->SetName(key);
  target->DefineOwnProperty(context, key, function, v8::DontEnum).Check();
}

// What a response task is called in the queues: the URL relative to the page's folder, as the
// script most likely wrote it ("fetch delay/300", "fetch data/list.json"), else the whole URL.
std::string TaskNameFor(std::string_view url, const std::filesystem::path& folder) {
  const std::string prefix = "file://" + folder.string() + "/";
  if (!folder.empty() && url.substr(0, prefix.size()) == prefix && url.size() > prefix.size()) url.remove_prefix(prefix.size());
  return "fetch " + std::string(url);
}

}  // namespace

FetchHost::FetchHost(v8::Isolate* isolate, BrowserEventLoop& loop, Engine& engine, RunClock& clock,
                     std::filesystem::path folder)
    : m_isolate(isolate), m_loop(loop), m_engine(engine), m_clock(clock), m_folder(std::move(folder)) {}

FetchHost::~FetchHost() = default;

FetchHost* FetchHost::From(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<FetchHost*>(info.Data().As<v8::External>()->Value());
}

void FetchHost::Install(v8::Local<v8::Context> context, v8::Local<v8::Object> host) {
  DefineFetchMethod(context, host, "fetchStart", &FetchStart, this);
  DefineFetchMethod(context, host, "fetchAbort", &FetchAbort, this);
  DefineFetchMethod(context, host, "queueFetchTask", &QueueFetchTask, this);
}

int FetchHost::Fd() const { return m_service ? m_service->LoopFd() : -1; }

uint32_t FetchHost::Start(NetworkRequest request, v8::Local<v8::Function> on_done) {
  if (!m_service) {
    try {
      m_service = std::make_unique<NetworkService>(m_folder);
    } catch (const std::system_error& error) {
      m_engine.EmitConsole(ConsoleLevel::Warn, std::string("[loopscope] fetch: no network service (") + error.what() + ")");
      return 0;
    }
    m_loop.AttachNetwork(*this);
  }
  request.id = m_next_id++;
  TraceRecorder& recorder = m_engine.Recorder();
  Pending pending;
  pending.sent_ns = m_clock.ScriptNowNs();
  pending.task_name = recorder.Intern(TaskNameFor(request.url, m_folder));
  pending.on_done.Reset(m_isolate, on_done);
  m_pending.emplace(request.id, std::move(pending));
  ++m_awaiting;
  recorder.Emit(EventKind::NetworkRequest, 0, request.id, recorder.Intern(request.url));
  if (!m_service->Send(request)) AnswerUnanswered();
  return request.id;
}

void FetchHost::AnswerUnanswered() {
  for (auto& [id, pending] : m_pending) {
    if (pending.reply) continue;
    NetworkReply reply;
    reply.id = id;
    reply.outcome = NetworkOutcome::NetworkError;
    reply.latency_ms = NetworkService::kFileLatencyMs;
    reply.error = "the network service has stopped";
    pending.reply = std::move(reply);
    m_due.emplace(SaturatingAddNs(pending.sent_ns, SaturatingMulNs(NetworkService::kFileLatencyMs, kNsPerMs)), id);
  }
  std::erase_if(m_pending, [](const auto& entry) { return entry.second.aborted; });
  m_awaiting = 0;
}

void FetchHost::Abort(uint32_t id) {
  auto it = m_pending.find(id);
  if (it == m_pending.end() || it->second.aborted) return;  // answered already, or unknown
  m_engine.Recorder().Emit(EventKind::NetworkResponse, static_cast<uint8_t>(ResponseOutcome::Aborted), id, 0);
  if (it->second.reply) {
    m_due.erase({SaturatingAddNs(it->second.sent_ns, SaturatingMulNs(it->second.reply->latency_ms, kNsPerMs)), id});
    m_pending.erase(it);
    return;
  }
  // Its reply is still on the way: it is dropped when it comes.
  it->second.aborted = true;
  it->second.on_done.Reset();
}

void FetchHost::OnReadable() {
  if (!m_service) return;
  for (NetworkReply& reply : m_service->TakeReplies()) {
    auto it = m_pending.find(reply.id);
    if (it == m_pending.end() || it->second.reply) continue;
    --m_awaiting;
    if (it->second.aborted) {
      m_pending.erase(it);
      continue;
    }
    const uint64_t due = SaturatingAddNs(it->second.sent_ns, SaturatingMulNs(reply.latency_ms, kNsPerMs));
    it->second.reply = std::move(reply);
    m_due.emplace(due, it->first);
  }
  if (m_service->Closed() && !m_closed_seen) {
    // What it had not answered never will be: network errors, and the poller stops watching a
    // descriptor that would now always read as end of file.
    m_closed_seen = true;
    AnswerUnanswered();
    m_loop.StopWatchingNetwork();
  }
}

std::optional<uint64_t> FetchHost::NextDueNs() const {
  if (m_due.empty()) return std::nullopt;
  return m_due.begin()->first;
}

void FetchHost::DeliverDue(uint64_t now_ns) {
  TraceRecorder& recorder = m_engine.Recorder();
  while (!m_due.empty() && m_due.begin()->first <= now_ns) {
    const uint32_t id = m_due.begin()->second;
    m_due.erase(m_due.begin());
    auto it = m_pending.find(id);
    if (it == m_pending.end()) continue;
    const NetworkReply& reply = *it->second.reply;
    const bool response = reply.outcome == NetworkOutcome::Response;
    recorder.Emit(EventKind::NetworkResponse,
                  static_cast<uint8_t>(response ? ResponseOutcome::Response : ResponseOutcome::NetworkError), id,
                  response ? reply.status : 0);
    if (!response) {
      // Chromium says why in DevTools' console; the page itself only learns "Failed to fetch".
      m_engine.EmitConsole(ConsoleLevel::Warn, "[loopscope] fetch " + reply.url + ": network error (" + reply.error + ")");
    }
    v8::HandleScope scope(m_isolate);
    v8::Local<v8::Context> context = m_isolate->GetCurrentContext();
    v8::Local<v8::Value> data[] = {v8::External::New(m_isolate, this), v8::Integer::NewFromUnsigned(m_isolate, id)};
    v8::Local<v8::Function> task;
    if (!v8::Function::New(context, &ResponseTask, v8::Array::New(m_isolate, data, 2)).ToLocal(&task)) return;
    const uint32_t name = it->second.task_name;
    m_delivered.emplace(id, std::move(it->second));
    m_pending.erase(it);
    // Fetch "process response": queued on the networking task source.
    m_loop.PostTask(TaskSource::Networking, name, task);
  }
}

void FetchHost::ResponseTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> host_value, id_value;
  if (!data->Get(context, 0).ToLocal(&host_value) || !data->Get(context, 1).ToLocal(&id_value)) return;
  auto* fetch = static_cast<FetchHost*>(host_value.As<v8::External>()->Value());
  fetch->RunResponseTask(id_value->Uint32Value(context).FromMaybe(0));
}

void FetchHost::RunResponseTask(uint32_t id) {
  auto it = m_delivered.find(id);
  if (it == m_delivered.end()) return;
  Pending pending = std::move(it->second);
  m_delivered.erase(it);
  const NetworkReply& reply = *pending.reply;
  v8::Local<v8::Context> context = m_isolate->GetCurrentContext();
  v8::Local<v8::Array> headers = v8::Array::New(m_isolate, static_cast<int>(reply.headers.size() * 2));
  uint32_t index = 0;
  for (const auto& [name, value] : reply.headers) {
    if (!headers->Set(context, index++, V8String(m_isolate, name)).FromMaybe(false) ||
        !headers->Set(context, index++, V8String(m_isolate, value)).FromMaybe(false)) {
      return;
    }
  }
  // The body's bytes, in memory the run's budget accounts for (the isolate's allocator).
  v8::Local<v8::ArrayBuffer> body = v8::ArrayBuffer::New(m_isolate, reply.body.size());
  if (!reply.body.empty()) std::memcpy(body->Data(), reply.body.data(), reply.body.size());
  const bool response = reply.outcome == NetworkOutcome::Response;
  v8::Local<v8::Value> args[] = {
      v8::Integer::New(m_isolate, response ? 0 : 1),        v8::Integer::New(m_isolate, reply.status),
      V8String(m_isolate, reply.status_text),               V8String(m_isolate, reply.url),
      headers,                                              body,
  };
  v8::Local<v8::Function> on_done = pending.on_done.Get(m_isolate);
  // What it throws reaches the task's reporting (the result is not used).
  v8::MaybeLocal<v8::Value> ignored = on_done->Call(context, v8::Undefined(m_isolate), 6, args);
  (void)ignored;
}

void FetchHost::FetchStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FetchHost* fetch = From(info);
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 4 || !info[3]->IsFunction()) return;
  fetch->m_engine.EnterFromScript();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NetworkRequest request;
  request.method = ToStdString(isolate, info[0]);
  request.url = ToStdString(isolate, info[1]);
  if (info[2]->IsArray()) {
    v8::Local<v8::Array> list = info[2].As<v8::Array>();
    for (uint32_t i = 0; i + 1 < list->Length(); i += 2) {
      v8::Local<v8::Value> name, value;
      if (!list->Get(context, i).ToLocal(&name) || !list->Get(context, i + 1).ToLocal(&value)) return;
      request.headers.emplace_back(ToStdString(isolate, name), ToStdString(isolate, value));
    }
  }
  info.GetReturnValue().Set(fetch->Start(std::move(request), info[3].As<v8::Function>()));
}

void FetchHost::FetchAbort(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1) return;
  FetchHost* fetch = From(info);
  fetch->m_engine.EnterFromScript();
  fetch->Abort(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

void FetchHost::QueueFetchTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 2 || !info[1]->IsFunction()) return;
  FetchHost* fetch = From(info);
  fetch->m_engine.EnterFromScript();
  const uint32_t name = fetch->m_engine.Recorder().Intern(ToStdString(info.GetIsolate(), info[0]));
  fetch->m_loop.PostTask(TaskSource::Networking, name, info[1].As<v8::Function>());
}

}  // namespace loopscope
