#include "runtime/models/browser/StructuredClone.h"

#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

class CloneDelegate final : public v8::ValueSerializer::Delegate {
 public:
  explicit CloneDelegate(v8::Isolate* isolate) : m_isolate(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> error = v8::Exception::Error(message);
    v8::Local<v8::Context> context = m_isolate->GetCurrentContext();
    if (error->IsObject()) {
      v8::Maybe<bool> named = error.As<v8::Object>()->Set(context, V8String(m_isolate, "name"), V8String(m_isolate, "DataCloneError"));
      (void)named;
    }
    m_isolate->ThrowException(error);
  }

 private:
  v8::Isolate* m_isolate;
};

}  // namespace

v8::MaybeLocal<v8::Value> StructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  CloneDelegate delegate(isolate);
  v8::ValueSerializer serializer(isolate, &delegate);
  serializer.WriteHeader();
  if (!serializer.WriteValue(context, value).FromMaybe(false)) return {};
  std::pair<uint8_t*, size_t> buffer = serializer.Release();
  v8::ValueDeserializer deserializer(isolate, buffer.first, buffer.second);
  v8::MaybeLocal<v8::Value> copy;
  if (deserializer.ReadHeader(context).FromMaybe(false)) copy = deserializer.ReadValue(context);
  free(buffer.first);  // ValueSerializer::Release hands over a malloc'd buffer (default delegate)
  return copy;
}

}  // namespace loopscope
