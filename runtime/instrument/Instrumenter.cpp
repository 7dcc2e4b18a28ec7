#include "runtime/instrument/Instrumenter.h"

#include "loopscope_instrument_js.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

bool RunEmbedded(v8::Local<v8::Context> context, std::string_view name, std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string_view text = embedded_instrument::EmbeddedFile(name);
  if (text.empty()) {
    *error = "embedded file missing: " + std::string(name);
    return false;
  }
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin(isolate, V8String(isolate, std::string("loopscope:") + std::string(name)));
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(context, V8String(isolate, text), &origin).ToLocal(&script) ||
      script->Run(context).IsEmpty()) {
    *error = std::string(name) + ": " + ToStdString(isolate, try_catch.Exception());
    return false;
  }
  return true;
}

v8::Local<v8::Value> Property(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key) {
  v8::Local<v8::Value> value;
  if (object->Get(context, V8String(context->GetIsolate(), key)).ToLocal(&value)) return value;
  return v8::Undefined(context->GetIsolate());
}

}  // namespace

bool Instrumenter::EnsureToolingContext(std::string* error) {
  if (!m_entry.IsEmpty()) return true;
  v8::Local<v8::Context> tooling = v8::Context::New(m_isolate);
  v8::Context::Scope context_scope(tooling);
  if (!RunEmbedded(tooling, "acorn.js", error) || !RunEmbedded(tooling, "instrument.js", error)) return false;
  v8::Local<v8::Value> entry = Property(tooling, tooling->Global(), "loopscopeInstrument");
  if (!entry->IsFunction()) {
    *error = "instrument.js does not define loopscopeInstrument";
    return false;
  }
  m_tooling.Reset(m_isolate, tooling);
  m_entry.Reset(m_isolate, entry.As<v8::Function>());
  return true;
}

InstrumentResult Instrumenter::Instrument(const std::string& source, const InstrumentOptions& instrument_options) {
  InstrumentResult result;
  v8::HandleScope scope(m_isolate);
  if (!EnsureToolingContext(&result.error)) return result;
  v8::Local<v8::Context> tooling = m_tooling.Get(m_isolate);
  v8::Context::Scope context_scope(tooling);
  v8::TryCatch try_catch(m_isolate);
  // {lines: true}: statement line markers, so that each frame's current line is known.
  v8::Local<v8::Object> options = v8::Object::New(m_isolate);
  (void)options->Set(tooling, V8String(m_isolate, "lines"), v8::Boolean::New(m_isolate, instrument_options.lines));
  (void)options->Set(tooling, V8String(m_isolate, "firstId"),
                     v8::Integer::NewFromUnsigned(m_isolate, instrument_options.first_id));
  (void)options->Set(tooling, V8String(m_isolate, "commonjs"), v8::Boolean::New(m_isolate, instrument_options.commonjs));
  (void)options->Set(tooling, V8String(m_isolate, "hookName"), V8String(m_isolate, instrument_options.hook_name));
  v8::Local<v8::Value> arguments[] = {V8String(m_isolate, source), options};
  v8::Local<v8::Value> json;
  v8::Local<v8::Value> parsed;
  if (!m_entry.Get(m_isolate)->Call(tooling, v8::Undefined(m_isolate), 2, arguments).ToLocal(&json) ||
      !json->IsString() || !v8::JSON::Parse(tooling, json.As<v8::String>()).ToLocal(&parsed) || !parsed->IsObject()) {
    result.error = "instrumenter failed: " + ToStdString(m_isolate, try_catch.Exception());
    return result;
  }
  v8::Local<v8::Object> object = parsed.As<v8::Object>();
  if (!Property(tooling, object, "ok")->BooleanValue(m_isolate)) {
    result.error = ToStdString(m_isolate, Property(tooling, object, "message"));
    return result;
  }
  result.code = ToStdString(m_isolate, Property(tooling, object, "code"));
  v8::Local<v8::Value> map = Property(tooling, object, "map");
  if (map->IsArray()) {
    v8::Local<v8::Array> array = map.As<v8::Array>();
    result.segments.reserve(array->Length());
    for (uint32_t i = 0; i < array->Length(); ++i) {
      v8::Local<v8::Value> element;
      if (!array->Get(tooling, i).ToLocal(&element)) break;
      result.segments.push_back(element->Uint32Value(tooling).FromMaybe(0));
    }
  }
  v8::Local<v8::Value> functions = Property(tooling, object, "functions");
  if (functions->IsArray()) {
    v8::Local<v8::Array> array = functions.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); ++i) {
      v8::Local<v8::Value> element;
      if (!array->Get(tooling, i).ToLocal(&element) || !element->IsObject()) break;
      v8::Local<v8::Object> function = element.As<v8::Object>();
      InstrumentedFunction info;
      info.name = ToStdString(m_isolate, Property(tooling, function, "name"));
      if (info.name.empty()) info.name = "(anonymous)";
      info.line = Property(tooling, function, "line")->Uint32Value(tooling).FromMaybe(0);
      info.column = Property(tooling, function, "column")->Uint32Value(tooling).FromMaybe(0);
      result.functions.push_back(std::move(info));
    }
  }
  result.ok = true;
  return result;
}

}  // namespace loopscope
