// Loopscope instrumenter.
//
// Rewrites a user's classic script so that every function reports to the runtime's `__ls` object:
//
//   function f(a) { "use strict"; BODY }
//     -> function f(a) { "use strict"; __ls.enter(ID); try { BODY } finally { __ls.exit(ID); } }
//   x => e                 -> x => { __ls.enter(ID); try { return e; } finally { __ls.exit(ID); } }
//   await X                -> await __ls.awaiting(ID, X)
//   yield X / yield* X     -> __ls.resumed(ID, yield __ls.yielding(ID, X))      (bare: void 0)
//   with {lines: true}, every statement of a statement list (script, block, function body,
//   switch case; directives excepted) is preceded by `__ls.line(LINE);`, its 1-based start line:
//   the runtime learns on which line each frame made its calls.
//
// The contract with the C++ runtime (runtime/instrument/README.md):
//   - loaded as a classic script after acorn/dist/acorn.js into a plain V8 context;
//   - `loopscopeInstrument(source, options)` returns a JSON string (options: {lines: bool}), either
//       {"ok":true,"code":"...","map":[0,0,12, ...],"functions":[{"name":"main","line":3,"column":1}, ...]}
//     (function id = index in `functions` + 1; line and column are 1-based; `map` lists the
//     stretches of `code` copied from the source as [code offset, source offset, length] triples,
//     UTF-16 units, so positions in the rewritten code map back to the user's), or
//       {"ok":false,"message":"Unexpected token (3:7)","line":3,"column":8}.
//   - it never throws.
//
// Why it is built the way it is:
//   - Lines are preserved: the output is the original text with insertions spliced in at AST node
//     offsets. No inserted text contains a line terminator, so every original token stays on its
//     line and V8's error positions (line numbers) still point at the user's source.
//   - Nothing may change what the script observes. All inserted calls return their argument, no
//     extra promise is created (so no extra microtask ticks), parameters are untouched (fn.length,
//     defaults and `arguments` stay identical), and the directive prologue stays first.
//   - Wrapping a body in `try {}` moves its top-level declarations into a block. That is invisible
//     except in three spots that we repair: a top-level function declaration that is also declared
//     with `var` (legal in a function body, an early error in a block: the `var` becomes an
//     assignment), duplicate top-level function declarations (an early error in a strict block:
//     all but the last, which wins anyway, become expressions), and a directive without `;`.
(function (root) {
  'use strict';

  var kAnonymous = '(anonymous)';

  function getAcorn() {
    if (root.acorn && typeof root.acorn.parse === 'function') return root.acorn;
    if (typeof require === 'function') return require('acorn');
    throw new Error('acorn is not loaded');
  }

  // ---------------------------------------------------------------------------------------------
  // Names, as V8's SharedFunctionInfo::DebugName (what DevTools shows in the Call Stack) gives them:
  // the spec name when there is one, otherwise the name V8's FuncNameInferrer guessed.
  // ---------------------------------------------------------------------------------------------

  function unwrapParens(node) {
    while (node && node.type === 'ParenthesizedExpression') node = node.expression;
    return node;
  }

  function isArrayIndex(s) {
    return /^(0|[1-9][0-9]*)$/.test(s) && Number(s) < 4294967295;
  }

  function literalName(lit) {
    if (lit.regex) return lit.raw;
    if (lit.bigint != null) {
      try { return String(BigInt(lit.bigint)); } catch (e) { return lit.bigint; }
    }
    return String(lit.value);
  }

  // The property name of an object-literal property, class member or field; null when it is only
  // known at run time (a computed key that is not a literal).
  function keyName(member) {
    var key = member.key;
    if (!member.computed) {
      if (key.type === 'Identifier') return key.name;
      if (key.type === 'PrivateIdentifier') return '#' + key.name;
      if (key.type === 'Literal') return literalName(key);
      return null;
    }
    key = unwrapParens(key);
    if (key.type === 'Literal') return literalName(key);
    if (key.type === 'TemplateLiteral' && key.expressions.length === 0) {
      return key.quasis[0].value.cooked;
    }
    // Well-known symbols: the function's name becomes "[Symbol.iterator]".
    if (key.type === 'MemberExpression' && !key.computed && key.object.type === 'Identifier' &&
        key.object.name === 'Symbol' && key.property.type === 'Identifier') {
      return '[Symbol.' + key.property.name + ']';
    }
    return null;
  }

  // The name V8 infers for a function assigned to `target` (`x = ...`, `a.b.c = ...`). V8 joins
  // the member path with dots, leaves out `this` and `prototype`, writes computed keys other than
  // strings as "<computed>", and inside a capitalised function or method F (a constructor by
  // convention; not an arrow) prefixes F: `function Foo() { this.bar = function () {} }` gives
  // "Foo.bar".
  function targetName(target, enclosingName) {
    // A parenthesised target, `(x) = function () {}`, gives no name at all.
    if (!target) return null;
    if (target.type === 'Identifier') return target.name;
    if (target.type !== 'MemberExpression') return null;
    var parts = [];
    var node = target;
    while (node && node.type === 'MemberExpression') {
      var part;
      var prop = node.property;
      if (!node.computed) {
        part = prop.type === 'PrivateIdentifier' ? '#' + prop.name : prop.name;
      } else {
        prop = unwrapParens(prop);
        if (prop.type === 'Literal' && typeof prop.value === 'string' && !isArrayIndex(prop.value)) {
          part = prop.value;
        } else {
          part = '<computed>';
        }
      }
      if (part !== 'prototype') parts.unshift(part);
      node = unwrapParens(node.object);
    }
    if (node && node.type === 'Identifier') parts.unshift(node.name);
    if (enclosingName && /^[A-Z]/.test(enclosingName)) parts.unshift(enclosingName);
    return parts.length ? parts.join('.') : null;
  }

  // Hands an inferred name down to the function or class `expr` evaluates to (looking through
  // parentheses, and, as V8's inferrer does, through ?:, logical operators, the last operand of a
  // comma expression and array elements; not into call arguments).
  function setNameHint(expr, name) {
    if (name == null) return;
    expr = unwrapParens(expr);
    if (!expr) return;
    switch (expr.type) {
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ClassExpression':
        if (expr.lsName == null) expr.lsName = name;
        break;
      case 'ConditionalExpression':
        setNameHint(expr.consequent, name);
        setNameHint(expr.alternate, name);
        break;
      case 'LogicalExpression':
        setNameHint(expr.left, name);
        setNameHint(expr.right, name);
        break;
      case 'SequenceExpression':
        setNameHint(expr.expressions[expr.expressions.length - 1], name);
        break;
      case 'ArrayExpression':
        for (var i = 0; i < expr.elements.length; i++) {
          if (expr.elements[i]) setNameHint(expr.elements[i], name);
        }
        break;
      case 'AssignmentExpression':
        // `a.x = a.y = function () {}`: V8 names it "a.x.a.y".
        if (expr.operator === '=' && expr.lsChainName == null) expr.lsChainName = name;
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The rewriter
  // ---------------------------------------------------------------------------------------------

  // Edit kinds at one offset are applied in this order: closing texts (innermost construct
  // first), then opening texts (outermost first), then replacements of original text.
  var kClose = 0;
  var kOpen = 1;
  var kReplace = 2;

  // Statements that can end by automatic semicolon insertion. When such a statement ends exactly
  // where we append a closing `)`, we add a `;`: the statement used to end with a restricted
  // production (`yield`, `x++`) or an arrow function, and the next line might otherwise continue
  // our call expression.
  var kAsiStatements = {
    ExpressionStatement: true, VariableDeclaration: true, ReturnStatement: true,
    ThrowStatement: true, PropertyDefinition: true
  };

  function Rewriter(source, options) {
    this.source = source;
    this.markLines = !!(options && options.lines);
    // Function ids start here (several files of one run share one id space).
    this.firstId = (options && options.firstId) || 1;
    // The global the rewritten code reports to; the runtime picks a fresh name per run so that no
    // script's own identifiers can collide with it.
    this.hook = (options && options.hookName) || '__ls';
    this.edits = [];
    this.functions = [];
    this.asiEnds = [];
    this.seq = 0;
    this.ctx = null;
  }

  // 1-based line and column (in UTF-16 code units, as V8 counts them) of a source offset. Lines
  // end at \n, \r\n, \r, U+2028 and U+2029, as in ECMAScript.
  Rewriter.prototype.lineColumn = function (offset) {
    var starts = this.lineStarts;
    if (!starts) {
      starts = this.lineStarts = [0];
      var re = /\r\n?|[\n\u2028\u2029]/g;
      var m;
      while ((m = re.exec(this.source)) !== null) starts.push(m.index + m[0].length);
    }
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };

  Rewriter.prototype.addEdit = function (pos, end, text, kind, seq) {
    this.edits.push({ pos: pos, end: end, text: text, kind: kind, seq: seq });
  };

  Rewriter.prototype.open = function (pos, text, seq) { this.addEdit(pos, pos, text, kOpen, seq); };

  // Visits the statements of a statement list from `first` on, each preceded (with markLines) by
  // `__ls.line(LINE);`. Its sequence number is taken before the statement's own, so an edit the
  // statement opens at the same offset (a `yield` statement's `__ls.resumed(`) comes after it.
  // `listStart` is the offset just inside the list (after a block's `{`, a case's `:`), or -1.
  // A statement that starts a line keeps that line as written: its marker goes at the end of what
  // precedes it (the previous statement, with a `;` if that one relied on ASI, or the list's
  // opening) — the same point of execution — so that a line Node quotes for an uncaught error
  // (its source line and caret) shows no instrumentation. On a shared line it stays in front.
  Rewriter.prototype.visitStatements = function (stmts, first, listStart) {
    for (var i = 0; i < stmts.length; i++) {
      if (i >= first && this.markLines) {
        var line = this.lineColumn(stmts[i].start).line;
        var marker = this.hook + '.line(' + line + ');';
        var before = i > 0 ? stmts[i - 1].end : (listStart === undefined ? -1 : listStart);
        if (before >= 0 && this.lineColumn(before).line < line) {
          var asi = i > 0 && this.source.charCodeAt(before - 1) !== 59 /* ; */;
          this.open(before, (asi ? ';' : '') + marker, this.seq++);
        } else {
          this.open(stmts[i].start, marker, this.seq++);
        }
      }
      this.visit(stmts[i]);
    }
  };

  // The offset just after the `:` that ends a switch case's head, scanning from `from` over
  // white space and comments; -1 if there is none (never for acorn's output).
  Rewriter.prototype.afterColon = function (from) {
    var src = this.source;
    for (var i = from; i < src.length;) {
      var c = src.charCodeAt(i);
      if (c === 58 /* : */) return i + 1;
      if (c === 47 /* / */ && src.charCodeAt(i + 1) === 47) {
        while (i < src.length && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42 /* * */) {
        var close = src.indexOf('*/', i + 2);
        if (close < 0) return -1;
        i = close + 2;
      } else {
        i++;
      }
    }
    return -1;
  };

  // The index of the first statement after the directive prologue ("use strict"…).
  function firstAfterDirectives(stmts) {
    var k = 0;
    while (k < stmts.length && stmts[k].type === 'ExpressionStatement' && typeof stmts[k].directive === 'string') k++;
    return k;
  }
  Rewriter.prototype.close = function (pos, text, seq) { this.addEdit(pos, pos, text, kClose, seq); };

  // Visits children in source order. Keys that hold no code worth visiting are left out.
  var kChildKeys = {
    Program: ['body'],
    ExpressionStatement: ['expression'],
    BlockStatement: ['body'],
    StaticBlock: ['body'],
    EmptyStatement: [],
    DebuggerStatement: [],
    WithStatement: ['object', 'body'],
    ReturnStatement: ['argument'],
    LabeledStatement: ['body'],
    BreakStatement: [],
    ContinueStatement: [],
    IfStatement: ['test', 'consequent', 'alternate'],
    SwitchStatement: ['discriminant', 'cases'],
    SwitchCase: ['test', 'consequent'],
    ThrowStatement: ['argument'],
    TryStatement: ['block', 'handler', 'finalizer'],
    CatchClause: ['param', 'body'],
    WhileStatement: ['test', 'body'],
    DoWhileStatement: ['body', 'test'],
    ForStatement: ['init', 'test', 'update', 'body'],
    ForInStatement: ['left', 'right', 'body'],
    ForOfStatement: ['left', 'right', 'body'],
    VariableDeclaration: ['declarations'],
    VariableDeclarator: ['id', 'init'],
    ClassBody: ['body'],
    ThisExpression: [],
    Super: [],
    Identifier: [],
    PrivateIdentifier: [],
    Literal: [],
    MetaProperty: [],
    ArrayExpression: ['elements'],
    ObjectExpression: ['properties'],
    UnaryExpression: ['argument'],
    UpdateExpression: ['argument'],
    BinaryExpression: ['left', 'right'],
    LogicalExpression: ['left', 'right'],
    AssignmentExpression: ['left', 'right'],
    ChainExpression: ['expression'],
    ConditionalExpression: ['test', 'consequent', 'alternate'],
    CallExpression: ['callee', 'arguments'],
    NewExpression: ['callee', 'arguments'],
    SequenceExpression: ['expressions'],
    TemplateLiteral: ['expressions'],
    TaggedTemplateExpression: ['tag', 'quasi'],
    TemplateElement: [],
    ObjectPattern: ['properties'],
    ArrayPattern: ['elements'],
    RestElement: ['argument'],
    AssignmentPattern: ['left', 'right'],
    ImportExpression: ['source', 'options'],
    ParenthesizedExpression: ['expression'],
    SpreadElement: ['argument']
  };

  Rewriter.prototype.visitChildren = function (node) {
    var keys = kChildKeys[node.type];
    if (!keys) {
      // A node type this table does not know (a newer acorn): visit every child generically.
      keys = [];
      for (var k in node) {
        if (k !== 'loc' && k !== 'type' && node[k] && typeof node[k] === 'object') keys.push(k);
      }
    }
    for (var i = 0; i < keys.length; i++) {
      var child = node[keys[i]];
      if (!child) continue;
      if (Array.isArray(child)) {
        for (var j = 0; j < child.length; j++) if (child[j]) this.visit(child[j]);
      } else if (typeof child.type === 'string') {
        this.visit(child);
      }
    }
  };

  Rewriter.prototype.visit = function (node) {
    var type = node.type;
    // Leaves are most of the tree and never need an edit.
    if (type === 'Identifier' || type === 'Literal' || type === 'ThisExpression' ||
        type === 'TemplateElement' || type === 'EmptyStatement' || type === 'Super' ||
        type === 'PrivateIdentifier' || type === 'BreakStatement' ||
        type === 'ContinueStatement') {
      return;
    }
    var seq = this.seq++;
    if (kAsiStatements[type] && this.source.charCodeAt(node.end - 1) !== 59 /* ; */ &&
        !node.lsInForHead) {
      this.asiEnds.push({ pos: node.end, seq: seq });
    }
    switch (type) {
      case 'BlockStatement':
        this.visitStatements(node.body, 0, node.start + 1);
        return;

      case 'SwitchCase':
        if (node.test) this.visit(node.test);
        // `case X:` / `default:` — the head's colon, after the test or the keyword.
        this.visitStatements(node.consequent, 0, this.afterColon(node.test ? node.test.end : node.start + 7));
        return;

      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.visitFunction(node, seq);
        return;

      case 'ClassDeclaration':
      case 'ClassExpression':
        this.visitClass(node);
        return;

      case 'StaticBlock': {
        // A class static block is its own var scope (not instrumented: V8 runs it as part of the
        // class definition).
        var saved = this.ctx;
        this.ctx = { id: 0, vars: [], enclosingName: null, parent: saved };
        this.visitChildren(node);
        this.ctx = saved;
        return;
      }

      case 'VariableDeclaration':
        if (node.kind === 'var') this.ctx.vars.push(node);
        break;

      case 'VariableDeclarator':
        if (node.init && node.id.type === 'Identifier') setNameHint(node.init, node.id.name);
        break;

      case 'AssignmentExpression':
        if (node.operator === '=' || node.operator === '||=' || node.operator === '&&=' ||
            node.operator === '??=') {
          var tname = targetName(node.left, this.ctx.enclosingName);
          var ltarget = unwrapParens(node.left);
          if (tname != null && node.lsChainName != null && ltarget.type === 'MemberExpression' &&
              /\./.test(node.lsChainName)) {
            tname = node.lsChainName + '.' + tname;
          }
          setNameHint(node.right, tname);
        }
        break;

      case 'AssignmentPattern':
        if (node.left.type === 'Identifier') setNameHint(node.right, node.left.name);
        break;

      case 'ForStatement':
        if (node.init && node.init.type === 'VariableDeclaration') node.init.lsInForHead = 'init';
        break;

      case 'ForInStatement':
      case 'ForOfStatement':
        if (node.left.type === 'VariableDeclaration') node.left.lsInForHead = 'in-of';
        break;

      case 'Property':
        if (node.computed) this.visit(node.key);
        if (node.value.type === 'FunctionExpression' && (node.method || node.kind !== 'init')) {
          node.value.lsLocNode = node;
        }
        if (!(node.key.type === 'Identifier' && node.key.name === '__proto__' && !node.computed &&
              !node.method && !node.shorthand && node.kind === 'init')) {
          var pname = keyName(node);
          if (pname == null) pname = kAnonymous;
          else if (node.kind === 'get' || node.kind === 'set') pname = node.kind + ' ' + pname;
          setNameHint(node.value, pname);
        }
        this.visit(node.value);
        return;

      case 'MemberExpression':
        this.visit(node.object);
        if (node.computed) this.visit(node.property);
        return;

      case 'AwaitExpression': {
        var owner = this.ctx.id;
        this.functions[owner - this.firstId].awaits++;
        this.open(node.argument.start, this.hook + '.awaiting(' + owner + ', ', seq);
        this.close(node.argument.end, ')', seq);
        break;
      }

      case 'YieldExpression': {
        var gen = this.ctx.id;
        this.functions[gen - this.firstId].yields++;
        this.open(node.start, this.hook + '.resumed(' + gen + ', ', seq);
        if (node.argument) {
          this.open(node.argument.start, this.hook + '.yielding(' + gen + ', ', seq);
          this.close(node.argument.end, '))', seq);
        } else {
          this.close(node.end, ' ' + this.hook + '.yielding(' + gen + ', void 0))', seq);
        }
        break;
      }

      default:
        break;
    }
    this.visitChildren(node);
  };

  Rewriter.prototype.visitClass = function (node) {
    var className = node.id ? node.id.name : (node.lsName != null ? node.lsName : kAnonymous);
    if (node.superClass) this.visit(node.superClass);
    var members = node.body.body;
    for (var i = 0; i < members.length; i++) {
      var m = members[i];
      var memberSeq = this.seq++;
      if (m.type === 'MethodDefinition') {
        var name;
        if (m.kind === 'constructor') {
          name = className;
        } else {
          name = keyName(m);
          if (name == null) name = kAnonymous;
          else if (m.kind === 'get' || m.kind === 'set') name = m.kind + ' ' + name;
        }
        if (m.computed) this.visit(m.key);
        m.value.lsName = name;
        m.value.lsLocNode = m;
        this.visit(m.value);
      } else if (m.type === 'PropertyDefinition') {
        if (m.computed) this.visit(m.key);
        if (m.value) {
          var fieldName = keyName(m);
          setNameHint(m.value, fieldName == null ? kAnonymous : fieldName);
          this.visit(m.value);
        }
        if (m.value && this.source.charCodeAt(m.end - 1) !== 59) {
          this.asiEnds.push({ pos: m.end, seq: memberSeq });
        }
      } else {
        this.visit(m);
      }
    }
  };

  function patternNames(pattern, out) {
    if (!pattern) return;
    switch (pattern.type) {
      case 'Identifier': out.push(pattern.name); break;
      case 'ObjectPattern':
        for (var i = 0; i < pattern.properties.length; i++) {
          var p = pattern.properties[i];
          patternNames(p.type === 'RestElement' ? p.argument : p.value, out);
        }
        break;
      case 'ArrayPattern':
        for (var j = 0; j < pattern.elements.length; j++) patternNames(pattern.elements[j], out);
        break;
      case 'RestElement': patternNames(pattern.argument, out); break;
      case 'AssignmentPattern': patternNames(pattern.left, out); break;
      default: break;
    }
  }

  Rewriter.prototype.visitFunction = function (node, seq) {
    var id = this.firstId + this.functions.length;
    node.lsSeq = seq;
    var name;
    if (node.id) name = node.id.name;
    else if (node.lsName != null && node.lsName !== '') name = node.lsName;
    else name = kAnonymous;
    var locNode = node.lsLocNode || node;
    var lc = this.lineColumn(locNode.start);
    this.functions.push({
      name: name,
      line: lc.line,
      column: lc.column,
      start: locNode.start,
      end: node.end,
      async: !!node.async,
      generator: !!node.generator,
      awaits: 0,
      yields: 0
    });

    var enclosingName = node.type === 'ArrowFunctionExpression' ? null : name;
    var saved = this.ctx;
    var ctx = { id: id, vars: [], enclosingName: enclosingName, parent: saved };
    this.ctx = ctx;

    for (var i = 0; i < node.params.length; i++) this.visit(node.params[i]);

    var enter = this.hook + '.enter(' + id + ');';
    var exit = this.hook + '.exit(' + id + ');';
    var body = node.body;
    if (node.type === 'ArrowFunctionExpression' && node.expression) {
      this.open(body.start, '{ ' + enter + ' try { return ', seq);
      this.visit(body);
      this.close(body.end, '; } finally { ' + exit + ' } }', seq);
    } else {
      var stmts = body.body;
      var k = firstAfterDirectives(stmts);
      this.visitStatements(stmts, k, body.start + 1);
      var prefix = '';
      var at = body.start + 1;
      if (k > 0) {
        at = stmts[k - 1].end;
        if (this.source.charCodeAt(at - 1) !== 59) prefix = ';';
      }
      var hoisted = this.repairBlockScoping(stmts, k, ctx);
      var head = prefix + ' ' + enter + ' ' + hoisted + 'try {';
      var tail = ' } finally { ' + exit + ' } ';
      if (at === body.end - 1) {
        // Nothing to wrap: one edit, so that no other edit at this offset can come in between.
        this.open(at, head + tail, seq);
      } else {
        this.open(at, head, seq);
        this.close(body.end - 1, tail, seq);
      }
    }
    this.ctx = saved;
  };

  // The body's statements move into a `try` block; repairs the declarations whose meaning differs
  // between a function body and a block (see the header). Returns text to insert before `try`.
  Rewriter.prototype.repairBlockScoping = function (stmts, first, ctx) {
    var funcsByName = Object.create(null);
    var any = false;
    for (var i = first; i < stmts.length; i++) {
      var st = stmts[i];
      if (st.type === 'FunctionDeclaration') {
        (funcsByName[st.id.name] || (funcsByName[st.id.name] = [])).push(st);
        any = true;
      }
    }
    if (!any) return '';

    // Duplicates: the last declaration wins the hoisting, the earlier ones are unreachable.
    for (var fname in funcsByName) {
      var decls = funcsByName[fname];
      for (var d = 0; d < decls.length - 1; d++) {
        this.open(decls[d].start, 'void ', decls[d].lsSeq);
        this.close(decls[d].end, ';', decls[d].lsSeq);
      }
    }

    // `var f` beside a top-level `function f`: both name one binding. Turn the `var` into a plain
    // assignment to the (now block-scoped) function binding; the other names that declaration
    // introduced are hoisted with a `var` in front of the `try`.
    var hoist = [];
    for (var v = 0; v < ctx.vars.length; v++) {
      var decl = ctx.vars[v];
      var names = [];
      for (var n = 0; n < decl.declarations.length; n++) patternNames(decl.declarations[n].id, names);
      var conflict = false;
      for (var c = 0; c < names.length; c++) if (funcsByName[names[c]]) conflict = true;
      if (!conflict) continue;
      for (var h = 0; h < names.length; h++) {
        if (!funcsByName[names[h]] && hoist.indexOf(names[h]) < 0) hoist.push(names[h]);
      }
      // `var` is three characters long; `for (var x of y)` keeps its columns, elsewhere the
      // declaration list becomes a comma expression (`void 0,` also keeps a `{` pattern from
      // starting the statement).
      var replacement = decl.lsInForHead === 'in-of' ? '   ' : 'void 0,';
      this.addEdit(decl.start, decl.start + 3, replacement, kReplace, 0);
    }
    return hoist.length ? 'var ' + hoist.join(', ') + '; ' : '';
  };

  Rewriter.prototype.finish = function () {
    var edits = this.edits;
    // Statements ending where a closing text is appended get a `;` after that text.
    if (this.asiEnds.length) {
      var closesAt = Object.create(null);
      for (var i = 0; i < edits.length; i++) {
        var e = edits[i];
        if (e.kind === kClose) {
          var cur = closesAt[e.pos];
          if (cur === undefined || e.seq > cur) closesAt[e.pos] = e.seq;
        }
      }
      for (var a = 0; a < this.asiEnds.length; a++) {
        var se = this.asiEnds[a];
        var maxSeq = closesAt[se.pos];
        if (maxSeq !== undefined && maxSeq > se.seq) this.close(se.pos, ';', se.seq);
      }
    }
    edits.sort(function (x, y) {
      if (x.pos !== y.pos) return x.pos - y.pos;
      if (x.kind !== y.kind) return x.kind - y.kind;
      if (x.kind === kClose) return y.seq - x.seq;
      return x.seq - y.seq;
    });
    var src = this.source;
    var out = [];
    // The copied stretches of the source, as [generated offset, source offset, length] triples
    // (UTF-16 units): everything between them is inserted text, which maps to the source
    // position where it was inserted.
    var map = [];
    var generated = 0;
    var cursor = 0;
    var copy = function (to) {
      if (to <= cursor) return;
      out.push(src.slice(cursor, to));
      map.push(generated, cursor, to - cursor);
      generated += to - cursor;
      cursor = to;
    };
    for (var j = 0; j < edits.length; j++) {
      var ed = edits[j];
      copy(ed.pos);
      out.push(ed.text);
      generated += ed.text.length;
      if (ed.end > cursor) cursor = ed.end;
    }
    copy(src.length);
    return { code: out.join(''), map: map };
  };

  // ---------------------------------------------------------------------------------------------
  // Entry points
  // ---------------------------------------------------------------------------------------------

  var kParseOptions = {
    ecmaVersion: 'latest',
    sourceType: 'script',
    // Locations are computed only for function starts (lineColumn); acorn still reports the
    // line and column of syntax errors. Tracking them for every node costs a third of the parse.
    locations: false,
    allowHashBang: true,
    preserveParens: true
  };

  // Returns a plain object: {ok:true, code, functions:[{name, line, column, start, end, async,
  // generator, awaits, yields}]} or {ok:false, message, line, column}. `awaits`/`yields` count
  // the rewritten sites in each function.
  function instrument(source, options) {
    source = String(source);
    var acorn;
    var ast;
    try {
      acorn = getAcorn();
      var parseOptions = kParseOptions;
      if (options && options.commonjs) {
        // A CommonJS module body is a function body: a top-level `return` is allowed.
        parseOptions = Object.assign({}, kParseOptions, { allowReturnOutsideFunction: true });
      }
      ast = acorn.parse(source, parseOptions);
    } catch (err) {
      if (err && err.loc) {
        return { ok: false, message: String(err.message), line: err.loc.line,
                 column: err.loc.column + 1 };
      }
      return { ok: false, message: 'instrumenter: ' + String(err && err.message || err),
               line: 0, column: 0 };
    }
    var rw = new Rewriter(source, options);
    rw.ctx = { id: 0, vars: [], enclosingName: null, parent: null };
    rw.visitStatements(ast.body, firstAfterDirectives(ast.body));
    var finished = rw.finish();
    return { ok: true, code: finished.code, map: finished.map, functions: rw.functions };
  }

  // The runtime's entry point: a JSON string, never an exception.
  function loopscopeInstrument(source, options) {
    var result;
    try {
      result = instrument(source, options);
    } catch (err) {
      result = { ok: false, message: 'instrumenter: ' + String(err && err.message || err),
                 line: 0, column: 0 };
    }
    if (!result.ok) return JSON.stringify(result);
    var fns = result.functions;
    var brief = new Array(fns.length);
    for (var i = 0; i < fns.length; i++) {
      brief[i] = { name: fns[i].name, line: fns[i].line, column: fns[i].column };
    }
    return JSON.stringify({ ok: true, code: result.code, map: result.map, functions: brief });
  }

  root.loopscopeInstrument = loopscopeInstrument;
  if (typeof module === 'object' && module && module.exports) {
    module.exports = { loopscopeInstrument: loopscopeInstrument, instrument: instrument };
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
