// location.js — window.location for the script's file:// URL (host.scriptUrl). Like Chromium's
// [LegacyUnforgeable] Location, every member is an own, non-configurable property of the object, in
// Blink's order (ancestorOrigins, href, origin, protocol, host, hostname, port, pathname, search,
// hash, assign, reload, replace, toString). A file URL has an empty host and port and the origin
// "file://" (Chromium's serialisation, measured: tests/puzzles/location_file_url.js).
// AD-HOC: read-only — Loopscope runs one script and does not navigate: assigning href (or any
// other part) and assign()/reload()/replace() change nothing (Chromium would navigate away).
// Called with (globalThis, host).
(function installLocation(global, host) {
  'use strict';
  const { ObjectDefineProperty, TypeErrorCtor } = host.primordials;
  const href = host.scriptUrl;
  const kSecret = Symbol('Location');
  // A file URL: "file://" + path; the path may carry ?search and #hash (a script's URL does not).
  const afterScheme = href.slice('file://'.length);
  const hashAt = afterScheme.indexOf('#');
  const withoutHash = hashAt < 0 ? afterScheme : afterScheme.slice(0, hashAt);
  const searchAt = withoutHash.indexOf('?');
  const parts = {
    href,
    origin: 'file://',
    protocol: 'file:',
    host: '',
    hostname: '',
    port: '',
    pathname: searchAt < 0 ? withoutHash : withoutHash.slice(0, searchAt),
    search: searchAt < 0 || searchAt === withoutHash.length - 1 ? '' : withoutHash.slice(searchAt),
    hash: hashAt < 0 || hashAt === afterScheme.length - 1 ? '' : afterScheme.slice(hashAt),
  };
  class Location {
    constructor(secret) { if (secret !== kSecret) throw new TypeErrorCtor('Illegal constructor'); }
  }
  ObjectDefineProperty(Location.prototype, Symbol.toStringTag, { value: 'Location', configurable: true });
  const location = new Location(kSecret);
  const ancestorOrigins = Object.freeze({ length: 0, item() { return null; }, contains() { return false; } });
  ObjectDefineProperty(location, 'ancestorOrigins', { get() { return ancestorOrigins; }, enumerable: true });
  const names = Object.keys(parts);
  for (let i = 0; i < names.length; ++i) {
    const value = parts[names[i]];
    const readOnly = names[i] === 'origin';
    ObjectDefineProperty(location, names[i], {
      get() { return value; },
      set: readOnly ? undefined : function ignoreNavigation(ignored) {},
      enumerable: true });
  }
  const noNavigation = { assign(url) {}, reload() {}, replace(url) {} };
  const methods = ['assign', 'reload', 'replace'];
  for (let i = 0; i < methods.length; ++i) {
    ObjectDefineProperty(location, methods[i], { value: noNavigation[methods[i]], enumerable: true });
  }
  ObjectDefineProperty(location, 'toString', { value: function toString() { return href; }, enumerable: true });
  ObjectDefineProperty(global, 'location', { get() { return location; }, set(ignored) {}, enumerable: true, configurable: false });
  ObjectDefineProperty(global, 'Location', { value: Location, writable: true, configurable: true });
})
