// StructuredClone.h — HTML's StructuredSerializeWithTransfer + StructuredDeserializeWithTransfer
// of a value in one realm, through V8's ValueSerializer (what structuredClone() and postMessage do).
//
// `transfer` holds the ArrayBuffers of the caller's transfer list (already converted from a
// WebIDL sequence; values that are not ArrayBuffers are the caller's to reject). After a
// successful clone each of them is detached and its contents belong to the copy.
//
// Errors throw into the script and return an empty handle:
//  - a value that cannot be cloned (a function, a symbol, a WeakMap, a detached ArrayBuffer…),
//    and a transfer list with a duplicate or an already detached ArrayBuffer: `make_error` is
//    called with Blink's message for it (V8's "… could not be cloned.", or Blink's "ArrayBuffer at
//    index N is a duplicate of an earlier ArrayBuffer." / "… is already detached.") and what it
//    returns is thrown — the host scripts build the DOMException DataCloneError (code 25) with
//    the "Failed to execute 'structuredClone' on 'Window': " prefix. With no `make_error`, an
//    Error named DataCloneError is thrown.
//  - what a getter of the value throws propagates unchanged.
// Runtime thread only.
#pragma once

#include <v8.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace loopscope {

// The user's text of a function whose instrumented text is given (UserSourceView), or nullopt:
// V8's "function f() {…} could not be cloned." quotes the function, and must quote what the user wrote.
using UserTextLookup = std::function<std::optional<std::u16string>(const std::u16string&)>;

v8::MaybeLocal<v8::Value> StructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                          const std::vector<v8::Local<v8::ArrayBuffer>>& transfer = {},
                                          v8::Local<v8::Function> make_error = {},
                                          const UserTextLookup& user_text = {});

}  // namespace loopscope
