#include "runtime/models/browser/TextCodec.h"

#include <string>

#include "runtime/v8/V8Strings.h"

namespace loopscope {

void HostUtf8Encode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text;
  if (info.Length() == 0 || !info[0]->ToString(isolate->GetCurrentContext()).ToLocal(&text)) return;
  const int length = text->Utf8Length(isolate);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, static_cast<size_t>(length));
  text->WriteUtf8(isolate, static_cast<char*>(buffer->Data()), length, nullptr,
                  v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  info.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, static_cast<size_t>(length)));
}

void HostUtf8Decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() == 0 || !info[0]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  std::string bytes(view->ByteLength(), '\0');
  view->CopyContents(bytes.data(), bytes.size());
  v8::Local<v8::String> text;
  if (!v8::String::NewFromUtf8(isolate, bytes.data(), v8::NewStringType::kNormal, static_cast<int>(bytes.size()))
           .ToLocal(&text)) {
    return;  // too long for a string: V8's RangeError is pending
  }
  const bool fatal = info.Length() > 1 && info[1]->BooleanValue(isolate);
  if (fatal) {
    // Well-formed exactly when the decoded text encodes back to the same bytes (a U+FFFD that
    // replaced an ill-formed subpart encodes as EF BF BD, which those bytes were not).
    const int length = text->Utf8Length(isolate);
    std::string again(static_cast<size_t>(length), '\0');
    text->WriteUtf8(isolate, again.data(), length, nullptr, v8::String::NO_NULL_TERMINATION);
    if (again != bytes) {
      info.GetReturnValue().SetNull();
      return;
    }
  }
  info.GetReturnValue().Set(text);
}

}  // namespace loopscope
