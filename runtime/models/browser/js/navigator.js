// navigator.js — window.navigator as headless Chromium 156 on Linux shows it (measured,
// tests/puzzles/navigator_values.js): the HeadlessChrome user agent, en-US, online, the machine's
// processor count (host.hardwareConcurrency). Read-only getters on Navigator.prototype; the
// languages array is frozen and the same object each time. Called with (globalThis, host).
(function installNavigator(global, host) {
  'use strict';
  const { ObjectDefineProperty, TypeErrorCtor } = host.primordials;
  const kUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
  const kSecret = Symbol('Navigator');
  const languages = Object.freeze(['en-US', 'en']);
  class Navigator {
    constructor(secret) { if (secret !== kSecret) throw new TypeErrorCtor('Illegal constructor'); }
  }
  let theNavigator = null;
  const values = {
    userAgent: kUserAgent,
    appCodeName: 'Mozilla',
    appName: 'Netscape',
    appVersion: kUserAgent.slice('Mozilla/'.length),
    platform: 'Linux x86_64',
    product: 'Gecko',
    productSub: '20030107',
    vendor: 'Google Inc.',
    vendorSub: '',
    language: 'en-US',
    languages,
    hardwareConcurrency: host.hardwareConcurrency,
    onLine: true,
    cookieEnabled: true,
    webdriver: false,
    maxTouchPoints: 0,
  };
  const names = Object.keys(values);
  for (let i = 0; i < names.length; ++i) {
    const value = values[names[i]];
    ObjectDefineProperty(Navigator.prototype, names[i], {
      get() { if (this !== theNavigator) throw new TypeErrorCtor('Illegal invocation'); return value; },
      enumerable: true, configurable: true });
  }
  ObjectDefineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });
  theNavigator = new Navigator(kSecret);
  ObjectDefineProperty(global, 'navigator', { get() { return theNavigator; }, enumerable: true, configurable: true });
  ObjectDefineProperty(global, 'Navigator', { value: Navigator, writable: true, configurable: true });
})
