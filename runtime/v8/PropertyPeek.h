// PropertyPeek.h — reading a script's objects without running any of the script's code.
//
// The host looks into objects to preview them (console, error reports) the way DevTools does:
// only own data properties are read; an accessor is reported as such and never called, a Proxy
// is never asked (its traps are the script's code), and nothing is converted with toString or
// valueOf. Each function here keeps any exception it meets to itself.
//
// Runtime thread only (they take the context's isolate); results are handles in the caller's
// HandleScope.
#pragma once

#include <v8.h>

#include <string>

namespace loopscope {

enum class PeekKind {
  Absent,      // no such property (or not readable without running code: a Proxy)
  Data,        // a data property: `value` holds it
  Accessor,    // a getter/setter pair: not called
};

struct PeekedProperty {
  PeekKind kind = PeekKind::Absent;
  v8::Local<v8::Value> value;  // set for Data only
};

// `key`'s own property on `object` (a string, symbol or index key).
PeekedProperty PeekOwnProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object, v8::Local<v8::Value> key);

// `key` looked up along the prototype chain, stopping (Absent) at a Proxy.
PeekedProperty PeekProperty(v8::Local<v8::Context> context, v8::Local<v8::Object> object, v8::Local<v8::Value> key);

// `object.stack` when it is a data property holding a string (V8's own stack is one); otherwise
// empty. A user-defined `stack` getter is not called.
std::string PeekStackText(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

// Error.prototype.toString's "Name: message" from data properties only (an accessor counts as
// absent, so the defaults "Error" and "" apply).
std::string PeekErrorText(v8::Local<v8::Context> context, v8::Local<v8::Object> error);

}  // namespace loopscope
