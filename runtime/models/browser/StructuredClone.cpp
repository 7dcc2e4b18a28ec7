#include "runtime/models/browser/StructuredClone.h"

#include <memory>
#include <string>

#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

void ThrowCloneError(v8::Isolate* isolate, v8::Local<v8::Function> make_error, v8::Local<v8::String> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!make_error.IsEmpty()) {
    v8::Local<v8::Value> args[] = {message};
    v8::Local<v8::Value> error;
    // A throw inside make_error (it should not) is left pending: it is what the caller sees.
    if (make_error->Call(context, v8::Undefined(isolate), 1, args).ToLocal(&error)) isolate->ThrowException(error);
    return;
  }
  v8::Local<v8::Value> error = v8::Exception::Error(message);
  v8::Maybe<bool> named = error.As<v8::Object>()->Set(context, V8String(isolate, "name"), V8String(isolate, "DataCloneError"));
  (void)named;
  isolate->ThrowException(error);
}

class CloneDelegate final : public v8::ValueSerializer::Delegate {
 public:
  CloneDelegate(v8::Isolate* isolate, v8::Local<v8::Function> make_error, const UserTextLookup& user_text)
      : m_isolate(isolate), m_make_error(make_error), m_user_text(user_text) {}
  // V8's messages are Blink's: "function f() {} could not be cloned.", "#<WeakMap> could not be cloned."…
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    ThrowCloneError(m_isolate, m_make_error, UserMessage(message));
  }

 private:
  v8::Local<v8::String> UserMessage(v8::Local<v8::String> message) {
    static constexpr std::u16string_view kSuffix = u" could not be cloned.";
    if (!m_user_text) return message;
    std::u16string text(static_cast<size_t>(message->Length()), u'\0');
    message->Write(m_isolate, reinterpret_cast<uint16_t*>(text.data()));
    if (text.size() <= kSuffix.size() || std::u16string_view(text).substr(text.size() - kSuffix.size()) != kSuffix) return message;
    std::optional<std::u16string> original = m_user_text(text.substr(0, text.size() - kSuffix.size()));
    if (!original) return message;
    std::u16string mapped = *original + std::u16string(kSuffix);
    return v8::String::NewFromTwoByte(m_isolate, reinterpret_cast<const uint16_t*>(mapped.data()), v8::NewStringType::kNormal,
                                      static_cast<int>(mapped.size()))
        .FromMaybe(message);
  }

  v8::Isolate* m_isolate;
  v8::Local<v8::Function> m_make_error;
  const UserTextLookup& m_user_text;
};

}  // namespace

v8::MaybeLocal<v8::Value> StructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                          const std::vector<v8::Local<v8::ArrayBuffer>>& transfer,
                                          v8::Local<v8::Function> make_error, const UserTextLookup& user_text) {
  v8::Isolate* isolate = context->GetIsolate();
  // HTML StructuredSerializeWithTransfer step 4 (transfer list checks), with Blink's messages
  // (measured: tests/puzzles/structured_clone_transfer.js).
  for (size_t i = 0; i < transfer.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (transfer[j]->StrictEquals(transfer[i])) {
        ThrowCloneError(isolate, make_error, V8String(isolate, "ArrayBuffer at index " + std::to_string(i) +
                                                                   " is a duplicate of an earlier ArrayBuffer."));
        return {};
      }
    }
  }
  for (size_t i = 0; i < transfer.size(); ++i) {
    if (transfer[i]->WasDetached() || !transfer[i]->IsDetachable()) {
      ThrowCloneError(isolate, make_error,
                      V8String(isolate, "ArrayBuffer at index " + std::to_string(i) + " is already detached."));
      return {};
    }
  }
  CloneDelegate delegate(isolate, make_error, user_text);
  v8::ValueSerializer serializer(isolate, &delegate);
  for (size_t i = 0; i < transfer.size(); ++i) serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfer[i]);
  serializer.WriteHeader();
  if (!serializer.WriteValue(context, value).FromMaybe(false)) return {};
  std::pair<uint8_t*, size_t> buffer = serializer.Release();
  // Step 5: each transferred buffer's contents move to a new ArrayBuffer; the original is detached.
  std::vector<v8::Local<v8::ArrayBuffer>> moved;
  for (v8::Local<v8::ArrayBuffer> original : transfer) {
    std::shared_ptr<v8::BackingStore> contents = original->GetBackingStore();
    original->Detach();
    moved.push_back(v8::ArrayBuffer::New(isolate, std::move(contents)));
  }
  v8::ValueDeserializer deserializer(isolate, buffer.first, buffer.second);
  for (size_t i = 0; i < moved.size(); ++i) deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), moved[i]);
  v8::MaybeLocal<v8::Value> copy;
  if (deserializer.ReadHeader(context).FromMaybe(false)) copy = deserializer.ReadValue(context);
  free(buffer.first);  // ValueSerializer::Release hands over a malloc'd buffer (default delegate)
  return copy;
}

}  // namespace loopscope
