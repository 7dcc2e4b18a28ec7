// V8Strings.h — small conversions between V8 values and std::string used across the host.
// Runtime thread only (they take the isolate).
#pragma once

#include <v8.h>

#include <string>
#include <string_view>

namespace loopscope {

inline v8::Local<v8::String> V8String(v8::Isolate* isolate, std::string_view text) {
  return v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal, static_cast<int>(text.size()))
      .ToLocalChecked();
}

inline std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 != nullptr ? std::string(*utf8, utf8.length()) : std::string();
}

// The name DevTools shows for a function: its name, else V8's inferred name, else "(anonymous)".
inline std::string FunctionDisplayName(v8::Isolate* isolate, v8::Local<v8::Function> function) {
  std::string name = ToStdString(isolate, function->GetDebugName());
  return name.empty() ? std::string("(anonymous)") : name;
}

}  // namespace loopscope
