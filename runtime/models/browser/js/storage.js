// storage.js — localStorage and sessionStorage (HTML §12.2), in memory for the run: getItem,
// setItem, removeItem, clear, key, length, and the named properties (storage.a, storage.a = 1,
// delete storage.a, Object.keys) through a Proxy, as WebIDL's legacy platform object with a named
// getter/setter/deleter. Keys and values are DOMStrings (String(value)); a Symbol throws
// "Failed to execute 'setItem' on 'Storage': Cannot convert a Symbol value to a string."
// (measured, tests/puzzles/storage_*.js). Nothing is persisted; each run starts empty.
// AD-HOC: key(n) and Object.keys follow insertion order; Chromium's order of several keys is
// its map's (implementation-defined) — puzzles depend on it with one key only.
// Called with (globalThis, host).
(function installStorage(global, host) {
  'use strict';
  const { ObjectDefineProperty, ReflectApply, ArraySplice, Append, TypeErrorCtor, MapCtor, MapPrototypeGet, MapPrototypeHas,
          MapPrototypeSet } = host.primordials;
  const { requireArguments } = host;
  const MapPrototypeDelete = Map.prototype.delete;
  const WeakMapCtor = WeakMap;
  const { get: weakGet, set: weakSet, has: weakHas } = WeakMapCtor.prototype;
  const ProxyCtor = Proxy;
  const ReflectGet = Reflect.get;
  const ReflectHas = Reflect.has;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ReflectDeleteProperty = Reflect.deleteProperty;
  const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  const ReflectDefineProperty = Reflect.defineProperty;
  const StringCtor = String;
  const kSecret = Symbol('Storage');
  const stores = new WeakMapCtor();

  function storeOf(self) {
    if (self === null || typeof self !== 'object' || !ReflectApply(weakHas, stores, [self])) throw new TypeErrorCtor('Illegal invocation');
    return ReflectApply(weakGet, stores, [self]);
  }
  function toDOMString(value, method) {
    if (typeof value === 'symbol') throw new TypeErrorCtor("Failed to execute '" + method + "' on 'Storage': Cannot convert a Symbol value to a string");
    return StringCtor(value);
  }
  function has(store, key) { return MapPrototypeHas(store.values, key); }
  function get(store, key) { return MapPrototypeGet(store.values, key); }
  function set(store, key, value) {
    if (!has(store, key)) Append(store.keys, key);
    MapPrototypeSet(store.values, key, value);
  }
  function remove(store, key) {
    if (!has(store, key)) return;
    ReflectApply(MapPrototypeDelete, store.values, [key]);
    for (let i = 0; i < store.keys.length; ++i) {
      if (store.keys[i] === key) { ReflectApply(ArraySplice, store.keys, [i, 1]); return; }
    }
  }

  class Storage {
    constructor(secret) { if (secret !== kSecret) throw new TypeErrorCtor('Illegal constructor'); }
    get length() { return storeOf(this).keys.length; }
    key(index) {
      requireArguments(arguments.length, 1, 'key', 'Storage');
      const store = storeOf(this);
      const n = index >>> 0;  // WebIDL unsigned long
      return n < store.keys.length ? store.keys[n] : null;
    }
    getItem(key) {
      requireArguments(arguments.length, 1, 'getItem', 'Storage');
      const store = storeOf(this);
      const name = toDOMString(key, 'getItem');
      return has(store, name) ? get(store, name) : null;
    }
    setItem(key, value) {
      requireArguments(arguments.length, 2, 'setItem', 'Storage');
      const store = storeOf(this);
      const name = toDOMString(key, 'setItem');
      set(store, name, toDOMString(value, 'setItem'));
    }
    removeItem(key) {
      requireArguments(arguments.length, 1, 'removeItem', 'Storage');
      remove(storeOf(this), toDOMString(key, 'removeItem'));
    }
    clear() {
      const store = storeOf(this);
      store.keys = [];
      store.values = new MapCtor();
    }
  }
  ObjectDefineProperty(Storage.prototype, Symbol.toStringTag, { value: 'Storage', configurable: true });

  function makeStorage() {
    const target = new Storage(kSecret);
    const store = { keys: [], values: new MapCtor() };
    // A named property is visible when nothing of that name is on the object or its prototypes.
    const visible = (key) => typeof key === 'string' && has(store, key) && !ReflectHas(target, key);
    const proxy = new ProxyCtor(target, {
      get(t, key, receiver) { return visible(key) ? get(store, key) : ReflectGet(t, key, receiver === proxy ? t : receiver); },
      set(t, key, value, receiver) {
        if (typeof key === 'string') { set(store, key, toDOMString(value, 'setItem')); return true; }
        return ReflectDefineProperty(t, key, { value, writable: true, enumerable: true, configurable: true });
      },
      has(t, key) { return (typeof key === 'string' && has(store, key)) || ReflectHas(t, key); },
      deleteProperty(t, key) {
        if (visible(key)) { remove(store, key); return true; }
        return ReflectDeleteProperty(t, key);
      },
      ownKeys(t) {
        const keys = [];
        for (let i = 0; i < store.keys.length; ++i) Append(keys, store.keys[i]);
        const own = ReflectOwnKeys(t);
        for (let i = 0; i < own.length; ++i) Append(keys, own[i]);
        return keys;
      },
      getOwnPropertyDescriptor(t, key) {
        if (visible(key)) return { value: get(store, key), writable: true, enumerable: true, configurable: true };
        return ReflectGetOwnPropertyDescriptor(t, key);
      },
      defineProperty(t, key, descriptor) {
        if (typeof key === 'string' && 'value' in descriptor) { set(store, key, toDOMString(descriptor.value, 'setItem')); return true; }
        return ReflectDefineProperty(t, key, descriptor);
      },
    });
    ReflectApply(weakSet, stores, [proxy, store]);
    ReflectApply(weakSet, stores, [target, store]);
    return proxy;
  }
  const localStorage = makeStorage();
  const sessionStorage = makeStorage();
  ObjectDefineProperty(global, 'localStorage', { get() { return localStorage; }, enumerable: true, configurable: true });
  ObjectDefineProperty(global, 'sessionStorage', { get() { return sessionStorage; }, enumerable: true, configurable: true });
  ObjectDefineProperty(global, 'Storage', { value: Storage, writable: true, configurable: true });
})
