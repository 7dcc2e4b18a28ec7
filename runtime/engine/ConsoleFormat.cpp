#include "runtime/engine/ConsoleFormat.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

constexpr int kMaxPreviewDepth = 2;        // deeper objects collapse to {…} / Array(n)
constexpr uint32_t kMaxPreviewEntries = 100;  // entries shown before "…"

enum class Position { TopLevel, Nested };

std::string FormatNumber(v8::Isolate* isolate, double number) {
  if (number == 0 && std::signbit(number)) return "-0";
  return ToStdString(isolate, v8::Number::New(isolate, number));
}

std::string QuoteString(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') quoted += "\\'";
    else if (c == '\n') quoted += "\\n";
    else quoted += c;
  }
  return quoted + "'";
}

std::string PropertyKey(v8::Isolate* isolate, v8::Local<v8::Value> key) {
  std::string text = ToStdString(isolate, key);
  bool identifier = !text.empty() && !std::isdigit(static_cast<unsigned char>(text[0]));
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '$') identifier = false;
  }
  if (key->IsSymbol()) return "[" + text + "]";
  return identifier || std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
             ? text
             : QuoteString(text);
}

std::string Format(v8::Local<v8::Context> context, v8::Local<v8::Value> value, Position position, int depth);

// An element for a preview; a throwing getter or proxy trap shows as "…" instead of escaping.
v8::Local<v8::Value> ElementOrEllipsis(v8::Local<v8::Context> context, v8::Local<v8::Object> object, uint32_t index) {
  v8::Local<v8::Value> value;
  if (object->Get(context, index).ToLocal(&value)) return value;
  return V8String(context->GetIsolate(), "…");
}

std::string FormatEntries(v8::Local<v8::Context> context, v8::Local<v8::Array> entries, bool pairs, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string out;
  uint32_t count = entries->Length();
  uint32_t step = pairs ? 2 : 1;
  for (uint32_t i = 0; i < count; i += step) {
    if (i / step >= kMaxPreviewEntries) {
      out += ", …";
      break;
    }
    if (i > 0) out += ", ";
    out += Format(context, ElementOrEllipsis(context, entries, i), Position::Nested, depth + 1);
    if (pairs) out += " => " + Format(context, ElementOrEllipsis(context, entries, i + 1), Position::Nested, depth + 1);
  }
  (void)isolate;
  return out;
}

std::string FormatObject(v8::Local<v8::Context> context, v8::Local<v8::Object> object, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch guard(isolate);  // a Proxy trap must not escape into the script
  if (object->IsFunction()) {
    return "ƒ " + ToStdString(isolate, object.As<v8::Function>()->GetDebugName()) + "()";
  }
  if (object->IsNativeError()) {
    v8::Local<v8::Value> text;
    if (object->ToString(context).ToLocal(&text)) return ToStdString(isolate, text);
    return "Error";
  }
  if (object->IsDate() || object->IsRegExp() || object->IsStringObject() || object->IsNumberObject() ||
      object->IsBooleanObject()) {
    v8::Local<v8::String> text;
    return object->ToString(context).ToLocal(&text) ? ToStdString(isolate, text) : std::string();
  }
  if (object->IsPromise()) {
    v8::Local<v8::Promise> promise = object.As<v8::Promise>();
    switch (promise->State()) {
      case v8::Promise::kPending: return "Promise {<pending>}";
      case v8::Promise::kFulfilled:
        return "Promise {<fulfilled>: " + Format(context, promise->Result(), Position::Nested, depth + 1) + "}";
      case v8::Promise::kRejected:
        return "Promise {<rejected>: " + Format(context, promise->Result(), Position::Nested, depth + 1) + "}";
    }
  }
  if (object->IsMap() || object->IsSet()) {
    bool is_map = object->IsMap();
    v8::Local<v8::Array> entries = is_map ? object.As<v8::Map>()->AsArray() : object.As<v8::Set>()->AsArray();
    uint32_t size = is_map ? entries->Length() / 2 : entries->Length();
    std::string head = std::string(is_map ? "Map(" : "Set(") + std::to_string(size) + ")";
    if (depth >= kMaxPreviewDepth) return head;
    return head + " {" + FormatEntries(context, entries, is_map, depth) + "}";
  }
  if (object->IsArray()) {
    v8::Local<v8::Array> array = object.As<v8::Array>();
    uint32_t length = array->Length();
    if (depth >= kMaxPreviewDepth) return "Array(" + std::to_string(length) + ")";
    std::string out = (depth == 0 && length > 1 ? "(" + std::to_string(length) + ") [" : std::string("["));
    uint32_t holes = 0;
    bool first = true;
    auto flush_holes = [&] {
      if (holes == 0) return;
      out += (first ? "" : ", ") + std::string("empty × ") + std::to_string(holes);
      first = false;
      holes = 0;
    };
    for (uint32_t i = 0; i < length; ++i) {
      if (i >= kMaxPreviewEntries) {
        flush_holes();
        out += ", …";
        break;
      }
      if (!object->HasRealIndexedProperty(context, i).FromMaybe(false)) {
        ++holes;
        continue;
      }
      flush_holes();
      out += (first ? "" : ", ") + Format(context, ElementOrEllipsis(context, array, i), Position::Nested, depth + 1);
      first = false;
    }
    flush_holes();
    return out + "]";
  }
  std::string constructor = ToStdString(isolate, object->GetConstructorName());
  std::string prefix = (constructor.empty() || constructor == "Object") ? "" : constructor + " ";
  if (depth >= kMaxPreviewDepth) return prefix + "{…}";
  v8::Local<v8::Array> keys;
  if (!object->GetOwnPropertyNames(context, v8::ONLY_ENUMERABLE).ToLocal(&keys)) return prefix + "{}";
  std::string out = prefix + "{";
  for (uint32_t i = 0; i < keys->Length(); ++i) {
    if (i >= kMaxPreviewEntries) {
      out += ", …";
      break;
    }
    v8::Local<v8::Value> key;
    v8::Local<v8::Value> property;
    if (!keys->Get(context, i).ToLocal(&key) || !key->IsName() || !object->GetRealNamedProperty(context, key.As<v8::Name>()).ToLocal(&property)) continue;
    if (i > 0) out += ", ";
    out += PropertyKey(isolate, key) + ": " + Format(context, property, Position::Nested, depth + 1);
  }
  return out + "}";
}

std::string Format(v8::Local<v8::Context> context, v8::Local<v8::Value> value, Position position, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsString()) {
    std::string text = ToStdString(isolate, value);
    return position == Position::TopLevel ? text : QuoteString(text);
  }
  if (value->IsNumber()) return FormatNumber(isolate, value.As<v8::Number>()->Value());
  if (value->IsBigInt()) return ToStdString(isolate, value) + "n";
  if (value->IsSymbol()) {
    v8::Local<v8::Value> description = value.As<v8::Symbol>()->Description(isolate);
    return "Symbol(" + (description->IsUndefined() ? std::string() : ToStdString(isolate, description)) + ")";
  }
  if (value->IsObject()) return FormatObject(context, value.As<v8::Object>(), depth);
  return ToStdString(isolate, value);  // undefined, null, true, false
}

}  // namespace

std::string FormatConsoleValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::TryCatch guard(context->GetIsolate());  // nothing thrown while formatting reaches the script
  return Format(context, value, Position::TopLevel, 0);
}

std::string FormatConsoleArguments(v8::Local<v8::Context> context, const std::vector<v8::Local<v8::Value>>& args) {
  v8::Isolate* isolate = context->GetIsolate();
  // %d / %i / %f convert with ToNumber, which throws for a Symbol or a BigInt and runs a user's
  // valueOf: such an argument prints NaN (as in Chrome), and console.log itself never throws.
  v8::TryCatch guard(isolate);
  std::string out;
  size_t next = 0;
  if (!args.empty() && args[0]->IsString()) {
    // Console Standard "Formatter": substitutions in the first argument consume the next ones.
    std::string format = ToStdString(isolate, args[0]);
    next = 1;
    for (size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%' || i + 1 >= format.size()) {
        out += format[i];
        continue;
      }
      char spec = format[i + 1];
      if (spec == '%') {
        out += '%';
        ++i;
        continue;
      }
      if (std::string_view("sdifoOc").find(spec) == std::string_view::npos || next >= args.size()) {
        out += format[i];
        continue;
      }
      v8::Local<v8::Value> arg = args[next++];
      ++i;
      if (spec == 's') {
        out += arg->IsString() ? ToStdString(isolate, arg) : Format(context, arg, Position::Nested, 1);
      } else if (spec == 'd' || spec == 'i') {
        v8::Local<v8::Number> number;
        double n = arg->ToNumber(context).ToLocal(&number) ? number->Value() : NAN;
        out += std::isnan(n) ? "NaN" : FormatNumber(isolate, std::trunc(n));
      } else if (spec == 'f') {
        v8::Local<v8::Number> number;
        out += FormatNumber(isolate, arg->ToNumber(context).ToLocal(&number) ? number->Value() : NAN);
      } else if (spec == 'o' || spec == 'O') {
        out += Format(context, arg, Position::Nested, 0);
      }  // %c: CSS, consumed and not shown
    }
  }
  for (size_t i = next; i < args.size(); ++i) {
    if (!out.empty() || i > 0) out += ' ';
    out += Format(context, args[i], Position::TopLevel, 0);
  }
  return out;
}

}  // namespace loopscope
