// StructuredClone.h — HTML's structured clone of a value, through V8's ValueSerializer.
// Runtime thread only. On a value that cannot be cloned (a function, a symbol…) it throws a
// DataCloneError into the script and returns an empty handle.
#pragma once

#include <v8.h>

namespace loopscope {

v8::MaybeLocal<v8::Value> StructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Value> value);

}  // namespace loopscope
