// dom.js — the page's document: the small subset of the DOM Standard and HTML that event-loop
// scripts use, spec-commented. Evaluated (uninstrumented) after event_target.js; its completion
// value is called with (globalThis, host).
//
// The page is what a page that loads the script with <script src> has when it runs (the oracle's
// page is the same, tests/oracle/chromium_console.sh): <html><head></head><body><script></script>
// </body></html>, readyState "complete", document.currentScript the script element while the
// script's first task runs.
//
// What is here:
//   - Nodes (DOM 4.4): Document, DocumentFragment, Element with HTMLElement classes named as
//     Chromium names them, Text, Comment; the tree accessors, live childNodes / children, the
//     mutation algorithms (pre-insert, remove, replace all) with their HierarchyRequestError /
//     NotFoundError checks; textContent, attributes, id, className, classList (DOMTokenList),
//     dataset, a style declaration that reflects the style attribute, innerHTML / outerHTML (a
//     fragment parser for tags, attributes, text, character references, comments, void elements
//     and the <p> / <li> auto-closing rules; no tables' implied tbody, no foreign content);
//   - selectors (Selectors 4, the subset): type, universal, #id, .class, [attr], [attr op value]
//     with = ~= |= ^= $= *=, :first-child, :last-child, :only-child, :nth-child(an+b), :not(),
//     :root, :empty, the descendant, child, next-sibling and subsequent-sibling combinators,
//     comma lists; querySelector(All), matches, closest, getElementById, getElementsBy*;
//   - named access on the window: an element's id as a global (HTML 7.2.2.3, ids only);
//   - events along the tree (event_target.js dispatch, with this file's "get the parent": a node's
//     parent, then the document's window); el.click() (HTML 6.4.4: a synthetic, untrusted
//     PointerEvent dispatched synchronously — the script is on the stack, so no microtask runs
//     between listeners) and the user's click (host.dom.userPress / userRelease, called by the
//     loop from user-interaction tasks: trusted events, a microtask checkpoint after every listener
//     because the stack is empty — Jake Archibald's "Tasks, microtasks, queues and schedules");
//   - MutationObserver (DOM 4.3): records queued by the mutation algorithms to interested
//     observers, one "mutation observer microtask" per batch (host.queueMutationMicrotask), delivered
//     to observers in creation order as Blink does (MutationObserver::DeliverMutations sorts them),
//     takeRecords, disconnect, transient registrations for removed subtrees.
//
// host.dom (for the native side): userPress(id), userRelease(id), findNode(selector) -> id, 0 (none)
// or -1 (invalid), snapshot() -> the page as text lines for the Page panel, scriptEnded(),
// listenedTypes() -> the event types the page listens for.
// host.pageChanged() (native) is called whenever the document's tree, attributes or listeners change.
// Uses only captured built-ins (host.primordials and the uncurried methods below): a script that
// patches Array.prototype, String.prototype or the iterator protocol cannot break the DOM.
(function installDom(global, host) {
  'use strict';
  const { ArraySplice, ObjectCreate, ObjectDefineProperty, ReflectApply, TypeErrorCtor, Append, LengthOf } = host.primordials;
  const { EventTarget, dispatch, PointerEvent, MouseEvent } = host.events;
  const uncurry = (fn) => ReflectApply.bind(null, fn);  // uncurry(f)(self, [args])
  const call = (fn) => { const u = uncurry(fn); return (self, ...args) => u(self, args); };
  const StringSlice = call(String.prototype.slice);
  const StringIndexOf = call(String.prototype.indexOf);
  const StringToLower = call(String.prototype.toLowerCase);
  const StringToUpper = call(String.prototype.toUpperCase);
  const StringReplace = call(String.prototype.replace);
  const StringTrim = call(String.prototype.trim);
  const StringSplit = call(String.prototype.split);
  const StringStartsWith = call(String.prototype.startsWith);
  const StringEndsWith = call(String.prototype.endsWith);
  const RegExpExec = call(RegExp.prototype.exec);
  const ArrayJoin = call(Array.prototype.join);
  const ArraySort = call(Array.prototype.sort);
  const ArrayIterator = Array.prototype[Symbol.iterator];
  const ArrayKeys = Array.prototype.keys;
  const ArrayEntries = Array.prototype.entries;
  const WeakMapCtor = WeakMap;
  const { get: WeakMapGet, set: WeakMapSet } = WeakMap.prototype;
  const ProxyCtor = Proxy;
  const StringCtor = String;
  const NumberCtor = Number;
  const FromCodePoint = String.fromCodePoint;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  const ReflectHas = Reflect.has;
  // Blink's message for an interface that cannot be constructed from script.
  const illegal = (name) => new TypeErrorCtor("Failed to construct '" + name + "': Illegal constructor");
  const kSecret = Symbol('dom secret');

  function removeAt(list, index) { ReflectApply(ArraySplice, list, [index, 1]); }
  function insertAt(list, index, value) { ReflectApply(ArraySplice, list, [index, 0, value]); }
  function indexOf(list, value) {
    for (let i = 0; i < list.length; ++i) if (list[i] === value) return i;
    return -1;
  }
  function copyOf(list) { const copy = []; for (let i = 0; i < list.length; ++i) Append(copy, list[i]); return copy; }
  function method(target, name, value) { ObjectDefineProperty(target, name, { value, writable: true, configurable: true }); }
  function accessor(prototype, name, get, set) {
    ObjectDefineProperty(prototype, name, { get, set, configurable: true, enumerable: true });
  }
  function fail(method, iface, message, name) {
    return host.thrownDOMException("Failed to execute '" + method + "' on '" + iface + "': " + message, name);
  }

  // ---- node state: a record per node, kept where the script cannot see it -------------------
  const kElement = 1, kText = 3, kComment = 8, kDocument = 9, kFragment = 11;
  const states = new WeakMapCtor();
  let nextNodeId = 1;
  function stateOf(node) {
    const s = (node !== null && typeof node === 'object') ? ReflectApply(WeakMapGet, states, [node]) : undefined;
    if (s === undefined) throw new TypeErrorCtor('Illegal invocation');
    return s;
  }
  function maybeState(node) {
    return (node !== null && typeof node === 'object') ? ReflectApply(WeakMapGet, states, [node]) : undefined;
  }
  function newNode(prototype, type, name, doc) {
    const node = ObjectCreate(prototype);
    host.events.initTarget(node);
    const s = {
      node, id: nextNodeId++, type, name, doc, parent: null, children: [], attrs: [], data: '',
      registered: [],       // DOM 4.3 "registered observer list": { observer, options, source (transient) }
      childList: null,      // the live NodeList of childNodes, made on first use
      elementList: null,    // the live HTMLCollection of children
      classList: null, dataset: null, style: null,
      content: null,        // a <template>'s template contents (HTML 4.12.3), made on first use
    };
    ReflectApply(WeakMapSet, states, [node, s]);
    return s;
  }
  const isElement = (s) => s.type === kElement;
  const elementChildren = (s) => { const out = []; for (let i = 0; i < s.children.length; ++i) if (isElement(s.children[i])) Append(out, s.children[i]); return out; };

  // ---- live lists -------------------------------------------------------------------------------
  // NodeList and HTMLCollection objects keep indexed own properties that the mutation algorithms
  // rewrite (so `node.childNodes` is live and `===` itself, as in Chromium).
  const listItems = new WeakMapCtor();
  function itemsOf(list) {
    const items = ReflectApply(WeakMapGet, listItems, [list]);
    if (items === undefined) throw new TypeErrorCtor('Illegal invocation');
    return items;
  }
  function fillList(list, states) {
    const old = ReflectApply(WeakMapGet, listItems, [list]);
    const oldLength = old ? old.length : 0;
    const items = [];
    for (let i = 0; i < states.length; ++i) {
      Append(items, states[i].node);
      ObjectDefineProperty(list, i, { value: states[i].node, enumerable: true, configurable: true, writable: false });
    }
    for (let i = states.length; i < oldLength; ++i) delete list[i];
    ReflectApply(WeakMapSet, listItems, [list, items]);
    return list;
  }
  class NodeList {
    constructor(secret) { if (secret !== kSecret) throw illegal('NodeList'); }
    get length() { return itemsOf(this).length; }
    item(index) { const items = itemsOf(this); index = index >>> 0; return index < items.length ? items[index] : null; }
    forEach(callback, thisArg) {
      const items = itemsOf(this);
      for (let i = 0; i < items.length; ++i) ReflectApply(callback, thisArg, [items[i], i, this]);
    }
    keys() { return ReflectApply(ArrayKeys, copyOf(itemsOf(this)), []); }
    values() { return ReflectApply(ArrayIterator, copyOf(itemsOf(this)), []); }
    entries() { return ReflectApply(ArrayEntries, copyOf(itemsOf(this)), []); }
  }
  method(NodeList.prototype, Symbol.iterator, NodeList.prototype.values);
  class HTMLCollection {
    constructor(secret) { if (secret !== kSecret) throw illegal('HTMLCollection'); }
    get length() { return itemsOf(this).length; }
    item(index) { const items = itemsOf(this); index = index >>> 0; return index < items.length ? items[index] : null; }
    namedItem(name) {
      const items = itemsOf(this);
      name = StringCtor(name);
      for (let i = 0; i < items.length; ++i) {
        const s = stateOf(items[i]);
        if (attr(s, 'id') === name || attr(s, 'name') === name) return items[i];
      }
      return null;
    }
  }
  method(HTMLCollection.prototype, Symbol.iterator, function values() { return ReflectApply(ArrayIterator, copyOf(itemsOf(this)), []); });
  const staticNodeList = (states) => fillList(new NodeList(kSecret), states);
  const staticCollection = (states) => fillList(new HTMLCollection(kSecret), states);
  function childrenChanged(s) {
    if (s.childList) fillList(s.childList, s.children);
    if (s.elementList) fillList(s.elementList, elementChildren(s));
    pageChanged(s);
  }
  // The Page panel shows the document: a change to a node outside it (not yet inserted, or
  // removed) needs no new snapshot.
  function pageChanged(s) {
    if (rootOf(s).type === kDocument) host.pageChanged();
  }

  // ---- attributes -----------------------------------------------------------------------------
  function attrIndex(s, name) {
    for (let i = 0; i < s.attrs.length; ++i) if (s.attrs[i].name === name) return i;
    return -1;
  }
  function attr(s, name) { const i = attrIndex(s, name); return i < 0 ? null : s.attrs[i].value; }
  // DOM 4.9 "change / append / remove an attribute": each queues an "attributes" record with the old value.
  function setAttr(s, name, value) {
    const i = attrIndex(s, name);
    const old = i < 0 ? null : s.attrs[i].value;
    queueMutationRecord('attributes', s, name, old, null, null, null, null);
    if (i < 0) Append(s.attrs, { name, value });
    else s.attrs[i].value = value;
    pageChanged(s);
  }
  function removeAttr(s, name) {
    const i = attrIndex(s, name);
    if (i < 0) return;
    queueMutationRecord('attributes', s, name, s.attrs[i].value, null, null, null, null);
    removeAt(s.attrs, i);
    pageChanged(s);
  }
  // DOM "valid attribute local name" (the relaxed rule Chromium 156 applies): not empty, no ASCII
  // whitespace, NUL, '/', '>' or '='.
  const kAttrName = /^[^\t\n\f\r \/>=\0]+$/;
  // DOM "valid element local name": an ASCII letter first, then no ASCII whitespace, NUL, '/' or '>'.
  const kElementName = /^[A-Za-z][^\t\n\f\r \/>\0]*$/;
  function checkName(name, methodName, iface) {
    if (RegExpExec(kAttrName, name) === null) {
      throw fail(methodName, iface, "'" + name + "' is not a valid attribute name.", 'InvalidCharacterError');
    }
  }

  // ---- mutation observers (DOM 4.3) -----------------------------------------------------------
  const observerStates = new WeakMapCtor();
  let nextObserverSequence = 1;
  let mutationMicrotaskQueued = false;   // "mutation observer microtask queued"
  let pendingObservers = [];             // "pending mutation observers"
  function observerOf(self) {
    const o = (self !== null && typeof self === 'object') ? ReflectApply(WeakMapGet, observerStates, [self]) : undefined;
    if (o === undefined) throw new TypeErrorCtor('Illegal invocation');
    return o;
  }
  class MutationRecord {
    constructor(secret) { if (secret !== kSecret) throw illegal('MutationRecord'); }
  }
  function makeRecord(fields) {
    const record = new MutationRecord(kSecret);
    const names = ['type', 'target', 'addedNodes', 'removedNodes', 'previousSibling', 'nextSibling', 'attributeName',
      'attributeNamespace', 'oldValue'];
    for (let i = 0; i < names.length; ++i) ObjectDefineProperty(record, names[i], { value: fields[names[i]], enumerable: true });
    return record;
  }
  // DOM 4.3.2 "queue a mutation record".
  function queueMutationRecord(type, target, name, oldValue, added, removed, previous, next) {
    const interested = [];   // { o, oldValue }, in the order found
    for (let n = target; n !== null; n = n.parent) {
      for (let i = 0; i < n.registered.length; ++i) {
        const { observer, options } = n.registered[i];
        if (n !== target && !options.subtree) continue;
        if (type === 'attributes' && (!options.attributes || (options.attributeFilter && indexOf(options.attributeFilter, name) < 0))) continue;
        if (type === 'characterData' && !options.characterData) continue;
        if (type === 'childList' && !options.childList) continue;
        let entry = null;
        for (let j = 0; j < interested.length; ++j) if (interested[j].o === observer) entry = interested[j];
        if (entry === null) { entry = { o: observer, oldValue: null }; Append(interested, entry); }
        if ((type === 'attributes' && options.attributeOldValue) || (type === 'characterData' && options.characterDataOldValue)) {
          entry.oldValue = oldValue;
        }
      }
    }
    for (let i = 0; i < interested.length; ++i) {
      const { o } = interested[i];
      Append(o.records, makeRecord({
        type, target: target.node, addedNodes: staticNodeList(added || []), removedNodes: staticNodeList(removed || []),
        previousSibling: previous ? previous.node : null, nextSibling: next ? next.node : null,
        attributeName: type === 'attributes' ? name : null, attributeNamespace: null, oldValue: interested[i].oldValue,
      }));
      if (indexOf(pendingObservers, o) < 0) Append(pendingObservers, o);
      queueMutationObserverMicrotask();
    }
  }
  function queueTreeRecord(target, added, removed, previous, next) {
    if (added.length === 0 && removed.length === 0) return;
    queueMutationRecord('childList', target, null, null, added, removed, previous, next);
  }
  // DOM 4.3 "queue a mutation observer microtask".
  function queueMutationObserverMicrotask() {
    if (mutationMicrotaskQueued) return;
    mutationMicrotaskQueued = true;
    host.queueMutationMicrotask(notifyMutationObservers);
  }
  // DOM 4.3 "notify mutation observers". Blink delivers to the observers in creation order.
  function notifyMutationObservers() {
    mutationMicrotaskQueued = false;
    const notifySet = pendingObservers;
    pendingObservers = [];
    ArraySort(notifySet, (a, b) => a.sequence - b.sequence);
    for (let i = 0; i < notifySet.length; ++i) {
      const o = notifySet[i];
      const records = o.records;
      o.records = [];
      removeTransients(o);
      if (records.length === 0) continue;
      try {
        ReflectApply(o.callback, o.self, [records, o.self]);
      } catch (error) {
        host.reportError(error);
      }
    }
  }
  function removeTransients(o) {
    for (let i = 0; i < o.nodes.length; ++i) {
      const list = o.nodes[i].registered;
      for (let j = list.length - 1; j >= 0; --j) if (list[j].observer === o && list[j].source) removeAt(list, j);
    }
  }
  class MutationObserver {
    constructor(callback) {
      host.requireArguments(arguments.length, 1, 'MutationObserver', 'MutationObserver');
      if (typeof callback !== 'function') {
        throw new TypeErrorCtor("Failed to construct 'MutationObserver': parameter 1 is not of type 'MutationCallback'.");
      }
      ReflectApply(WeakMapSet, observerStates, [this, { self: this, callback, records: [], nodes: [], sequence: nextObserverSequence++ }]);
    }
    // DOM 4.3.1 observe(target, options).
    observe(target, init) {
      const o = observerOf(this);
      host.requireArguments(arguments.length, 1, 'observe', 'MutationObserver');
      const s = maybeState(target);
      if (s === undefined) throw new TypeErrorCtor("Failed to execute 'observe' on 'MutationObserver': parameter 1 is not of type 'Node'.");
      const given = init == null ? {} : init;
      const options = {
        childList: !!given.childList, subtree: !!given.subtree,
        attributes: given.attributes === undefined ? undefined : !!given.attributes,
        characterData: given.characterData === undefined ? undefined : !!given.characterData,
        attributeOldValue: given.attributeOldValue === undefined ? undefined : !!given.attributeOldValue,
        characterDataOldValue: given.characterDataOldValue === undefined ? undefined : !!given.characterDataOldValue,
        attributeFilter: undefined,
      };
      if (given.attributeFilter !== undefined) {
        const filter = [];
        const length = LengthOf(given.attributeFilter);
        for (let i = 0; i < length; ++i) Append(filter, StringCtor(given.attributeFilter[i]));
        options.attributeFilter = filter;
      }
      const prefix = "Failed to execute 'observe' on 'MutationObserver': The options object ";
      if ((options.attributeOldValue !== undefined || options.attributeFilter !== undefined) && options.attributes === undefined) options.attributes = true;
      if (options.characterDataOldValue !== undefined && options.characterData === undefined) options.characterData = true;
      if (options.attributeOldValue && !options.attributes) {
        throw new TypeErrorCtor(prefix + "may only set 'attributeOldValue' to true when 'attributes' is true or not present.");
      }
      if (options.attributeFilter !== undefined && !options.attributes) {
        throw new TypeErrorCtor(prefix + "may only set 'attributeFilter' when 'attributes' is true or not present.");
      }
      if (options.characterDataOldValue && !options.characterData) {
        throw new TypeErrorCtor(prefix + "may only set 'characterDataOldValue' to true when 'characterData' is true or not present.");
      }
      if (!options.childList && !options.attributes && !options.characterData) {
        throw new TypeErrorCtor(prefix + "must set at least one of 'attributes', 'characterData', or 'childList' to true.");
      }
      for (let i = 0; i < s.registered.length; ++i) {
        const r = s.registered[i];
        if (r.observer === o && !r.source) {
          // Already observed: its transient registrations go, the options are replaced.
          removeTransients(o);
          r.options = options;
          return;
        }
      }
      Append(s.registered, { observer: o, options, source: null });
      if (indexOf(o.nodes, s) < 0) Append(o.nodes, s);
    }
    disconnect() {
      const o = observerOf(this);
      for (let i = 0; i < o.nodes.length; ++i) {
        const list = o.nodes[i].registered;
        for (let j = list.length - 1; j >= 0; --j) if (list[j].observer === o) removeAt(list, j);
      }
      o.nodes = [];
      o.records = [];
    }
    takeRecords() {
      const o = observerOf(this);
      const records = o.records;
      o.records = [];
      return records;
    }
  }
  // DOM 4.2.3 "remove", step "for each inclusive ancestor … if registered's options's subtree is
  // true, append a transient registered observer to node's registered observer list".
  function addTransients(parent, removed) {
    for (let n = parent; n !== null; n = n.parent) {
      for (let i = 0; i < n.registered.length; ++i) {
        const r = n.registered[i];
        if (r.options.subtree) {
          Append(removed.registered, { observer: r.observer, options: r.options, source: r });
          if (indexOf(r.observer.nodes, removed) < 0) Append(r.observer.nodes, removed);
        }
      }
    }
  }

  // ---- tree mutation (DOM 4.2.3) -------------------------------------------------------------
  function isInclusiveAncestor(ancestor, node) {
    for (let n = node; n !== null; n = n.parent) if (n === ancestor) return true;
    return false;
  }
  function rootOf(s) { let n = s; while (n.parent !== null) n = n.parent; return n; }
  // "ensure pre-insertion validity" (the checks Blink makes, with its messages).
  function ensurePreInsertionValidity(node, parent, child, methodName) {
    if (parent.type !== kDocument && parent.type !== kFragment && parent.type !== kElement) {
      throw fail(methodName, 'Node', 'This node type does not support this method.', 'HierarchyRequestError');
    }
    if (isInclusiveAncestor(node, parent)) {
      throw fail(methodName, 'Node', 'The new child element contains the parent.', 'HierarchyRequestError');
    }
    if (child !== null && child.parent !== parent) {
      throw fail(methodName, 'Node', 'The node before which the new node is to be inserted is not a child of this node.', 'NotFoundError');
    }
    if (node.type === kDocument) {
      throw fail(methodName, 'Node', 'Nodes of type \'#document\' may not be inserted inside nodes of type \'' + nodeName(parent) + '\'.', 'HierarchyRequestError');
    }
    if (parent.type === kDocument && node.type === kText) {
      throw fail(methodName, 'Node', 'Nodes of type \'#text\' may not be inserted inside nodes of type \'#document\'.', 'HierarchyRequestError');
    }
    if (parent.type === kDocument && node.type === kElement && elementChildren(parent).length > 0) {
      throw fail(methodName, 'Node', 'Only one element on document allowed.', 'HierarchyRequestError');
    }
  }
  // "insert": node (or a fragment's children) into parent before child; one childList record.
  function insert(node, parent, child, suppressObservers) {
    const nodes = node.type === kFragment ? copyOf(node.children) : [node];
    if (node.type === kFragment) {
      // The fragment is emptied first (its own record: "queue a tree mutation record for node with « », nodes").
      node.children = [];
      for (let i = 0; i < nodes.length; ++i) nodes[i].parent = null;
      queueTreeRecord(node, [], nodes, null, null);
      childrenChanged(node);
    }
    if (nodes.length === 0) return;
    let index = child === null ? parent.children.length : indexOf(parent.children, child);
    const previous = index > 0 ? parent.children[index - 1] : null;
    for (let i = 0; i < nodes.length; ++i) {
      insertAt(parent.children, index++, nodes[i]);
      nodes[i].parent = parent;
    }
    if (!suppressObservers) queueTreeRecord(parent, nodes, [], previous, child);
    childrenChanged(parent);
  }
  // "pre-insert": validity, then remove node from its old parent, then insert.
  function preInsert(node, parent, child, methodName) {
    ensurePreInsertionValidity(node, parent, child, methodName);
    let reference = child;
    if (reference === node) reference = nextSibling(node);
    if (node.parent !== null) removeFromParent(node, false);
    insert(node, parent, reference, false);
    return node.node;
  }
  // "remove".
  function removeFromParent(node, suppressObservers) {
    const parent = node.parent;
    const index = indexOf(parent.children, node);
    const previous = index > 0 ? parent.children[index - 1] : null;
    const next = index + 1 < parent.children.length ? parent.children[index + 1] : null;
    removeAt(parent.children, index);
    node.parent = null;
    addTransients(parent, node);
    if (!suppressObservers) queueTreeRecord(parent, [], [node], previous, next);
    childrenChanged(parent);
  }
  // "replace all" (textContent, innerHTML): one record with every removed and added node.
  function replaceAll(node, parent) {
    if (node !== null && node.type !== kFragment && node.parent !== null) removeFromParent(node, false);  // "adopt"
    const removed = copyOf(parent.children);
    const added = node === null ? [] : (node.type === kFragment ? copyOf(node.children) : [node]);
    for (let i = 0; i < removed.length; ++i) {
      removed[i].parent = null;
      addTransients(parent, removed[i]);
    }
    parent.children = [];
    if (node !== null) {
      if (node.type === kFragment) { node.children = []; childrenChanged(node); }
      for (let i = 0; i < added.length; ++i) { Append(parent.children, added[i]); added[i].parent = parent; }
    }
    queueTreeRecord(parent, added, removed, null, null);
    childrenChanged(parent);
  }
  function nextSibling(s) {
    if (s.parent === null) return null;
    const i = indexOf(s.parent.children, s);
    return i + 1 < s.parent.children.length ? s.parent.children[i + 1] : null;
  }
  function previousSibling(s) {
    if (s.parent === null) return null;
    const i = indexOf(s.parent.children, s);
    return i > 0 ? s.parent.children[i - 1] : null;
  }
  // "convert nodes into a node" (append, prepend, before, after, replaceWith).
  function convertNodes(args, doc) {
    if (args.length === 1) {
      const s = maybeState(args[0]);
      return s !== undefined ? s : createText(doc, StringCtor(args[0]));
    }
    const fragment = newNode(DocumentFragment.prototype, kFragment, '#document-fragment', doc);
    for (let i = 0; i < args.length; ++i) {
      const s = maybeState(args[i]);
      insert(s !== undefined ? (s.parent !== null ? (removeFromParent(s, false), s) : s) : createText(doc, StringCtor(args[i])), fragment, null, true);
    }
    return fragment;
  }
  function argsOf(args) { const out = []; for (let i = 0; i < args.length; ++i) Append(out, args[i]); return out; }
  function requireNode(value, methodName, position) {
    const s = maybeState(value);
    if (s === undefined) {
      throw new TypeErrorCtor("Failed to execute '" + methodName + "' on 'Node': parameter " + position + " is not of type 'Node'.");
    }
    return s;
  }
  function descendantText(s) {
    let text = '';
    for (let i = 0; i < s.children.length; ++i) {
      const c = s.children[i];
      if (c.type === kText) text += c.data;
      else if (c.type === kElement || c.type === kFragment) text += descendantText(c);
    }
    return text;
  }
  // "replace data" on a CharacterData node: one characterData record with the old value.
  function replaceData(s, data) {
    queueMutationRecord('characterData', s, null, s.data, null, null, null, null);
    s.data = data;
    pageChanged(s);
  }

  // ---- Node, Element, Document … --------------------------------------------------------------
  function nodeName(s) {
    switch (s.type) {
      case kElement: return StringToUpper(s.name);
      case kText: return '#text';
      case kComment: return '#comment';
      case kDocument: return '#document';
      default: return '#document-fragment';
    }
  }
  class Node extends EventTarget {
    constructor() { super(); throw illegal(new.target === Node ? 'Node' : new.target.name); }
    get nodeType() { return stateOf(this).type; }
    get nodeName() { return nodeName(stateOf(this)); }
    get nodeValue() { const s = stateOf(this); return s.type === kText || s.type === kComment ? s.data : null; }
    set nodeValue(value) { const s = stateOf(this); if (s.type === kText || s.type === kComment) replaceData(s, value === null ? '' : StringCtor(value)); }
    get textContent() {
      const s = stateOf(this);
      if (s.type === kText || s.type === kComment) return s.data;
      return s.type === kDocument ? null : descendantText(s);
    }
    set textContent(value) {
      const s = stateOf(this);
      const text = value === null ? '' : StringCtor(value);
      if (s.type === kText || s.type === kComment) { replaceData(s, text); return; }
      if (s.type === kDocument) return;
      replaceAll(text === '' ? null : createText(s.doc, text), s);
    }
    get parentNode() { const p = stateOf(this).parent; return p === null ? null : p.node; }
    get parentElement() { const p = stateOf(this).parent; return p !== null && p.type === kElement ? p.node : null; }
    get childNodes() { const s = stateOf(this); if (s.childList === null) s.childList = fillList(new NodeList(kSecret), s.children); return s.childList; }
    get firstChild() { const c = stateOf(this).children; return c.length ? c[0].node : null; }
    get lastChild() { const c = stateOf(this).children; return c.length ? c[c.length - 1].node : null; }
    get previousSibling() { const p = previousSibling(stateOf(this)); return p === null ? null : p.node; }
    get nextSibling() { const n = nextSibling(stateOf(this)); return n === null ? null : n.node; }
    get ownerDocument() { const s = stateOf(this); return s.type === kDocument ? null : s.doc.node; }
    get isConnected() { return rootOf(stateOf(this)).type === kDocument; }
    hasChildNodes() { return stateOf(this).children.length > 0; }
    getRootNode() { return rootOf(stateOf(this)).node; }
    contains(other) { const s = stateOf(this); const o = maybeState(other); return o !== undefined && isInclusiveAncestor(s, o); }
    isSameNode(other) { return this === other; }
    appendChild(node) {
      host.requireArguments(arguments.length, 1, 'appendChild', 'Node');
      return preInsert(requireNode(node, 'appendChild', 1), stateOf(this), null, 'appendChild');
    }
    insertBefore(node, child) {
      host.requireArguments(arguments.length, 2, 'insertBefore', 'Node');
      const c = child === null || child === undefined ? null : requireNode(child, 'insertBefore', 2);
      return preInsert(requireNode(node, 'insertBefore', 1), stateOf(this), c, 'insertBefore');
    }
    removeChild(child) {
      host.requireArguments(arguments.length, 1, 'removeChild', 'Node');
      const c = requireNode(child, 'removeChild', 1);
      if (c.parent !== stateOf(this)) throw fail('removeChild', 'Node', 'The node to be removed is not a child of this node.', 'NotFoundError');
      removeFromParent(c, false);
      return child;
    }
    replaceChild(node, child) {
      host.requireArguments(arguments.length, 2, 'replaceChild', 'Node');
      const parent = stateOf(this);
      const n = requireNode(node, 'replaceChild', 1);
      const c = requireNode(child, 'replaceChild', 2);
      if (c.parent !== parent) throw fail('replaceChild', 'Node', 'The node to be replaced is not a child of this node.', 'NotFoundError');
      if (n === c) return child;
      ensurePreInsertionValidity(n, parent, c, 'replaceChild');
      const reference = nextSibling(c) === n ? nextSibling(n) : nextSibling(c);
      if (n.parent !== null) removeFromParent(n, true);
      removeFromParent(c, true);
      const previous = reference === null ? (parent.children.length ? parent.children[parent.children.length - 1] : null) : previousSibling(reference);
      insert(n, parent, reference, true);
      queueTreeRecord(parent, n.type === kFragment ? [] : [n], [c], previous, reference);
      return child;
    }
    cloneNode(deep) { return cloneOf(stateOf(this), !!deep, stateOf(this).doc).node; }
  }
  const kNodeConstants = [['ELEMENT_NODE', 1], ['ATTRIBUTE_NODE', 2], ['TEXT_NODE', 3], ['CDATA_SECTION_NODE', 4],
    ['PROCESSING_INSTRUCTION_NODE', 7], ['COMMENT_NODE', 8], ['DOCUMENT_NODE', 9], ['DOCUMENT_TYPE_NODE', 10],
    ['DOCUMENT_FRAGMENT_NODE', 11]];
  for (let i = 0; i < kNodeConstants.length; ++i) {
    ObjectDefineProperty(Node, kNodeConstants[i][0], { value: kNodeConstants[i][1], enumerable: true });
    ObjectDefineProperty(Node.prototype, kNodeConstants[i][0], { value: kNodeConstants[i][1], enumerable: true });
  }
  function cloneOf(s, deep, doc) {
    let copy;
    if (s.type === kElement) {
      copy = newNode(prototypeForTag(s.name), kElement, s.name, doc);
      for (let i = 0; i < s.attrs.length; ++i) Append(copy.attrs, { name: s.attrs[i].name, value: s.attrs[i].value });
    } else if (s.type === kText || s.type === kComment) {
      copy = newNode(s.type === kText ? Text.prototype : Comment.prototype, s.type, s.name, doc);
      copy.data = s.data;
    } else {
      copy = newNode(DocumentFragment.prototype, kFragment, '#document-fragment', doc);
    }
    if (deep) {
      for (let i = 0; i < s.children.length; ++i) {
        const c = cloneOf(s.children[i], true, doc);
        Append(copy.children, c);
        c.parent = copy;
      }
    }
    return copy;
  }

  // ParentNode mixin (DOM 4.2.6): element children, append / prepend / replaceChildren, selectors.
  function defineParentNode(prototype, iface) {
    accessor(prototype, 'children', function () {
      const s = stateOf(this);
      if (s.elementList === null) s.elementList = fillList(new HTMLCollection(kSecret), elementChildren(s));
      return s.elementList;
    });
    accessor(prototype, 'firstElementChild', function () { const e = elementChildren(stateOf(this)); return e.length ? e[0].node : null; });
    accessor(prototype, 'lastElementChild', function () { const e = elementChildren(stateOf(this)); return e.length ? e[e.length - 1].node : null; });
    accessor(prototype, 'childElementCount', function () { return elementChildren(stateOf(this)).length; });
    method(prototype, 'append', function append(...nodes) {
      const s = stateOf(this);
      preInsert(convertNodes(argsOf(nodes), s.type === kDocument ? s : s.doc), s, null, 'append');
    });
    method(prototype, 'prepend', function prepend(...nodes) {
      const s = stateOf(this);
      preInsert(convertNodes(argsOf(nodes), s.type === kDocument ? s : s.doc), s, s.children.length ? s.children[0] : null, 'prepend');
    });
    method(prototype, 'replaceChildren', function replaceChildren(...nodes) {
      const s = stateOf(this);
      const node = convertNodes(argsOf(nodes), s.type === kDocument ? s : s.doc);
      ensurePreInsertionValidity(node, s, null, 'replaceChildren');
      replaceAll(node, s);
    });
    method(prototype, 'querySelector', function querySelector(selectors) {
      host.requireArguments(arguments.length, 1, 'querySelector', iface);
      const list = parseSelectors(StringCtor(selectors), 'querySelector', iface);
      const found = [];
      collect(stateOf(this), list, found, true);
      return found.length ? found[0].node : null;
    });
    method(prototype, 'querySelectorAll', function querySelectorAll(selectors) {
      host.requireArguments(arguments.length, 1, 'querySelectorAll', iface);
      const list = parseSelectors(StringCtor(selectors), 'querySelectorAll', iface);
      const found = [];
      collect(stateOf(this), list, found, false);
      return staticNodeList(found);
    });
    method(prototype, 'getElementsByTagName', function getElementsByTagName(name) {
      host.requireArguments(arguments.length, 1, 'getElementsByTagName', iface);
      const wanted = StringToLower(StringCtor(name));
      const found = [];
      walk(stateOf(this), (e) => { if (wanted === '*' || e.name === wanted) Append(found, e); return false; });
      return staticCollection(found);
    });
    method(prototype, 'getElementsByClassName', function getElementsByClassName(names) {
      host.requireArguments(arguments.length, 1, 'getElementsByClassName', iface);
      const wanted = tokensOf(StringCtor(names));
      const found = [];
      walk(stateOf(this), (e) => {
        const have = tokensOf(attr(e, 'class') || '');
        for (let i = 0; i < wanted.length; ++i) if (indexOf(have, wanted[i]) < 0) return false;
        if (wanted.length) Append(found, e);
        return false;
      });
      return staticCollection(found);
    });
  }
  // Descendant elements in tree order; stops when visit returns true.
  function walk(s, visit) {
    for (let i = 0; i < s.children.length; ++i) {
      const c = s.children[i];
      if (c.type !== kElement) continue;
      if (visit(c)) return true;
      if (walk(c, visit)) return true;
    }
    return false;
  }
  function collect(root, list, found, firstOnly) {
    walk(root, (e) => {
      if (matchesList(e, list, root)) { Append(found, e); return firstOnly; }
      return false;
    });
  }
  // DOM 4.2.8's "viable previous / next sibling": the nearest sibling that is not among the nodes
  // being inserted (they leave their place first).
  function viablePreviousSibling(s, args) {
    let previous = previousSibling(s);
    while (previous !== null && indexOf(args, previous.node) >= 0) previous = previousSibling(previous);
    return previous;
  }
  function viableNextSibling(s, args) {
    let next = nextSibling(s);
    while (next !== null && indexOf(args, next.node) >= 0) next = nextSibling(next);
    return next;
  }
  // ChildNode mixin (DOM 4.2.8).
  function defineChildNode(prototype) {
    method(prototype, 'remove', function remove() { const s = stateOf(this); if (s.parent !== null) removeFromParent(s, false); });
    method(prototype, 'before', function before(...nodes) {
      const s = stateOf(this);
      const parent = s.parent;
      if (parent === null) return;
      const args = argsOf(nodes);
      const previous = viablePreviousSibling(s, args);
      const node = convertNodes(args, s.doc);
      preInsert(node, parent, previous === null ? (parent.children.length ? parent.children[0] : null) : nextSibling(previous), 'before');
    });
    method(prototype, 'after', function after(...nodes) {
      const s = stateOf(this);
      const parent = s.parent;
      if (parent === null) return;
      const args = argsOf(nodes);
      const next = viableNextSibling(s, args);
      preInsert(convertNodes(args, s.doc), parent, next, 'after');
    });
    method(prototype, 'replaceWith', function replaceWith(...nodes) {
      const s = stateOf(this);
      const parent = s.parent;
      if (parent === null) return;
      const args = argsOf(nodes);
      const next = viableNextSibling(s, args);
      const node = convertNodes(args, s.doc);
      if (s.parent === parent) {
        ensurePreInsertionValidity(node, parent, s, 'replaceWith');
        const previous = previousSibling(s);
        removeFromParent(s, true);
        insert(node, parent, next, true);
        queueTreeRecord(parent, node.type === kFragment ? [] : [node], [s], previous, next);
      } else {
        preInsert(node, parent, next, 'replaceWith');
      }
    });
    accessor(prototype, 'previousElementSibling', function () {
      for (let p = previousSibling(stateOf(this)); p !== null; p = previousSibling(p)) if (isElement(p)) return p.node;
      return null;
    });
    accessor(prototype, 'nextElementSibling', function () {
      for (let n = nextSibling(stateOf(this)); n !== null; n = nextSibling(n)) if (isElement(n)) return n.node;
      return null;
    });
  }

  class CharacterData extends Node {
    get data() { return stateOf(this).data; }
    set data(value) { replaceData(stateOf(this), value === null ? '' : StringCtor(value)); }
    get length() { return stateOf(this).data.length; }
    appendData(data) { const s = stateOf(this); replaceData(s, s.data + StringCtor(data)); }
  }
  class Text extends CharacterData {
    constructor(data) {
      const s = newNode(new.target.prototype, kText, '#text', documentState);
      s.data = data === undefined ? '' : StringCtor(data);
      return s.node;
    }
  }
  class Comment extends CharacterData {
    constructor(data) {
      const s = newNode(new.target.prototype, kComment, '#comment', documentState);
      s.data = data === undefined ? '' : StringCtor(data);
      return s.node;
    }
  }
  class DocumentFragment extends Node {
    constructor() { return newNode(new.target.prototype, kFragment, '#document-fragment', documentState).node; }
    getElementById(id) { return byId(stateOf(this), StringCtor(id)); }
  }
  function createText(doc, data) {
    const s = newNode(Text.prototype, kText, '#text', doc);
    s.data = data;
    return s;
  }
  function byId(root, id) {
    let found = null;
    walk(root, (e) => { if (attr(e, 'id') === id) { found = e.node; return true; } return false; });
    return found;
  }

  // ---- Element ----------------------------------------------------------------------------------
  class Element extends Node {
    get tagName() { return StringToUpper(stateOf(this).name); }
    get localName() { return stateOf(this).name; }
    get namespaceURI() { return 'http://www.w3.org/1999/xhtml'; }
    get id() { return attr(stateOf(this), 'id') || ''; }
    set id(value) { setAttr(stateOf(this), 'id', StringCtor(value)); }
    get className() { return attr(stateOf(this), 'class') || ''; }
    set className(value) { setAttr(stateOf(this), 'class', StringCtor(value)); }
    get classList() { const s = stateOf(this); if (s.classList === null) s.classList = makeTokenList(s, 'class'); return s.classList; }
    set classList(value) { this.classList.value = value; }
    getAttribute(name) {
      host.requireArguments(arguments.length, 1, 'getAttribute', 'Element');
      return attr(stateOf(this), StringToLower(StringCtor(name)));
    }
    setAttribute(name, value) {
      host.requireArguments(arguments.length, 2, 'setAttribute', 'Element');
      const s = stateOf(this);
      name = StringCtor(name);
      checkName(name, 'setAttribute', 'Element');
      setAttr(s, StringToLower(name), StringCtor(value));
    }
    removeAttribute(name) {
      host.requireArguments(arguments.length, 1, 'removeAttribute', 'Element');
      removeAttr(stateOf(this), StringToLower(StringCtor(name)));
    }
    hasAttribute(name) {
      host.requireArguments(arguments.length, 1, 'hasAttribute', 'Element');
      return attrIndex(stateOf(this), StringToLower(StringCtor(name))) >= 0;
    }
    toggleAttribute(name, force) {
      host.requireArguments(arguments.length, 1, 'toggleAttribute', 'Element');
      const s = stateOf(this);
      name = StringCtor(name);
      checkName(name, 'toggleAttribute', 'Element');
      name = StringToLower(name);
      const has = attrIndex(s, name) >= 0;
      if (!has && (force === undefined || force)) { setAttr(s, name, ''); return true; }
      if (has && (force === undefined || !force)) { removeAttr(s, name); return false; }
      return has;
    }
    getAttributeNames() { const s = stateOf(this); const names = []; for (let i = 0; i < s.attrs.length; ++i) Append(names, s.attrs[i].name); return names; }
    hasAttributes() { return stateOf(this).attrs.length > 0; }
    get innerHTML() { const s = stateOf(this); return serializeChildren(s.name === 'template' ? templateContents(s) : s); }
    set innerHTML(value) {
      const s = stateOf(this);
      const fragment = parseFragment(value === null ? '' : StringCtor(value), s.doc, s.name);
      replaceAll(fragment, s.name === 'template' ? templateContents(s) : s);
    }
    get outerHTML() { return serialize(stateOf(this)); }
    insertAdjacentHTML(position, text) {
      const s = stateOf(this);
      const fragment = parseFragment(StringCtor(text), s.doc, s.name);
      const where = StringToLower(StringCtor(position));
      if (where === 'beforebegin' || where === 'afterend') {
        if (s.parent === null || s.parent.type === kDocument) {
          throw fail('insertAdjacentHTML', 'Element', 'The element has no parent.', 'NoModificationAllowedError');
        }
        preInsert(fragment, s.parent, where === 'beforebegin' ? s : nextSibling(s), 'insertAdjacentHTML');
      } else if (where === 'afterbegin' || where === 'beforeend') {
        preInsert(fragment, s, where === 'afterbegin' && s.children.length ? s.children[0] : null, 'insertAdjacentHTML');
      } else {
        throw fail('insertAdjacentHTML', 'Element', "The value provided ('" + position + "') is not one of 'beforeBegin', 'afterBegin', 'beforeEnd', or 'afterEnd'.", 'SyntaxError');
      }
    }
    matches(selectors) {
      host.requireArguments(arguments.length, 1, 'matches', 'Element');
      return matchesList(stateOf(this), parseSelectors(StringCtor(selectors), 'matches', 'Element'), null);
    }
    closest(selectors) {
      host.requireArguments(arguments.length, 1, 'closest', 'Element');
      const list = parseSelectors(StringCtor(selectors), 'closest', 'Element');
      for (let n = stateOf(this); n !== null && n.type === kElement; n = n.parent) if (matchesList(n, list, null)) return n.node;
      return null;
    }
  }
  class HTMLElement extends Element {
    get hidden() { return attrIndex(stateOf(this), 'hidden') >= 0; }
    set hidden(value) { if (value) setAttr(stateOf(this), 'hidden', ''); else removeAttr(stateOf(this), 'hidden'); }
    get title() { return attr(stateOf(this), 'title') || ''; }
    set title(value) { setAttr(stateOf(this), 'title', StringCtor(value)); }
    get innerText() { return descendantText(stateOf(this)); }
    set innerText(value) { this.textContent = value; }
    get dataset() { const s = stateOf(this); if (s.dataset === null) s.dataset = makeDataset(s); return s.dataset; }
    get style() { const s = stateOf(this); if (s.style === null) s.style = makeStyle(s); return s.style; }
    set style(value) { this.style.cssText = value; }
    focus() {}
    blur() {}
    // HTML 6.4.4 click(): a synthetic, untrusted click, dispatched now (the "click in progress flag"
    // makes a nested click() on the same element do nothing).
    click() {
      const s = stateOf(this);
      if (s.clicking) return;
      s.clicking = true;
      try {
        fireMouse(s, 'click', false, false);
      } finally {
        s.clicking = false;
      }
    }
  }
  // The HTMLElement interfaces by tag, as Chromium names them (HTMLUnknownElement for the rest).
  const kTagInterfaces = [
    ['HTMLHtmlElement', 'html'], ['HTMLHeadElement', 'head'], ['HTMLBodyElement', 'body'], ['HTMLDivElement', 'div'],
    ['HTMLSpanElement', 'span'], ['HTMLParagraphElement', 'p'], ['HTMLButtonElement', 'button'], ['HTMLAnchorElement', 'a'],
    ['HTMLUListElement', 'ul'], ['HTMLOListElement', 'ol'], ['HTMLLIElement', 'li'], ['HTMLInputElement', 'input'],
    ['HTMLScriptElement', 'script'], ['HTMLStyleElement', 'style'], ['HTMLImageElement', 'img'], ['HTMLBRElement', 'br'],
    ['HTMLHRElement', 'hr'], ['HTMLPreElement', 'pre'], ['HTMLTitleElement', 'title'], ['HTMLFormElement', 'form'],
    ['HTMLLabelElement', 'label'], ['HTMLTextAreaElement', 'textarea'], ['HTMLSelectElement', 'select'],
    ['HTMLOptionElement', 'option'], ['HTMLTableElement', 'table'], ['HTMLCanvasElement', 'canvas'],
    ['HTMLHeadingElement', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'], ['HTMLQuoteElement', 'blockquote', 'q'],
    ['HTMLTemplateElement', 'template'], ['HTMLUnknownElement'],
  ];
  // Elements HTML defines as plain HTMLElement.
  const kPlainHtmlElements = ['section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'b', 'i', 'em', 'strong',
    'small', 'code', 'abbr', 'cite', 'mark', 'figure', 'figcaption', 'address', 'summary', 'u', 's', 'sub', 'sup', 'kbd', 'var'];
  const interfaceByTag = ObjectCreate(null);
  let HTMLUnknownElement = null;
  for (let i = 0; i < kTagInterfaces.length; ++i) {
    const entry = kTagInterfaces[i];
    const name = entry[0];
    const cls = { [name]: class extends HTMLElement {} }[name];
    method(global, name, cls);
    for (let j = 1; j < entry.length; ++j) interfaceByTag[entry[j]] = cls;
    if (name === 'HTMLUnknownElement') HTMLUnknownElement = cls;
  }
  for (let i = 0; i < kPlainHtmlElements.length; ++i) interfaceByTag[kPlainHtmlElements[i]] = HTMLElement;
  function prototypeForTag(name) {
    const cls = interfaceByTag[name];
    if (cls !== undefined) return cls.prototype;
    // A valid custom element name (contains '-') is an HTMLElement; anything else unknown.
    return StringIndexOf(name, '-') > 0 ? HTMLElement.prototype : HTMLUnknownElement.prototype;
  }
  // HTMLInputElement: value, checked (the attributes' reflection, enough for event scripts).
  accessor(global.HTMLInputElement.prototype, 'value', function () { const s = stateOf(this); return s.value !== undefined ? s.value : attr(s, 'value') || ''; },
           function (v) { stateOf(this).value = StringCtor(v); });
  accessor(global.HTMLTemplateElement.prototype, 'content', function () { return templateContents(stateOf(this)).node; }, undefined);
  accessor(global.HTMLButtonElement.prototype, 'disabled', function () { return attrIndex(stateOf(this), 'disabled') >= 0; },
           function (v) { if (v) setAttr(stateOf(this), 'disabled', ''); else removeAttr(stateOf(this), 'disabled'); });

  // ---- DOMTokenList, dataset, style ------------------------------------------------------------
  const kSpace = /[ \t\n\f\r]+/;
  function tokensOf(text) {
    const parts = StringSplit(StringTrim(text), kSpace);
    const tokens = [];
    for (let i = 0; i < parts.length; ++i) if (parts[i] !== '' && indexOf(tokens, parts[i]) < 0) Append(tokens, parts[i]);
    return tokens;
  }
  const tokenLists = new WeakMapCtor();
  function tokenState(self) {
    const t = (self !== null && typeof self === 'object') ? ReflectApply(WeakMapGet, tokenLists, [self]) : undefined;
    if (t === undefined) throw new TypeErrorCtor('Illegal invocation');
    return t;
  }
  function checkToken(token, methodName) {
    if (token === '') throw fail(methodName, 'DOMTokenList', 'The token provided must not be empty.', 'SyntaxError');
    if (RegExpExec(/[ \t\n\f\r]/, token) !== null) {
      throw fail(methodName, 'DOMTokenList', "The token provided ('" + token + "') contains HTML space characters, which are not valid in tokens.", 'InvalidCharacterError');
    }
  }
  // DOM 7.1 "update steps": the attribute is set (a mutation record) unless it is absent and the set empty.
  function updateTokens(t, tokens) {
    if (attrIndex(t.element, t.name) < 0 && tokens.length === 0) return;
    setAttr(t.element, t.name, ArrayJoin(tokens, ' '));
  }
  class DOMTokenList {
    constructor(secret) { if (secret !== kSecret) throw illegal('DOMTokenList'); }
    get length() { const t = tokenState(this); return tokensOf(attr(t.element, t.name) || '').length; }
    get value() { const t = tokenState(this); return attr(t.element, t.name) || ''; }
    set value(v) { const t = tokenState(this); setAttr(t.element, t.name, StringCtor(v)); }
    toString() { return this.value; }
    item(index) { const t = tokenState(this); const tokens = tokensOf(attr(t.element, t.name) || ''); index = index >>> 0; return index < tokens.length ? tokens[index] : null; }
    contains(token) { const t = tokenState(this); return indexOf(tokensOf(attr(t.element, t.name) || ''), StringCtor(token)) >= 0; }
    add(...tokens) {
      const t = tokenState(this);
      const list = tokensOf(attr(t.element, t.name) || '');
      for (let i = 0; i < tokens.length; ++i) checkToken(StringCtor(tokens[i]), 'add');
      for (let i = 0; i < tokens.length; ++i) if (indexOf(list, StringCtor(tokens[i])) < 0) Append(list, StringCtor(tokens[i]));
      updateTokens(t, list);
    }
    remove(...tokens) {
      const t = tokenState(this);
      const list = tokensOf(attr(t.element, t.name) || '');
      for (let i = 0; i < tokens.length; ++i) checkToken(StringCtor(tokens[i]), 'remove');
      for (let i = 0; i < tokens.length; ++i) { const at = indexOf(list, StringCtor(tokens[i])); if (at >= 0) removeAt(list, at); }
      updateTokens(t, list);
    }
    toggle(token, force) {
      const t = tokenState(this);
      token = StringCtor(token);
      checkToken(token, 'toggle');
      const list = tokensOf(attr(t.element, t.name) || '');
      const at = indexOf(list, token);
      if (at >= 0) {
        if (force === undefined || !force) { removeAt(list, at); updateTokens(t, list); return false; }
        return true;
      }
      if (force === undefined || force) { Append(list, token); updateTokens(t, list); return true; }
      return false;
    }
    replace(token, newToken) {
      const t = tokenState(this);
      token = StringCtor(token); newToken = StringCtor(newToken);
      checkToken(token, 'replace'); checkToken(newToken, 'replace');
      const list = tokensOf(attr(t.element, t.name) || '');
      const at = indexOf(list, token);
      if (at < 0) return false;
      const already = indexOf(list, newToken);
      if (already >= 0 && already !== at) removeAt(list, already > at ? already : at);
      list[already >= 0 && already < at ? already : at] = newToken;
      updateTokens(t, list);
      return true;
    }
    forEach(callback, thisArg) {
      const t = tokenState(this);
      const tokens = tokensOf(attr(t.element, t.name) || '');
      for (let i = 0; i < tokens.length; ++i) ReflectApply(callback, thisArg, [tokens[i], i, this]);
    }
  }
  method(DOMTokenList.prototype, Symbol.iterator, function values() {
    const t = tokenState(this);
    return ReflectApply(ArrayIterator, tokensOf(attr(t.element, t.name) || ''), []);
  });
  function makeTokenList(s, name) {
    const list = new DOMTokenList(kSecret);
    ReflectApply(WeakMapSet, tokenLists, [list, { element: s, name }]);
    return list;
  }
  // HTML 3.2.6.6 dataset: data-* attributes as camel-cased properties.
  function camelToData(name) { return 'data-' + StringToLower(StringReplace(name, /[A-Z]/g, (c) => '-' + c)); }
  function dataToCamel(name) { return StringReplace(StringSlice(name, 5), /-([a-z])/g, (m, c) => StringToUpper(c)); }
  function makeDataset(s) {
    return new ProxyCtor(ObjectCreate(null), {
      get(target, key) { return typeof key === 'string' ? (attr(s, camelToData(key)) ?? undefined) : undefined; },
      set(target, key, value) { if (typeof key === 'string') setAttr(s, camelToData(key), StringCtor(value)); return true; },
      has(target, key) { return typeof key === 'string' && attrIndex(s, camelToData(key)) >= 0; },
      deleteProperty(target, key) { if (typeof key === 'string') removeAttr(s, camelToData(key)); return true; },
      ownKeys() {
        const keys = [];
        for (let i = 0; i < s.attrs.length; ++i) if (StringStartsWith(s.attrs[i].name, 'data-')) Append(keys, dataToCamel(s.attrs[i].name));
        return keys;
      },
      getOwnPropertyDescriptor(target, key) {
        const value = typeof key === 'string' ? attr(s, camelToData(key)) : null;
        return value === null ? undefined : { value, writable: true, enumerable: true, configurable: true };
      },
    });
  }
  // The element's inline style as the style attribute's declarations ("color: red; width: 1px;"),
  // read and written through camel-cased properties, setProperty / getPropertyValue / removeProperty
  // and cssText. No cascade, no value parsing.
  function declarationsOf(s) {
    const out = [];
    const parts = StringSplit(attr(s, 'style') || '', ';');
    for (let i = 0; i < parts.length; ++i) {
      const colon = StringIndexOf(parts[i], ':');
      if (colon < 0) continue;
      Append(out, { name: StringTrim(StringSlice(parts[i], 0, colon)), value: StringTrim(StringSlice(parts[i], colon + 1)) });
    }
    return out;
  }
  function writeDeclarations(s, list) {
    let text = '';
    for (let i = 0; i < list.length; ++i) text += (i ? ' ' : '') + list[i].name + ': ' + list[i].value + ';';
    setAttr(s, 'style', text);
  }
  function setDeclaration(s, name, value) {
    const list = declarationsOf(s);
    let at = -1;
    for (let i = 0; i < list.length; ++i) if (list[i].name === name) at = i;
    if (value === '') { if (at >= 0) removeAt(list, at); } else if (at >= 0) list[at].value = value; else Append(list, { name, value });
    writeDeclarations(s, list);
  }
  function getDeclaration(s, name) {
    const list = declarationsOf(s);
    for (let i = 0; i < list.length; ++i) if (list[i].name === name) return list[i].value;
    return '';
  }
  function makeStyle(s) {
    const style = {
      setProperty(name, value) { setDeclaration(s, StringCtor(name), value == null ? '' : StringCtor(value)); },
      getPropertyValue(name) { return getDeclaration(s, StringCtor(name)); },
      removeProperty(name) { const old = getDeclaration(s, StringCtor(name)); setDeclaration(s, StringCtor(name), ''); return old; },
    };
    return new ProxyCtor(style, {
      get(target, key) {
        if (typeof key !== 'string' || ReflectHas(target, key)) return target[key];
        if (key === 'cssText') return attr(s, 'style') || '';
        if (key === 'length') return declarationsOf(s).length;
        return getDeclaration(s, StringToLower(StringReplace(key, /[A-Z]/g, (c) => '-' + c)));
      },
      set(target, key, value) {
        if (typeof key !== 'string') return true;
        if (key === 'cssText') { setAttr(s, 'style', StringCtor(value)); return true; }
        setDeclaration(s, StringToLower(StringReplace(key, /[A-Z]/g, (c) => '-' + c)), value == null ? '' : StringCtor(value));
        return true;
      },
    });
  }

  // ---- selectors ------------------------------------------------------------------------------
  // A selector list parses into [complex], complex = [{ compound, combinator }] right to left.
  const kIdent = /^-?[_A-Za-z\u00A0-\uFFFF][-_A-Za-z0-9\u00A0-\uFFFF]*/;
  function parseSelectors(text, methodName, iface) {
    const invalid = () => fail(methodName, iface, "'" + text + "' is not a valid selector.", 'SyntaxError');
    let pos = 0;
    const skipSpace = () => { let moved = false; while (pos < text.length && RegExpExec(/[ \t\n\r\f]/, text[pos]) !== null) { ++pos; moved = true; } return moved; };
    const ident = () => {
      const m = RegExpExec(kIdent, StringSlice(text, pos));
      if (m === null) throw invalid();
      pos += m[0].length;
      return m[0];
    };
    function compound() {
      const parts = [];
      for (;;) {
        const c = text[pos];
        if (c === '*') { ++pos; Append(parts, { kind: 'any' }); }
        else if (c === '#') { ++pos; Append(parts, { kind: 'id', value: ident() }); }
        else if (c === '.') { ++pos; Append(parts, { kind: 'class', value: ident() }); }
        else if (c === '[') {
          ++pos; skipSpace();
          const name = StringToLower(ident()); skipSpace();
          const m = RegExpExec(/^([~|^$*]?=)/, StringSlice(text, pos));
          if (m === null) {
            if (text[pos] !== ']') throw invalid();
            ++pos;
            Append(parts, { kind: 'attr', name, op: null, value: null });
            continue;
          }
          pos += m[1].length; skipSpace();
          let value;
          if (text[pos] === '"' || text[pos] === "'") {
            const quote = text[pos];
            const end = StringIndexOf(text, quote, pos + 1);
            if (end < 0) throw invalid();
            value = StringSlice(text, pos + 1, end);
            pos = end + 1;
          } else {
            value = ident();
          }
          skipSpace();
          let insensitive = false;
          if (text[pos] === 'i' || text[pos] === 'I') { insensitive = true; ++pos; skipSpace(); }
          if (text[pos] !== ']') throw invalid();
          ++pos;
          Append(parts, { kind: 'attr', name, op: m[1], value, insensitive });
        } else if (c === ':') {
          ++pos;
          if (text[pos] === ':') throw invalid();  // pseudo-elements never match an element
          const name = StringToLower(ident());
          if (name === 'not' || name === 'is' || name === 'where' || name === 'nth-child' || name === 'nth-last-child') {
            if (text[pos] !== '(') throw invalid();
            const close = matchingParen(text, pos);
            if (close < 0) throw invalid();
            const inner = StringSlice(text, pos + 1, close);
            pos = close + 1;
            if (name === 'nth-child' || name === 'nth-last-child') Append(parts, { kind: name, ab: parseNth(inner, invalid) });
            else Append(parts, { kind: name === 'not' ? 'not' : 'is', list: parseSelectors(inner, methodName, iface) });
          } else if (name === 'first-child' || name === 'last-child' || name === 'only-child' || name === 'root' ||
                     name === 'empty' || name === 'scope' || name === 'checked' || name === 'disabled' || name === 'hover' ||
                     name === 'focus' || name === 'active') {
            Append(parts, { kind: 'pseudo', name });
          } else {
            throw invalid();
          }
        } else if (c !== undefined && RegExpExec(kIdent, StringSlice(text, pos)) !== null && parts.length === 0) {
          Append(parts, { kind: 'tag', value: StringToLower(ident()) });
        } else {
          break;
        }
      }
      if (parts.length === 0) throw invalid();
      return parts;
    }
    const list = [];
    skipSpace();
    for (;;) {
      const complex = [];  // left to right while parsing
      let combinator = null;
      for (;;) {
        Append(complex, { compound: compound(), combinator });
        const spaced = skipSpace();
        const c = text[pos];
        if (c === '>' || c === '+' || c === '~') { combinator = c; ++pos; skipSpace(); continue; }
        if (c === ',' || c === undefined) break;
        if (!spaced) throw invalid();
        combinator = ' ';
      }
      Append(list, complex);
      if (text[pos] === ',') { ++pos; skipSpace(); if (pos >= text.length) throw invalid(); continue; }
      break;
    }
    if (pos < text.length) throw invalid();
    return list;
  }
  function matchingParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; ++i) {
      if (text[i] === '(') ++depth;
      else if (text[i] === ')' && --depth === 0) return i;
    }
    return -1;
  }
  function parseNth(text, invalid) {
    const t = StringToLower(StringReplace(text, /\s+/g, ''));
    if (t === 'odd') return [2, 1];
    if (t === 'even') return [2, 0];
    const m = RegExpExec(/^([+-]?\d*)n([+-]\d+)?$/, t);
    if (m !== null) {
      const a = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : NumberCtor(m[1]);
      return [a, m[2] ? NumberCtor(m[2]) : 0];
    }
    if (RegExpExec(/^[+-]?\d+$/, t) !== null) return [0, NumberCtor(t)];
    throw invalid();
  }
  function matchesList(e, list, scope) {
    for (let i = 0; i < list.length; ++i) if (matchesComplex(e, list[i], list[i].length - 1, scope)) return true;
    return false;
  }
  function matchesComplex(e, complex, index, scope) {
    if (!matchesCompound(e, complex[index].compound, scope)) return false;
    if (index === 0) return true;
    const combinator = complex[index].combinator;
    if (combinator === '>') { const p = e.parent; return p !== null && p.type === kElement && matchesComplex(p, complex, index - 1, scope); }
    if (combinator === ' ') {
      for (let p = e.parent; p !== null && p.type === kElement; p = p.parent) if (matchesComplex(p, complex, index - 1, scope)) return true;
      return false;
    }
    if (combinator === '+') {
      let p = previousSibling(e);
      while (p !== null && !isElement(p)) p = previousSibling(p);
      return p !== null && matchesComplex(p, complex, index - 1, scope);
    }
    for (let p = previousSibling(e); p !== null; p = previousSibling(p)) if (isElement(p) && matchesComplex(p, complex, index - 1, scope)) return true;
    return false;
  }
  function elementIndex(e, fromEnd) {
    const siblings = e.parent === null ? [e] : elementChildren(e.parent);
    const i = indexOf(siblings, e);
    return fromEnd ? siblings.length - i : i + 1;
  }
  function matchesCompound(e, parts, scope) {
    for (let i = 0; i < parts.length; ++i) {
      const p = parts[i];
      switch (p.kind) {
        case 'any': break;
        case 'tag': if (e.name !== p.value) return false; break;
        case 'id': if (attr(e, 'id') !== p.value) return false; break;
        case 'class': if (indexOf(tokensOf(attr(e, 'class') || ''), p.value) < 0) return false; break;
        case 'attr': {
          let value = attr(e, p.name);
          if (value === null) return false;
          if (p.op === null) break;
          let wanted = p.value;
          if (p.insensitive) { value = StringToLower(value); wanted = StringToLower(wanted); }
          if (p.op === '=' && value !== wanted) return false;
          if (p.op === '~=' && indexOf(tokensOf(value), wanted) < 0) return false;
          if (p.op === '|=' && value !== wanted && !StringStartsWith(value, wanted + '-')) return false;
          if (p.op === '^=' && (wanted === '' || !StringStartsWith(value, wanted))) return false;
          if (p.op === '$=' && (wanted === '' || !StringEndsWith(value, wanted))) return false;
          if (p.op === '*=' && (wanted === '' || StringIndexOf(value, wanted) < 0)) return false;
          break;
        }
        case 'not': if (matchesList(e, p.list, scope)) return false; break;
        case 'is': if (!matchesList(e, p.list, scope)) return false; break;
        case 'nth-child': case 'nth-last-child': {
          const a = p.ab[0], b = p.ab[1];
          const n = elementIndex(e, p.kind === 'nth-last-child');
          if (a === 0 ? n !== b : ((n - b) / a < 0 || (n - b) % a !== 0)) return false;
          break;
        }
        case 'pseudo':
          if (p.name === 'first-child' && elementIndex(e, false) !== 1) return false;
          if (p.name === 'last-child' && elementIndex(e, true) !== 1) return false;
          if (p.name === 'only-child' && (elementIndex(e, false) !== 1 || elementIndex(e, true) !== 1)) return false;
          if (p.name === 'root' && !(e.parent !== null && e.parent.type === kDocument)) return false;
          if (p.name === 'empty') { for (let j = 0; j < e.children.length; ++j) if (e.children[j].type !== kComment) return false; }
          if (p.name === 'scope' && !(scope === null ? e.parent !== null && e.parent.type === kDocument : e === scope)) return false;
          if (p.name === 'checked' || p.name === 'hover' || p.name === 'focus' || p.name === 'active') return false;
          if (p.name === 'disabled' && attrIndex(e, 'disabled') < 0) return false;
          break;
      }
    }
    return true;
  }

  // ---- HTML fragment parsing and serialisation -------------------------------------------------
  const kVoid = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'];
  const kRawText = ['script', 'style', 'textarea', 'title'];
  // Start tags that close an open <p> (HTML 13.2.6.4.7 "in body": "If the stack of open elements has a p element in button scope, close a p element").
  const kClosesP = ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
    'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
    'table', 'ul', 'li', 'dd', 'dt'];
  const kEntities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', copy: '\u00A9', hellip: '\u2026',
    mdash: '\u2014', ndash: '\u2013', rarr: '\u2192', larr: '\u2190', times: '\u00D7', middot: '\u00B7', laquo: '\u00AB', raquo: '\u00BB' };
  function decodeEntities(text) {
    return StringReplace(text, /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);?/g, (whole, ref) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? NumberCtor('0x' + StringSlice(ref, 2)) : NumberCtor(StringSlice(ref, 1));
        return code > 0 && code <= 0x10FFFF ? FromCodePoint(code) : '\uFFFD';
      }
      const value = kEntities[ref];
      return value === undefined || (typeof value !== 'string') ? whole : value;
    });
  }
  // HTML 13.4 "parsing HTML fragments", the subset: a stack of open elements under the context.
  function parseFragment(html, doc, contextName) {
    const fragment = newNode(DocumentFragment.prototype, kFragment, '#document-fragment', doc);
    const stack = [fragment];
    const current = () => stack[stack.length - 1];
    const append = (s) => { Append(current().children, s); s.parent = current(); };
    const appendText = (text) => {
      if (text === '') return;
      const parent = current();
      const last = parent.children.length ? parent.children[parent.children.length - 1] : null;
      if (last !== null && last.type === kText) last.data += text;
      else append(createText(doc, text));
    };
    // A template's contents stand on the stack for the template (HTML 13.2.6.4.4 "in template").
    const nameOf = (open) => (open.type === kFragment && open.host ? open.host.name : open.name);
    const closeUpTo = (name) => {
      for (let i = stack.length - 1; i > 0; --i) {
        if (nameOf(stack[i]) === name) { stack.length = i; return true; }
      }
      return false;
    };
    if (indexOf(kRawText, contextName) >= 0) {
      appendText(contextName === 'textarea' || contextName === 'title' ? decodeEntities(html) : html);
      return fragment;
    }
    let pos = 0;
    while (pos < html.length) {
      const lt = StringIndexOf(html, '<', pos);
      if (lt < 0) { appendText(decodeEntities(StringSlice(html, pos))); break; }
      if (lt > pos) appendText(decodeEntities(StringSlice(html, pos, lt)));
      pos = lt;
      if (StringStartsWith(html, '<!--', pos)) {
        const end = StringIndexOf(html, '-->', pos + 4);
        const comment = newNode(Comment.prototype, kComment, '#comment', doc);
        comment.data = StringSlice(html, pos + 4, end < 0 ? html.length : end);
        append(comment);
        pos = end < 0 ? html.length : end + 3;
        continue;
      }
      if (StringStartsWith(html, '<!', pos) || StringStartsWith(html, '<?', pos)) {
        const end = StringIndexOf(html, '>', pos);
        pos = end < 0 ? html.length : end + 1;  // a doctype or bogus comment: dropped
        continue;
      }
      const end = RegExpExec(/^<\/([A-Za-z][^\s/>]*)\s*>/, StringSlice(html, pos));
      if (end !== null) {
        const name = StringToLower(end[1]);
        if (name === 'p' && !closeUpTo('p')) append(newElement(doc, 'p'));  // "</p>" without a <p>: an empty p
        else closeUpTo(name);
        pos += end[0].length;
        continue;
      }
      const start = RegExpExec(/^<([A-Za-z][^\s/>]*)/, StringSlice(html, pos));
      if (start === null) { appendText('<'); ++pos; continue; }
      pos += start[0].length;
      const name = StringToLower(start[1]);
      const element = newElement(doc, name);
      // Attributes until '>' (a '/' before it is ignored in HTML, except that void elements are void anyway).
      for (;;) {
        const m = RegExpExec(/^[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/, StringSlice(html, pos));
        if (m === null) break;
        pos += m[0].length;
        const attrName = StringToLower(m[1]);
        const raw = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : '';
        if (attrIndex(element, attrName) < 0) Append(element.attrs, { name: attrName, value: decodeEntities(raw) });
      }
      const close = StringIndexOf(html, '>', pos);
      pos = close < 0 ? html.length : close + 1;
      if (indexOf(kClosesP, name) >= 0) {
        for (let i = stack.length - 1; i > 0; --i) {
          if (nameOf(stack[i]) === 'p') { stack.length = i; break; }
          if (nameOf(stack[i]) === 'button' || nameOf(stack[i]) === 'template') break;
        }
      }
      if (name === 'li' || name === 'dd' || name === 'dt') {
        for (let i = stack.length - 1; i > 0; --i) {
          const open = nameOf(stack[i]);
          if (open === 'template') break;
          if (open === name || (name !== 'li' && (open === 'dd' || open === 'dt'))) { stack.length = i; break; }
          if (open === 'ul' || open === 'ol' || open === 'dl' || (indexOf(kClosesP, open) >= 0 && open !== 'p' && open !== 'div')) break;
        }
      }
      append(element);
      if (indexOf(kVoid, name) >= 0) continue;
      if (indexOf(kRawText, name) >= 0) {
        const closeTag = RegExpExec(new RegExp('</' + name + '\\s*>', 'i'), StringSlice(html, pos));
        const stop = closeTag === null ? html.length : pos + closeTag.index;
        const text = StringSlice(html, pos, stop);
        if (text !== '') {
          const t = createText(doc, name === 'textarea' || name === 'title' ? decodeEntities(text) : text);
          Append(element.children, t);
          t.parent = element;
        }
        pos = closeTag === null ? html.length : stop + closeTag[0].length;
        continue;
      }
      Append(stack, name === 'template' ? templateContents(element) : element);
    }
    return fragment;
  }
  function newElement(doc, name) { return newNode(prototypeForTag(name), kElement, name, doc); }
  // HTML 4.12.3: a template's children live in its own DocumentFragment, not in the tree.
  function templateContents(s) {
    if (s.content === null) {
      s.content = newNode(DocumentFragment.prototype, kFragment, '#document-fragment', s.doc);
      s.content.host = s;
    }
    return s.content;
  }
  function escapeText(text, inAttribute) {
    let out = StringReplace(text, /&/g, '&amp;');
    out = StringReplace(out, /\u00A0/g, '&nbsp;');
    if (inAttribute) return StringReplace(out, /"/g, '&quot;');
    return StringReplace(StringReplace(out, /</g, '&lt;'), />/g, '&gt;');
  }
  // HTML 13.3 "serializing HTML fragments".
  function serializeChildren(s) {
    let out = '';
    for (let i = 0; i < s.children.length; ++i) out += serialize(s.children[i], s);
    return out;
  }
  function serialize(s, parent) {
    if (s.type === kText) return parent && parent.type === kElement && indexOf(kRawText, parent.name) >= 0 && parent.name !== 'textarea' && parent.name !== 'title' ? s.data : escapeText(s.data, false);
    if (s.type === kComment) return '<!--' + s.data + '-->';
    if (s.type !== kElement) return serializeChildren(s);
    let out = '<' + s.name;
    for (let i = 0; i < s.attrs.length; ++i) out += ' ' + s.attrs[i].name + '="' + escapeText(s.attrs[i].value, true) + '"';
    out += '>';
    if (indexOf(kVoid, s.name) >= 0) return out;
    return out + serializeChildren(s.name === 'template' ? templateContents(s) : s) + '</' + s.name + '>';
  }

  // ---- Document and the page -------------------------------------------------------------------
  class Document extends Node {
    constructor() { super(); throw illegal(new.target.name); }
    get documentElement() { const e = elementChildren(stateOf(this)); return e.length ? e[0].node : null; }
    get head() { return childElement(documentElementOf(stateOf(this)), 'head'); }
    get body() { return childElement(documentElementOf(stateOf(this)), 'body'); }
    get title() {
      let found = null;
      walk(stateOf(this), (e) => { if (e.name === 'title') { found = e; return true; } return false; });
      return found === null ? '' : StringTrim(StringReplace(descendantText(found), /[ \t\n\f\r]+/g, ' '));
    }
    get readyState() { return 'complete'; }
    get visibilityState() { return 'visible'; }
    get hidden() { return false; }
    get compatMode() { return 'CSS1Compat'; }
    get characterSet() { return 'UTF-8'; }
    get contentType() { return 'text/html'; }
    get URL() { return global.location.href; }
    get documentURI() { return global.location.href; }
    get defaultView() { return global; }
    get currentScript() { return scriptRunning ? scriptElement.node : null; }
    get activeElement() { return childElement(documentElementOf(stateOf(this)), 'body'); }
    getElementById(id) {
      host.requireArguments(arguments.length, 1, 'getElementById', 'Document');
      return byId(stateOf(this), StringCtor(id));
    }
    createElement(name) {
      host.requireArguments(arguments.length, 1, 'createElement', 'Document');
      name = StringCtor(name);
      if (RegExpExec(kElementName, name) === null) {
        throw fail('createElement', 'Document', "The tag name provided ('" + name + "') is not a valid name.", 'InvalidCharacterError');
      }
      return newElement(stateOf(this), StringToLower(name)).node;
    }
    createTextNode(data) {
      host.requireArguments(arguments.length, 1, 'createTextNode', 'Document');
      return createText(stateOf(this), StringCtor(data)).node;
    }
    createComment(data) {
      host.requireArguments(arguments.length, 1, 'createComment', 'Document');
      const s = newNode(Comment.prototype, kComment, '#comment', stateOf(this));
      s.data = StringCtor(data);
      return s.node;
    }
    createDocumentFragment() { return newNode(DocumentFragment.prototype, kFragment, '#document-fragment', stateOf(this)).node; }
    hasFocus() { return true; }
  }
  function documentElementOf(s) { const e = elementChildren(s); return e.length ? e[0] : null; }
  function childElement(parent, name) {
    if (parent === null) return null;
    const e = elementChildren(parent);
    for (let i = 0; i < e.length; ++i) if (e[i].name === name) return e[i].node;
    return null;
  }
  class HTMLDocument extends Document {}

  defineParentNode(Element.prototype, 'Element');
  defineParentNode(Document.prototype, 'Document');
  defineParentNode(DocumentFragment.prototype, 'DocumentFragment');
  defineChildNode(Element.prototype);
  defineChildNode(CharacterData.prototype);
  const kElementHandlers = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'change',
    'focus', 'blur', 'keydown', 'keyup', 'load', 'error', 'submit'];
  for (let i = 0; i < kElementHandlers.length; ++i) {
    host.events.defineHandler(HTMLElement.prototype, kElementHandlers[i], null);
    host.events.defineHandler(Document.prototype, kElementHandlers[i], null);
  }
  // The constructors the page exposes; Node, Element, Document and the lists cannot be constructed.
  const kExposed = [['Node', Node], ['CharacterData', CharacterData], ['Text', Text], ['Comment', Comment],
    ['DocumentFragment', DocumentFragment], ['Element', Element], ['HTMLElement', HTMLElement], ['Document', Document],
    ['HTMLDocument', HTMLDocument], ['NodeList', NodeList], ['HTMLCollection', HTMLCollection], ['DOMTokenList', DOMTokenList],
    ['MutationObserver', MutationObserver], ['MutationRecord', MutationRecord]];
  for (let i = 0; i < kExposed.length; ++i) method(global, kExposed[i][0], kExposed[i][1]);
  for (let i = 0; i < kExposed.length; ++i) {
    ObjectDefineProperty(kExposed[i][1].prototype, Symbol.toStringTag, { value: kExposed[i][0], configurable: true });
  }
  for (let i = 0; i < kTagInterfaces.length; ++i) {
    const name = kTagInterfaces[i][0];
    ObjectDefineProperty(global[name].prototype, Symbol.toStringTag, { value: name, configurable: true });
  }

  // The page: <html><head></head><body><script src=…></script></body></html>.
  const documentState = newNode(HTMLDocument.prototype, kDocument, '#document', null);
  documentState.doc = documentState;
  const html = newElement(documentState, 'html');
  const head = newElement(documentState, 'head');
  const body = newElement(documentState, 'body');
  const scriptElement = newElement(documentState, 'script');
  const scriptUrl = host.scriptUrl;
  Append(scriptElement.attrs, { name: 'src', value: StringSlice(scriptUrl, call(String.prototype.lastIndexOf)(scriptUrl, '/') + 1) });
  Append(documentState.children, html); html.parent = documentState;
  Append(html.children, head); head.parent = html;
  Append(html.children, body); body.parent = html;
  Append(body.children, scriptElement); scriptElement.parent = body;
  let scriptRunning = true;
  ObjectDefineProperty(global, 'document', { get() { return documentState.node; }, configurable: false, enumerable: true });

  // HTML 7.2.2.3 named access on the Window object: an element with an id is a global property
  // unless a real property shadows it (several with the same id: an HTMLCollection). As in Blink,
  // the window's prototype chain holds a named properties object; here a Proxy.
  function namedElements(name) {
    const found = [];
    walk(documentState, (e) => { if (attr(e, 'id') === name) Append(found, e); return false; });
    return found;
  }
  const ReflectGet = Reflect.get;
  const namedProperties = new ProxyCtor(ObjectCreate(Object.getPrototypeOf(global)), {
    has(target, key) { return ReflectHas(target, key) || (typeof key === 'string' && key !== '' && namedElements(key).length > 0); },
    get(target, key, receiver) {
      if (typeof key === 'string' && key !== '' && !ReflectHas(target, key)) {
        const found = namedElements(key);
        if (found.length === 1) return found[0].node;
        if (found.length > 1) return staticCollection(found);
      }
      return ReflectGet(target, key, receiver);
    },
  });
  ObjectSetPrototypeOf(global, namedProperties);

  // DOM 2.9 "get the parent": a node's parent; the document's is the window (except for `load`).
  host.events.parentOf = function parentOf(target, type) {
    const s = maybeState(target);
    if (s === undefined) return null;
    if (s.parent !== null) return s.parent.node;
    return s.type === kDocument && type !== 'load' ? global : null;
  };
  host.events.onListenersChanged = function onListenersChanged(target) {
    // The window's listeners too: the snapshot marks what they listen through.
    if (target === global) host.pageChanged();
    const s = maybeState(target);
    if (s !== undefined) pageChanged(s);
  };

  // A mouse event of `type` at element s (clientX/Y 0: the page has no layout).
  function fireMouse(s, type, trusted, emptyStack) {
    const init = { bubbles: true, cancelable: true, composed: true,
                   view: global, detail: type === 'click' || type === 'mousedown' || type === 'mouseup' ? 1 : 0,
                   button: 0, buttons: type === 'mousedown' || type === 'pointerdown' ? 1 : 0,
                   pointerId: type === 'click' && !trusted ? -1 : 1, pointerType: type === 'click' && !trusted ? '' : 'mouse',
                   isPrimary: trusted };
    const isPointer = type === 'click' || type === 'pointerdown' || type === 'pointerup';
    const event = isPointer ? new PointerEvent(type, init) : new MouseEvent(type, init);
    return dispatch(s.node, event, { emptyStack, trusted });
  }
  function nodeById(id) {
    let found = null;
    if (documentState.id === id) return documentState;
    walk(documentState, (e) => { if (e.id === id) { found = e; return true; } return false; });
    return found;
  }
  // The page's elements as text for the Page panel, one line per element in tree order:
  // depth \t node id \t label (tag#id.class…) \t text preview \t 1 if it (or an ancestor) has a listener
  function snapshot() {
    const lines = [];
    const visit = (s, depth, listened) => {
      const types = host.events.listenerTypes(s.node);
      const mine = types.length > 0;
      let label = s.name;
      const id = attr(s, 'id');
      if (id) label += '#' + id;
      const classes = tokensOf(attr(s, 'class') || '');
      for (let i = 0; i < classes.length; ++i) label += '.' + classes[i];
      let text = '';
      for (let i = 0; i < s.children.length; ++i) if (s.children[i].type === kText) text += s.children[i].data;
      text = StringTrim(StringReplace(text, /[\t\n\r]+/g, ' '));
      if (text.length > 40) text = StringSlice(text, 0, 39) + '\u2026';
      Append(lines, depth + '\t' + s.id + '\t' + label + '\t' + text + '\t' + (mine ? 'L' : listened ? 'l' : '-') +
                    '\t' + ArrayJoin(types, ','));
      for (let i = 0; i < s.children.length; ++i) if (isElement(s.children[i])) visit(s.children[i], depth + 1, listened || mine);
    };
    const root = elementChildren(documentState);
    for (let i = 0; i < root.length; ++i) visit(root[i], 0, host.events.listenerTypes(global).length > 0);
    return ArrayJoin(lines, '\n');
  }
  host.dom = {
    // The user pressed / released the mouse over element `id` (a user-interaction task each):
    // trusted events, a checkpoint after every listener. False if there is no such element.
    userPress(id) {
      const s = nodeById(id);
      if (s === null || s.type !== kElement) return false;
      fireMouse(s, 'pointerdown', true, true);
      fireMouse(s, 'mousedown', true, true);
      return true;
    },
    userRelease(id) {
      const s = nodeById(id);
      if (s === null || s.type !== kElement) return false;
      fireMouse(s, 'pointerup', true, true);
      fireMouse(s, 'mouseup', true, true);
      fireMouse(s, 'click', true, true);
      return true;
    },
    // The element a CLI --click selector names (0: none), looked up when the click happens.
    findNode(selectors) {
      try {
        const list = parseSelectors(StringCtor(selectors), 'querySelector', 'Document');
        const found = [];
        collect(documentState, list, found, true);
        return found.length ? found[0].id : 0;
      } catch (error) {
        return -1;
      }
    },
    snapshot,
    scriptEnded() { scriptRunning = false; },
    // Every event type something in the page listens for (nodes of the document and the window), comma-separated.
    listenedTypes() {
      const types = host.events.listenerTypes(global);
      const add = (s) => { const t = host.events.listenerTypes(s.node); for (let i = 0; i < t.length; ++i) Append(types, t[i]); };
      add(documentState);
      walk(documentState, (e) => { add(e); return false; });
      return ArrayJoin(types, ',');
    },
  };
})
