// dom_exception.js — WebIDL's DOMException (https://webidl.spec.whatwg.org/#idl-DOMException) and
// Chromium's QuotaExceededError subclass, as Blink shows them (measured, tests/puzzles/dom_exception_*.js):
// `new DOMException(message = '', name = 'Error')`; name, message and code are getters on the
// prototype that throw "Illegal invocation" on anything else; code is the legacy code of the name
// (DataCloneError 25, AbortError 20, QuotaExceededError 22…) or 0; the legacy constants
// (DATA_CLONE_ERR…) are on the constructor and the prototype; instances are Errors
// (DOMException.prototype inherits Error.prototype), with a stack, and print as "Name: message".
// Evaluated (uninstrumented) before the script; called with (globalThis, host); sets
// host.DOMException and host.QuotaExceededError for the other host scripts.
(function installDOMException(global, host) {
  'use strict';
  const { ObjectDefineProperty, TypeErrorCtor } = host.primordials;
  const WeakMapCtor = global.WeakMap;
  const { get: weakGet, set: weakSet, has: weakHas } = WeakMapCtor.prototype;
  const ReflectApply = Reflect.apply;
  const StringCtor = String;
  const captureStackTrace = Error.captureStackTrace;
  const state = new WeakMapCtor();
  // WebIDL's table of error names with a legacy code, and the constant that names each code.
  const kLegacy = [
    ['IndexSizeError', 1, 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 2, 'DOMSTRING_SIZE_ERR'],
    ['HierarchyRequestError', 3, 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 4, 'WRONG_DOCUMENT_ERR'],
    ['InvalidCharacterError', 5, 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 6, 'NO_DATA_ALLOWED_ERR'],
    ['NoModificationAllowedError', 7, 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 8, 'NOT_FOUND_ERR'],
    ['NotSupportedError', 9, 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 10, 'INUSE_ATTRIBUTE_ERR'],
    ['InvalidStateError', 11, 'INVALID_STATE_ERR'], ['SyntaxError', 12, 'SYNTAX_ERR'],
    ['InvalidModificationError', 13, 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 14, 'NAMESPACE_ERR'],
    ['InvalidAccessError', 15, 'INVALID_ACCESS_ERR'], ['ValidationError', 16, 'VALIDATION_ERR'],
    ['TypeMismatchError', 17, 'TYPE_MISMATCH_ERR'], ['SecurityError', 18, 'SECURITY_ERR'],
    ['NetworkError', 19, 'NETWORK_ERR'], ['AbortError', 20, 'ABORT_ERR'], ['URLMismatchError', 21, 'URL_MISMATCH_ERR'],
    ['QuotaExceededError', 22, 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 23, 'TIMEOUT_ERR'],
    ['InvalidNodeTypeError', 24, 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 25, 'DATA_CLONE_ERR'],
  ];
  function codeOf(name) {
    for (let i = 0; i < kLegacy.length; ++i) {
      if (kLegacy[i][0] === name) return kLegacy[i][1];
    }
    return 0;
  }
  function stateOf(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') || !ReflectApply(weakHas, state, [self])) {
      throw new TypeErrorCtor('Illegal invocation');
    }
    return ReflectApply(weakGet, state, [self]);
  }
  class DOMException {
    constructor(message = '', name = 'Error') {
      const text = StringCtor(message);
      const errorName = StringCtor(name);
      ReflectApply(weakSet, state, [this, { message: text, name: errorName }]);
    }
    get name() { return stateOf(this).name; }
    get message() { return stateOf(this).message; }
    get code() { return codeOf(stateOf(this).name); }
  }
  Object.setPrototypeOf(DOMException.prototype, Error.prototype);
  ObjectDefineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  for (let i = 0; i < kLegacy.length; ++i) {
    const descriptor = { value: kLegacy[i][1], enumerable: true };
    ObjectDefineProperty(DOMException, kLegacy[i][2], descriptor);
    ObjectDefineProperty(DOMException.prototype, kLegacy[i][2], descriptor);
  }
  // Chromium 156: QuotaExceededError is its own class (name 'QuotaExceededError', code 22).
  class QuotaExceededError extends DOMException {
    constructor(message = '', options = undefined) {
      super(message, 'QuotaExceededError');
      const quota = options == null ? null : options.quota;
      const requested = options == null ? null : options.requested;
      ObjectDefineProperty(this, '__quota', { value: quota === undefined ? null : quota });
      ObjectDefineProperty(this, '__requested', { value: requested === undefined ? null : requested });
    }
    get quota() { stateOf(this); return this.__quota; }
    get requested() { stateOf(this); return this.__requested; }
  }
  ObjectDefineProperty(QuotaExceededError.prototype, Symbol.toStringTag, { value: 'QuotaExceededError', configurable: true });
  ObjectDefineProperty(global, 'DOMException', { value: DOMException, writable: true, configurable: true });
  ObjectDefineProperty(global, 'QuotaExceededError', { value: QuotaExceededError, writable: true, configurable: true });
  host.DOMException = DOMException;
  // A DOMException as the platform throws it: unlike `new DOMException()` from script (no stack,
  // measured), Blink's own carry an own `stack`.
  host.thrownDOMException = function thrownDOMException(message, name) {
    const error = new DOMException(message, name);
    if (typeof captureStackTrace === 'function') captureStackTrace(error, thrownDOMException);
    return error;
  };
  host.QuotaExceededError = QuotaExceededError;
  // "Failed to execute 'method' on 'Interface': N argument(s) required, but only M present." —
  // Blink's TypeError for a call with too few arguments (measured, tests/puzzles/argument_count_*.js).
  host.requireArguments = function requireArguments(present, required, method, interfaceName) {
    if (present >= required) return;
    throw new TypeErrorCtor("Failed to execute '" + method + "' on '" + interfaceName + "': " + required +
                            (required === 1 ? ' argument' : ' arguments') + ' required, but only ' + present + ' present.');
  };
})
