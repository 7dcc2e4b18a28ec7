// V8Functions.h — defining a host (C++) function as a method of a JavaScript object.
//
// DefineMethod(context, target, "name", callback, data, length) puts a non-enumerable, non-
// constructible function named `name` on `target`; `data` reaches the callback as
// info.Data() (an Integer), `length` is its `length` property (WebIDL: the required arguments).
// Thread: the isolate's thread.
#pragma once

#include <v8.h>

#include "runtime/v8/V8Strings.h"

namespace loopscope {

inline void DefineMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                         v8::FunctionCallback callback, int data = 0, int length = 0) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> function =
      v8::Function::New(context, callback, v8::Integer::New(isolate, data), length, v8::ConstructorBehavior::kThrow)
          .ToLocalChecked();
  v8::Local<v8::String> key = V8String(isolate, name);
  function->SetName(key);
  target->DefineOwnProperty(context, key, function, v8::DontEnum).Check();
}

}  // namespace loopscope
