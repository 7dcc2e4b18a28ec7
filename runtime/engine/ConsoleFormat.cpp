#include "runtime/engine/ConsoleFormat.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

#include "runtime/v8/PropertyPeek.h"
#include "runtime/v8/V8Strings.h"

namespace loopscope {
namespace {

constexpr int kMaxPreviewDepth = 1;  // objects inside a preview collapse to {…} / Array(n), as in DevTools
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

std::string SymbolText(v8::Isolate* isolate, v8::Local<v8::Symbol> symbol) {
  v8::Local<v8::Value> description = symbol->Description(isolate);
  return "Symbol(" + (description->IsString() ? ToStdString(isolate, description) : std::string()) + ")";
}

std::string PropertyKey(v8::Isolate* isolate, v8::Local<v8::Value> key) {
  if (key->IsSymbol()) return SymbolText(isolate, key.As<v8::Symbol>());
  std::string text = ToStdString(isolate, key);  // a string or an index: no user code
  bool identifier = !text.empty() && !std::isdigit(static_cast<unsigned char>(text[0]));
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '$') identifier = false;
  }
  return identifier || std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })
             ? text
             : QuoteString(text);
}

std::string Format(v8::Local<v8::Context> context, v8::Local<v8::Value> value, Position position, int depth);

// A property as DevTools previews it: its value, "(...)" for an accessor (never called).
std::string FormatProperty(v8::Local<v8::Context> context, const PeekedProperty& property, int depth) {
  if (property.kind == PeekKind::Accessor) return "(...)";
  if (property.kind == PeekKind::Absent) return "undefined";
  return Format(context, property.value, Position::Nested, depth + 1);
}

std::string FormatEntries(v8::Local<v8::Context> context, v8::Local<v8::Array> entries, bool pairs, int depth) {
  std::string out;
  uint32_t count = entries->Length();
  uint32_t step = pairs ? 2 : 1;
  for (uint32_t i = 0; i < count; i += step) {
    if (i / step >= kMaxPreviewEntries) {
      out += ", …";
      break;
    }
    if (i > 0) out += ", ";
    // AsArray() made a fresh array of data elements: reading it runs nothing.
    v8::Local<v8::Value> element;
    out += entries->Get(context, i).ToLocal(&element) ? Format(context, element, Position::Nested, depth + 1) : "…";
    if (pairs) {
      out += " => ";
      out += entries->Get(context, i + 1).ToLocal(&element) ? Format(context, element, Position::Nested, depth + 1) : "…";
    }
  }
  return out;
}

// "[1, empty × 2, (...)]" for indices 0..length-1 of an array or typed array.
std::string FormatIndexed(v8::Local<v8::Context> context, v8::Local<v8::Object> object, uint32_t length, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  std::string out = "[";
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
    PeekedProperty element = PeekOwnProperty(context, object, v8::Integer::NewFromUnsigned(isolate, i));
    if (element.kind == PeekKind::Absent) {
      ++holes;
      continue;
    }
    flush_holes();
    out += (first ? "" : ", ") + FormatProperty(context, element, depth);
    first = false;
  }
  flush_holes();
  return out + "]";
}

// "{a: 1, b: (...), Symbol(s): 3}": the own enumerable keys, integer indices first, then strings,
// then symbols (V8's order, which is DevTools' too).
std::string FormatOwnProperties(v8::Local<v8::Context> context, v8::Local<v8::Object> object, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Array> keys;
  if (!object->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, v8::ONLY_ENUMERABLE,
                                v8::IndexFilter::kIncludeIndices, v8::KeyConversionMode::kKeepNumbers)
           .ToLocal(&keys)) {
    return "{}";
  }
  std::string out = "{";
  bool first = true;
  for (uint32_t i = 0; i < keys->Length(); ++i) {
    if (i >= kMaxPreviewEntries) {
      out += ", …";
      break;
    }
    v8::Local<v8::Value> key;
    if (!keys->Get(context, i).ToLocal(&key)) continue;
    out += (first ? "" : ", ") + PropertyKey(isolate, key) + ": " +
           FormatProperty(context, PeekOwnProperty(context, object, key), depth);
    first = false;
  }
  return out + "}";
}

std::string RegExpText(v8::Isolate* isolate, v8::Local<v8::RegExp> regexp) {
  std::string flags;
  const v8::RegExp::Flags bits = regexp->GetFlags();
  // The order of the `flags` getter (ECMA-262 22.2.6.4): d g i m s u y.
  const std::pair<v8::RegExp::Flags, char> order[] = {
      {v8::RegExp::kHasIndices, 'd'}, {v8::RegExp::kGlobal, 'g'}, {v8::RegExp::kIgnoreCase, 'i'},
      {v8::RegExp::kMultiline, 'm'},  {v8::RegExp::kDotAll, 's'}, {v8::RegExp::kUnicode, 'u'},
      {v8::RegExp::kSticky, 'y'}};
  for (const auto& [bit, letter] : order) {
    if ((bits & bit) != 0) flags += letter;
  }
  return "/" + ToStdString(isolate, regexp->GetSource()) + "/" + flags;
}

// The built-ins the formatter calls, kept by PrepareConsoleFormat under private keys of the
// global object (out of the script's reach) before the script could replace them.
enum class Intrinsic { DateToString, ParseInt, ParseFloat };

v8::Local<v8::Private> IntrinsicKey(v8::Isolate* isolate, Intrinsic intrinsic) {
  static constexpr const char* kKeys[] = {"loopscope.console.DateToString", "loopscope.console.parseInt",
                                          "loopscope.console.parseFloat"};
  return v8::Private::ForApi(isolate, V8String(isolate, kKeys[static_cast<int>(intrinsic)]));
}

// A kept intrinsic; empty if PrepareConsoleFormat did not run on this context.
v8::Local<v8::Function> KeptIntrinsic(v8::Local<v8::Context> context, Intrinsic intrinsic) {
  v8::Local<v8::Value> function;
  if (!context->Global()->GetPrivate(context, IntrinsicKey(context->GetIsolate(), intrinsic)).ToLocal(&function) ||
      !function->IsFunction()) {
    return {};
  }
  return function.As<v8::Function>();
}

// Date.prototype.toString's text through the intrinsic PrepareConsoleFormat kept (it reads only
// the date's internal time value), so a replaced Date.prototype.toString is not called.
std::string DateText(v8::Local<v8::Context> context, v8::Local<v8::Object> date) {
  v8::TryCatch guard(context->GetIsolate());
  v8::Local<v8::Function> to_string = KeptIntrinsic(context, Intrinsic::DateToString);
  v8::Local<v8::Value> text;
  if (!to_string.IsEmpty() && to_string->Call(context, date, 0, nullptr).ToLocal(&text) && text->IsString()) {
    return ToStdString(context->GetIsolate(), text);
  }
  return "Date";
}

std::string FormatObject(v8::Local<v8::Context> context, v8::Local<v8::Object> object, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch guard(isolate);  // nothing here runs script code; this only keeps V8's own errors in
  if (object->IsProxy()) {
    // DevTools shows the target through the proxy without asking its traps.
    v8::Local<v8::Value> target = object.As<v8::Proxy>()->GetTarget();
    if (!target->IsObject()) return "Proxy {}";
    v8::Local<v8::Object> target_object = target.As<v8::Object>();
    std::string kind = target_object->IsFunction() ? "Function" : ToStdString(isolate, target_object->GetConstructorName());
    std::string head = "Proxy(" + (kind.empty() ? std::string("Object") : kind) + ")";
    if (depth >= kMaxPreviewDepth || target_object->IsProxy()) return head + " {…}";
    return head + " " + FormatOwnProperties(context, target_object, depth);
  }
  if (object->IsFunction()) {  // "ƒ name()" at the top, a bare "ƒ" inside a preview (DevTools)
    if (depth > 0) return "ƒ";
    return "ƒ " + ToStdString(isolate, object.As<v8::Function>()->GetDebugName()) + "()";
  }
  if (object->IsNativeError()) return PeekErrorText(context, object);
  if (object->IsRegExp()) return RegExpText(isolate, object.As<v8::RegExp>());
  if (object->IsStringObject()) return ToStdString(isolate, object.As<v8::StringObject>()->ValueOf());
  if (object->IsNumberObject()) return FormatNumber(isolate, object.As<v8::NumberObject>()->ValueOf());
  if (object->IsBooleanObject()) return object.As<v8::BooleanObject>()->ValueOf() ? "true" : "false";
  if (object->IsDate()) return DateText(context, object);
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
    uint32_t length = object.As<v8::Array>()->Length();
    if (depth >= kMaxPreviewDepth) return "Array(" + std::to_string(length) + ")";
    return (depth == 0 && length > 1 ? "(" + std::to_string(length) + ") " : std::string()) +
           FormatIndexed(context, object, length, depth);
  }
  if (object->IsTypedArray()) {
    size_t length = object.As<v8::TypedArray>()->Length();
    std::string head = ToStdString(isolate, object->GetConstructorName()) + "(" + std::to_string(length) + ")";
    if (depth >= kMaxPreviewDepth) return head;
    return head + " " + FormatIndexed(context, object, static_cast<uint32_t>(std::min<size_t>(length, kMaxPreviewEntries + 1)), depth);
  }
  if (object->IsArrayBuffer()) return "ArrayBuffer(" + std::to_string(object.As<v8::ArrayBuffer>()->ByteLength()) + ")";
  std::string constructor = ToStdString(isolate, object->GetConstructorName());
  std::string prefix = (constructor.empty() || constructor == "Object") ? "" : constructor + " ";
  if (depth >= kMaxPreviewDepth) return prefix + "{…}";
  return prefix + FormatOwnProperties(context, object, depth);
}

std::string Format(v8::Local<v8::Context> context, v8::Local<v8::Value> value, Position position, int depth) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsString()) {
    std::string text = ToStdString(isolate, value);
    return position == Position::TopLevel ? text : QuoteString(text);
  }
  if (value->IsNumber()) return FormatNumber(isolate, value.As<v8::Number>()->Value());
  if (value->IsBigInt()) return ToStdString(isolate, value) + "n";
  if (value->IsSymbol()) return SymbolText(isolate, value.As<v8::Symbol>());
  if (value->IsObject()) return FormatObject(context, value.As<v8::Object>(), depth);
  return ToStdString(isolate, value);  // undefined, null, true, false
}

// The Console Standard's Formatter conversions, as V8 performs them in Chromium before the
// console sees the arguments (measured: each calls the script's toString, and a throw propagates
// out of console.log before anything is printed — the script's own code running, as in Chrome).
// Empty when the conversion threw; the exception is then pending for the script.
std::optional<std::string> ConvertForSpecifier(v8::Local<v8::Context> context, char spec, v8::Local<v8::Value> arg) {
  v8::Isolate* isolate = context->GetIsolate();
  if (spec == 's') {  // %String%(current)
    if (arg->IsString()) return ToStdString(isolate, arg);
    if (arg->IsSymbol()) return SymbolText(isolate, arg.As<v8::Symbol>());
    v8::Local<v8::String> text;
    if (!arg->ToString(context).ToLocal(&text)) return std::nullopt;
    return ToStdString(isolate, text);
  }
  if (arg->IsSymbol()) return std::string("NaN");
  // %d / %i: %parseInt%(current, 10); %f: %parseFloat%(current)
  const bool integer = spec != 'f';
  v8::Local<v8::Function> parse = KeptIntrinsic(context, integer ? Intrinsic::ParseInt : Intrinsic::ParseFloat);
  if (parse.IsEmpty()) return std::string("NaN");  // a context PrepareConsoleFormat never saw
  v8::Local<v8::Value> call_args[] = {arg, v8::Integer::New(isolate, 10)};
  v8::Local<v8::Value> number;
  if (!parse->Call(context, v8::Undefined(isolate), integer ? 2 : 1, call_args).ToLocal(&number)) return std::nullopt;
  return number->IsNumber() ? FormatNumber(isolate, number.As<v8::Number>()->Value()) : std::string("NaN");
}

}  // namespace

void PrepareConsoleFormat(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch guard(isolate);
  v8::Local<v8::Object> global = context->Global();
  auto property = [&](v8::Local<v8::Value> holder, const char* name) -> v8::Local<v8::Value> {
    v8::Local<v8::Value> value;
    if (!holder->IsObject() || !holder.As<v8::Object>()->Get(context, V8String(isolate, name)).ToLocal(&value)) {
      return v8::Undefined(isolate);
    }
    return value;
  };
  const std::pair<Intrinsic, v8::Local<v8::Value>> kept[] = {
      {Intrinsic::DateToString, property(property(property(global, "Date"), "prototype"), "toString")},
      {Intrinsic::ParseInt, property(global, "parseInt")},
      {Intrinsic::ParseFloat, property(global, "parseFloat")}};
  for (const auto& [intrinsic, function] : kept) {
    global->SetPrivate(context, IntrinsicKey(isolate, intrinsic), function).FromMaybe(false);
  }
}

std::string FormatConsoleValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::TryCatch guard(context->GetIsolate());  // nothing thrown while formatting reaches the script
  return Format(context, value, Position::TopLevel, 0);
}

std::optional<std::string> FormatConsoleArguments(v8::Local<v8::Context> context,
                                                  const std::vector<v8::Local<v8::Value>>& args) {
  v8::Isolate* isolate = context->GetIsolate();
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
      if (std::string_view("sdifoOc_").find(spec) == std::string_view::npos || next >= args.size()) {
        out += format[i];
        continue;
      }
      v8::Local<v8::Value> arg = args[next++];
      ++i;
      if (spec == 's' || spec == 'd' || spec == 'i' || spec == 'f') {
        std::optional<std::string> converted = ConvertForSpecifier(context, spec, arg);
        if (!converted) return std::nullopt;
        out += *converted;
      } else if (spec == 'o' || spec == 'O') {
        out += Format(context, arg, Position::Nested, 0);
      }  // %c: CSS and %_: Chrome's "skip", consumed and not shown
    }
  }
  for (size_t i = next; i < args.size(); ++i) {
    if (!out.empty() || i > 0) out += ' ';
    out += Format(context, args[i], Position::TopLevel, 0);
  }
  return out;
}

}  // namespace loopscope
