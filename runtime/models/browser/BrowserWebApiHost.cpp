// BrowserWebApiHost.cpp — the native half of scheduling.js, crypto.js, navigator.js and
// location.js. Adds to the host object the prelude scripts receive (never reachable by the script):
//   host.createSchedulingQueue(priority, kind) → queue id   priority 0 user-blocking, 1 user-visible,
//                                                          2 background; kind 0 tasks, 1 continuations
//   host.setSchedulingQueuePriority(id, priority)           TaskController.setPriority
//   host.postSchedulingTask(id, delayMs, name, fn) → handle queue fn() in that queue (now or after delayMs)
//   host.cancelSchedulingTask(handle)                       an aborted task leaves its queue unrun
//   host.fillRandom(view)                                   fills an integer ArrayBufferView with
//                                                          cryptographically random bytes (getrandom(2))
//   host.scriptUrl                                          the file:// URL of the script (location.href)
//   host.hardwareConcurrency                                the machine's logical processors
// Runtime thread only; the callbacks do nothing once the run's loop is gone.
#include <sys/random.h>

#include <filesystem>
#include <thread>

#include "runtime/models/browser/BrowserModel.h"
#include "runtime/models/browser/TextCodec.h"
#include "runtime/v8/V8Functions.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

SchedulingPriority PriorityFrom(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  const uint32_t index = value->Uint32Value(context).FromMaybe(1);
  return index == 0 ? SchedulingPriority::UserBlocking
                    : index == 2 ? SchedulingPriority::Background : SchedulingPriority::UserVisible;
}

// RFC 8089 file URL of an absolute path: bytes outside the path-safe set are percent-encoded.
std::string FileUrlOf(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  const std::string text = error ? path : absolute.lexically_normal().string();
  std::string url = "file://";
  if (text.empty() || text[0] != '/') url += '/';
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : text) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      std::string_view("/-._~!$&'()*+,;=:@").find(static_cast<char>(c)) != std::string_view::npos;
    if (safe) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

}  // namespace

void BrowserModel::InstallWebApiHost(v8::Local<v8::Context> context, v8::Local<v8::Object> host) {
  DefineMethod(context, host, "createSchedulingQueue", &HostCreateSchedulingQueue);
  DefineMethod(context, host, "setSchedulingQueuePriority", &HostSetSchedulingQueuePriority);
  DefineMethod(context, host, "postSchedulingTask", &HostPostSchedulingTask);
  DefineMethod(context, host, "cancelSchedulingTask", &HostCancelSchedulingTask);
  DefineMethod(context, host, "fillRandom", &HostFillRandom);
  DefineMethod(context, host, "utf8Encode", &HostUtf8Encode);  // TextCodec.cpp
  DefineMethod(context, host, "utf8Decode", &HostUtf8Decode);
  const std::string& path = m_env.options.script_path.empty() ? m_env.options.script_name : m_env.options.script_path;
  host->DefineOwnProperty(context, V8String(m_isolate, "scriptUrl"), V8String(m_isolate, FileUrlOf(path)), v8::ReadOnly)
      .Check();
  const unsigned processors = std::max(1u, std::thread::hardware_concurrency());
  host->DefineOwnProperty(context, V8String(m_isolate, "hardwareConcurrency"), v8::Integer::NewFromUnsigned(m_isolate, processors),
                          v8::ReadOnly)
      .Check();
}

void BrowserModel::HostCreateSchedulingQueue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 2) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  const auto kind = info[1]->Uint32Value(context).FromMaybe(0) == 1 ? SchedulingQueueKind::Continuations
                                                                     : SchedulingQueueKind::Tasks;
  info.GetReturnValue().Set(host->m_loop->CreateSchedulingQueue(PriorityFrom(context, info[0]), kind));
}

void BrowserModel::HostSetSchedulingQueuePriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 2) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  host->m_loop->SetSchedulingQueuePriority(info[0]->Uint32Value(context).FromMaybe(0), PriorityFrom(context, info[1]));
}

void BrowserModel::HostPostSchedulingTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 4 || !info[3]->IsFunction()) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  host->m_engine->EnterFromScript();
  const uint32_t queue_id = info[0]->Uint32Value(context).FromMaybe(0);
  const double delay = info[1]->NumberValue(context).FromMaybe(0);
  const uint32_t delay_ms = delay > 0 && delay < 4294967295.0 ? static_cast<uint32_t>(delay) : 0;
  const uint32_t name = host->m_engine->Recorder().Intern(ToStdString(info.GetIsolate(), info[2]));
  info.GetReturnValue().Set(host->m_loop->PostSchedulingTask(queue_id, delay_ms, name, info[3].As<v8::Function>()));
}

void BrowserModel::HostCancelSchedulingTask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BrowserModel* host = From(info.GetIsolate());
  if (host == nullptr || !host->m_loop || info.Length() < 1) return;
  host->m_engine->EnterFromScript();
  host->m_loop->CancelSchedulingTask(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

void BrowserModel::HostFillRandom(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || !info[0]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  const size_t length = view->ByteLength();
  if (length == 0) return;
  auto* bytes = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  size_t filled = 0;
  while (filled < length) {
    const ssize_t got = getrandom(bytes + filled, length - filled, 0);
    if (got <= 0) break;
    filled += static_cast<size_t>(got);
  }
}

}  // namespace loopscope
