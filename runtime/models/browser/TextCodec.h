// TextCodec.h — the native half of TextEncoder / TextDecoder (js/text_encoding.js): UTF-8 as
// the Encoding standard defines it, done by V8's own converters.
//   host.utf8Encode(string)          -> Uint8Array; lone surrogates become U+FFFD (EF BF BD)
//   host.utf8Decode(bytes, fatal)    -> string (each ill-formed subpart U+FFFD), or null when
//                                       `fatal` and the bytes are not well-formed UTF-8
// `bytes` is an ArrayBufferView. Installed on the host object by InstallWebApiHost. Runtime
// thread only.
#pragma once

#include <v8.h>

namespace loopscope {

void HostUtf8Encode(const v8::FunctionCallbackInfo<v8::Value>& info);
void HostUtf8Decode(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace loopscope
