#include "runtime/v8/PropertyPeek.h"

#include "runtime/v8/V8Strings.h"

namespace loopscope {

PeekedProperty PeekOwnProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object, v8::Local<v8::Value> key) {
  if (object->IsProxy() || !(key->IsName() || key->IsNumber())) return {};
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch guard(isolate);  // a module namespace in its TDZ throws; nothing escapes
  v8::Local<v8::Name> name;
  if (key->IsName()) {
    name = key.As<v8::Name>();
  } else {
    v8::Local<v8::String> text;
    if (!key->ToString(context).ToLocal(&text)) return {};  // a number: no user code
    name = text;
  }
  // Ordinary objects answer [[GetOwnProperty]] without running JavaScript. The descriptor is a
  // fresh object whose fields are own data properties, so reading them calls nothing either.
  v8::Local<v8::Value> descriptor;
  if (!object->GetOwnPropertyDescriptor(context, name).ToLocal(&descriptor) || !descriptor->IsObject()) return {};
  v8::Local<v8::Object> fields = descriptor.As<v8::Object>();
  v8::Local<v8::String> value_key = V8String(isolate, "value");
  if (!fields->HasOwnProperty(context, value_key).FromMaybe(false)) {
    return {PeekKind::Accessor, {}};
  }
  v8::Local<v8::Value> value;
  if (!fields->Get(context, value_key).ToLocal(&value)) return {};
  return {PeekKind::Data, value};
}

PeekedProperty PeekProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object, v8::Local<v8::Value> key) {
  constexpr int kMaxChain = 1000;  // a prototype chain is finite; this only bounds the walk
  v8::Local<v8::Value> current = object;
  for (int depth = 0; depth < kMaxChain && current->IsObject(); ++depth) {
    v8::Local<v8::Object> holder = current.As<v8::Object>();
    if (holder->IsProxy()) return {};
    PeekedProperty own = PeekOwnProperty(context, holder, key);
    if (own.kind != PeekKind::Absent) return own;
    current = holder->GetPrototype();
  }
  return {};
}

std::string PeekStackText(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  if (!value->IsObject()) return {};
  v8::Isolate* isolate = context->GetIsolate();
  PeekedProperty stack = PeekOwnProperty(context, value.As<v8::Object>(), V8String(isolate, "stack"));
  if (stack.kind != PeekKind::Data || !stack.value->IsString()) return {};
  return ToStdString(isolate, stack.value);
}

std::string PeekErrorText(v8::Local<v8::Context> context, v8::Local<v8::Object> error) {
  v8::Isolate* isolate = context->GetIsolate();
  auto text_of = [&](const char* key, const char* fallback) {
    PeekedProperty property = PeekProperty(context, error, V8String(isolate, key));
    if (property.kind != PeekKind::Data || property.value->IsUndefined()) return std::string(fallback);
    if (!property.value->IsString()) return std::string(fallback);  // converting would run code
    return ToStdString(isolate, property.value);
  };
  std::string name = text_of("name", "Error");
  std::string message = text_of("message", "");
  if (name.empty()) return message;
  if (message.empty()) return name;
  return name + ": " + message;
}

}  // namespace loopscope
