#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/render/escape.ts
function token(c) {
  return `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
}
function visibleLine(value) {
  return value.replace(CONTROL, " ").replace(INVISIBLE, token);
}
function shorten(s, max) {
  if (s.length <= max) return s;
  let cut = max - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return `${s.slice(0, cut)}\u2026`;
}
function mdEscape(value, max = MAX_MD_STRING) {
  const flat = shorten(visibleLine(value), max);
  let out = "";
  for (const ch of flat) {
    const e = MD_ENTITIES[ch];
    if (e !== void 0) out += e;
    else if (ch === "@" || ch === "#") out += ch + ZWJ;
    else out += ch;
  }
  return out;
}
function mdCode(value, max = MAX_MD_STRING) {
  return `<code>${mdEscape(value, max)}</code>`;
}
function codeLine(value, max = 1e3) {
  return shorten(visibleLine(value), max);
}
function mdSpan(value, max = MAX_MD_STRING) {
  const flat = shorten(visibleLine(value), max);
  if (flat.trim() === "") return "<code></code>";
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function mdText(value, max = MAX_MD_STRING) {
  const flat = shorten(value, max);
  let out = "";
  let last = 0;
  for (const m of flat.matchAll(EMAILISH)) {
    out += mdEscape(flat.slice(last, m.index), Infinity) + mdSpan(m[0], Infinity);
    last = m.index + m[0].length;
  }
  return out + mdEscape(flat.slice(last), Infinity);
}
function fence(content) {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function textEscape(value) {
  return value.replace(CONTROL, hex).replace(INVISIBLE, token);
}
function terminalText(value) {
  return value.replace(CONTROL_BUT_NEWLINE_TAB, hex).replace(INVISIBLE, token);
}
function jsonForHtmlComment(value) {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var ZWJ, MAX_MD_STRING, MD_ENTITIES, CONTROL, INVISIBLE, EMAILISH, hex, CONTROL_BUT_NEWLINE_TAB;
var init_escape = __esm({
  "src/render/escape.ts"() {
    "use strict";
    ZWJ = "\u200D";
    MAX_MD_STRING = 200;
    MD_ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;",
      "`": "&#96;",
      "*": "&#42;",
      _: "&#95;",
      "[": "&#91;",
      "]": "&#93;",
      "(": "&#40;",
      ")": "&#41;",
      "|": "&#124;",
      "~": "&#126;",
      "\\": "&#92;",
      "!": "&#33;",
      "{": "&#123;",
      "}": "&#125;",
      $: "&#36;"
    };
    CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
    INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/g;
    EMAILISH = /[^\s"'`()<>,;]+@[^\s"'`()<>,;]+[^\s"'`()<>,;:.]/g;
    hex = (c) => `\\x${(c.codePointAt(0) ?? 0).toString(16).padStart(2, "0")}`;
    CONTROL_BUT_NEWLINE_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/err-helpers.js"(exports, module) {
    "use strict";
    var isErrorLike = (err) => {
      return err && typeof err.message === "string";
    };
    var getErrorCause = (err) => {
      if (!err) return;
      const cause2 = err.cause;
      if (typeof cause2 === "function") {
        const causeResult = err.cause();
        return isErrorLike(causeResult) ? causeResult : void 0;
      } else {
        return isErrorLike(cause2) ? cause2 : void 0;
      }
    };
    var _stackWithCauses = (err, seen) => {
      if (!isErrorLike(err)) return "";
      const stack = err.stack || "";
      if (seen.has(err)) {
        return stack + "\ncauses have become circular...";
      }
      const cause2 = getErrorCause(err);
      if (cause2) {
        seen.add(err);
        return stack + "\ncaused by: " + _stackWithCauses(cause2, seen);
      } else {
        return stack;
      }
    };
    var stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set());
    var _messageWithCauses = (err, seen, skip) => {
      if (!isErrorLike(err)) return "";
      const message = skip ? "" : err.message || "";
      if (seen.has(err)) {
        return message + ": ...";
      }
      const cause2 = getErrorCause(err);
      if (cause2) {
        seen.add(err);
        const skipIfVErrorStyleCause = typeof err.cause === "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause2, seen, skipIfVErrorStyleCause);
      } else {
        return message;
      }
    };
    var messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module.exports = {
      isErrorLike,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/err-proto.js"(exports, module) {
    "use strict";
    var seen = /* @__PURE__ */ Symbol("circular-ref-tag");
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-err-ref");
    var pinoErrProto = Object.create({}, {
      type: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      message: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      stack: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      aggregateErrors: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoErrProto, rawSymbol, {
      writable: true,
      value: {}
    });
    module.exports = {
      pinoErrProto,
      pinoErrorSymbols: {
        seen,
        rawSymbol
      }
    };
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/err.js"(exports, module) {
    "use strict";
    module.exports = errSerializer;
    var { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = messageWithCauses(err);
      _err.stack = stackWithCauses(err);
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errSerializer(err2));
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/err-with-cause.js"(exports, module) {
    "use strict";
    module.exports = errWithCauseSerializer;
    var { isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errWithCauseSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = err.message;
      _err.stack = err.stack;
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errWithCauseSerializer(err2));
      }
      if (isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen)) {
        _err.cause = errWithCauseSerializer(err.cause);
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (!Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errWithCauseSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/req.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpRequest,
      reqSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-req-ref");
    var pinoReqProto = Object.create({}, {
      id: {
        enumerable: true,
        writable: true,
        value: ""
      },
      method: {
        enumerable: true,
        writable: true,
        value: ""
      },
      url: {
        enumerable: true,
        writable: true,
        value: ""
      },
      query: {
        enumerable: true,
        writable: true,
        value: ""
      },
      params: {
        enumerable: true,
        writable: true,
        value: ""
      },
      headers: {
        enumerable: true,
        writable: true,
        value: {}
      },
      remoteAddress: {
        enumerable: true,
        writable: true,
        value: ""
      },
      remotePort: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoReqProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function reqSerializer(req) {
      const connection = req.info || req.socket;
      const _req = Object.create(pinoReqProto);
      _req.id = typeof req.id === "function" ? req.id() : req.id || (req.info ? req.info.id : void 0);
      _req.method = req.method;
      if (req.originalUrl) {
        _req.url = req.originalUrl;
      } else {
        const path = req.path;
        _req.url = typeof path === "string" ? path : req.url ? req.url.path || req.url : void 0;
      }
      if (req.query) {
        _req.query = req.query;
      }
      if (req.params) {
        _req.params = req.params;
      }
      _req.headers = req.headers;
      _req.remoteAddress = connection && connection.remoteAddress;
      _req.remotePort = connection && connection.remotePort;
      _req.raw = req.raw || req;
      return _req;
    }
    function mapHttpRequest(req) {
      return {
        req: reqSerializer(req)
      };
    }
  }
});

// ../../work/main/node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/lib/res.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpResponse,
      resSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-res-ref");
    var pinoResProto = Object.create({}, {
      statusCode: {
        enumerable: true,
        writable: true,
        value: 0
      },
      headers: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoResProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function resSerializer(res) {
      const _res = Object.create(pinoResProto);
      _res.statusCode = res.headersSent ? res.statusCode : null;
      _res.headers = res.getHeaders ? res.getHeaders() : res._headers;
      _res.raw = res;
      return _res;
    }
    function mapHttpResponse(res) {
      return {
        res: resSerializer(res)
      };
    }
  }
});

// ../../work/main/node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJS({
  "../../work/main/node_modules/pino-std-serializers/index.js"(exports, module) {
    "use strict";
    var errSerializer = require_err();
    var errWithCauseSerializer = require_err_with_cause();
    var reqSerializers = require_req();
    var resSerializers = require_res();
    module.exports = {
      err: errSerializer,
      errWithCause: errWithCauseSerializer,
      mapHttpRequest: reqSerializers.mapHttpRequest,
      mapHttpResponse: resSerializers.mapHttpResponse,
      req: reqSerializers.reqSerializer,
      res: resSerializers.resSerializer,
      wrapErrorSerializer: function wrapErrorSerializer(customSerializer) {
        if (customSerializer === errSerializer) return customSerializer;
        return function wrapErrSerializer(err) {
          return customSerializer(errSerializer(err));
        };
      },
      wrapRequestSerializer: function wrapRequestSerializer(customSerializer) {
        if (customSerializer === reqSerializers.reqSerializer) return customSerializer;
        return function wrappedReqSerializer(req) {
          return customSerializer(reqSerializers.reqSerializer(req));
        };
      },
      wrapResponseSerializer: function wrapResponseSerializer(customSerializer) {
        if (customSerializer === resSerializers.resSerializer) return customSerializer;
        return function wrappedResSerializer(res) {
          return customSerializer(resSerializers.resSerializer(res));
        };
      }
    };
  }
});

// ../../work/main/node_modules/pino/lib/caller.js
var require_caller = __commonJS({
  "../../work/main/node_modules/pino/lib/caller.js"(exports, module) {
    "use strict";
    var util = __require("node:util");
    var getCallSites = util.getCallSites ?? util.getCallSite;
    function noOpPrepareStackTrace(_, stack) {
      return stack;
    }
    module.exports = function getCallers() {
      if (getCallSites) {
        return getCallSites().slice(2).map((callSite) => callSite.scriptName);
      }
      const originalPrepare = Error.prepareStackTrace;
      Error.prepareStackTrace = noOpPrepareStackTrace;
      const stack = new Error().stack;
      Error.prepareStackTrace = originalPrepare;
      if (!Array.isArray(stack)) {
        return void 0;
      }
      const entries = stack.slice(2);
      const fileNames = [];
      for (const entry of entries) {
        if (!entry) {
          continue;
        }
        fileNames.push(entry.getFileName());
      }
      return fileNames;
    };
  }
});

// ../../work/main/node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "../../work/main/node_modules/@pinojs/redact/index.js"(exports, module) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (obj instanceof Date) {
        return new Date(obj.getTime());
      }
      if (obj instanceof Array) {
        const cloned = [];
        for (let i = 0; i < obj.length; i++) {
          cloned[i] = deepClone(obj[i]);
        }
        return cloned;
      }
      if (typeof obj === "object") {
        const cloned = Object.create(Object.getPrototypeOf(obj));
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            cloned[key] = deepClone(obj[key]);
          }
        }
        return cloned;
      }
      return obj;
    }
    function parsePath(path) {
      const parts = [];
      let current = "";
      let inBrackets = false;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if (!inBrackets && char === ".") {
          if (current) {
            parts.push(current);
            current = "";
          }
        } else if (char === "[") {
          if (current) {
            parts.push(current);
            current = "";
          }
          inBrackets = true;
        } else if (char === "]" && inBrackets) {
          parts.push(current);
          current = "";
          inBrackets = false;
          inQuotes = false;
        } else if ((char === '"' || char === "'") && inBrackets) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          } else {
            current += char;
          }
        } else {
          current += char;
        }
      }
      if (current) {
        parts.push(current);
      }
      return parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = value;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              current[key] = value;
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          current[lastKey] = value;
        }
      }
      return true;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = void 0;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              delete current[key];
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          delete current[lastKey];
        }
      }
      return true;
    }
    var PATH_NOT_FOUND = /* @__PURE__ */ Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return PATH_NOT_FOUND;
        }
        if (typeof current !== "object" || current === null) {
          return PATH_NOT_FOUND;
        }
        if (!(part in current)) {
          return PATH_NOT_FOUND;
        }
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return void 0;
        }
        if (typeof current !== "object" || current === null) {
          return void 0;
        }
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = false) {
      for (const path of paths) {
        const parts = parsePath(path);
        if (parts.includes("*")) {
          redactWildcardPath(obj, parts, censor, path, remove);
        } else {
          if (remove) {
            removeKey(obj, parts);
          } else {
            const value = getValueIfExists(obj, parts);
            if (value === PATH_NOT_FOUND) {
              continue;
            }
            const actualCensor = typeof censor === "function" ? censor(value, parts) : censor;
            setValue(obj, parts, actualCensor);
          }
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
      const wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        const parentParts = parts.slice(0, -1);
        let current = obj;
        for (const part of parentParts) {
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current)) {
          if (remove) {
            for (let i = 0; i < current.length; i++) {
              current[i] = void 0;
            }
          } else {
            for (let i = 0; i < current.length; i++) {
              const indexPath = [...parentParts, i.toString()];
              const actualCensor = typeof censor === "function" ? censor(current[i], indexPath) : censor;
              current[i] = actualCensor;
            }
          }
        } else if (typeof current === "object" && current !== null) {
          if (remove) {
            const keysToDelete = [];
            for (const key in current) {
              if (Object.prototype.hasOwnProperty.call(current, key)) {
                keysToDelete.push(key);
              }
            }
            for (const key of keysToDelete) {
              delete current[key];
            }
          } else {
            for (const key in current) {
              const keyPath = [...parentParts, key];
              const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
          }
        }
      } else {
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
      }
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
      const beforeWildcard = parts.slice(0, wildcardIndex);
      const afterWildcard = parts.slice(wildcardIndex + 1);
      const pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current)) {
            for (let i = 0; i < current.length; i++) {
              pathArray[pathLength] = i.toString();
              traverse(current[i], pathLength + 1);
            }
          } else if (typeof current === "object" && current !== null) {
            for (const key in current) {
              pathArray[pathLength] = key;
              traverse(current[key], pathLength + 1);
            }
          }
        } else if (pathLength < beforeWildcard.length) {
          const nextKey = beforeWildcard[pathLength];
          if (current && typeof current === "object" && current !== null && nextKey in current) {
            pathArray[pathLength] = nextKey;
            traverse(current[nextKey], pathLength + 1);
          }
        } else {
          if (afterWildcard.includes("*")) {
            const wrappedCensor = typeof censor === "function" ? (value, path) => {
              const fullPath = [...pathArray.slice(0, pathLength), ...path];
              return censor(value, fullPath);
            } : censor;
            redactWildcardPath(current, afterWildcard, wrappedCensor, originalPath, remove);
          } else {
            if (remove) {
              removeKey(current, afterWildcard);
            } else {
              const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
              setValue(current, afterWildcard, actualCensor);
            }
          }
        }
      }
      if (beforeWildcard.length === 0) {
        traverse(obj, 0);
      } else {
        let current = obj;
        for (let i = 0; i < beforeWildcard.length; i++) {
          const part = beforeWildcard[i];
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
          pathArray[i] = part;
        }
        if (current !== null && current !== void 0) {
          traverse(current, beforeWildcard.length);
        }
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0) {
        return null;
      }
      const pathStructure = /* @__PURE__ */ new Map();
      for (const path of pathsToClone) {
        const parts = parsePath(path);
        let current = pathStructure;
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i];
          if (!current.has(part)) {
            current.set(part, /* @__PURE__ */ new Map());
          }
          current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure) {
        return obj;
      }
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0) {
          return source;
        }
        if (source === null || typeof source !== "object") {
          return source;
        }
        if (source instanceof Date) {
          return new Date(source.getTime());
        }
        if (Array.isArray(source)) {
          const cloned2 = [];
          for (let i = 0; i < source.length; i++) {
            const indexStr = i.toString();
            if (pathMap.has(indexStr) || pathMap.has("*")) {
              cloned2[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*"));
            } else {
              cloned2[i] = source[i];
            }
          }
          return cloned2;
        }
        const cloned = Object.create(Object.getPrototypeOf(source));
        for (const key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key)) {
            if (pathMap.has(key) || pathMap.has("*")) {
              cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
            } else {
              cloned[key] = source[key];
            }
          }
        }
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path) {
      if (typeof path !== "string") {
        throw new Error("Paths must be (non-empty) strings");
      }
      if (path === "") {
        throw new Error("Invalid redaction path ()");
      }
      if (path.includes("..")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      if (path.includes(",")) {
        throw new Error(`Invalid redaction path (${path})`);
      }
      let bracketCount = 0;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if ((char === '"' || char === "'") && bracketCount > 0) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          }
        } else if (char === "[" && !inQuotes) {
          bracketCount++;
        } else if (char === "]" && !inQuotes) {
          bracketCount--;
          if (bracketCount < 0) {
            throw new Error(`Invalid redaction path (${path})`);
          }
        }
      }
      if (bracketCount !== 0) {
        throw new Error(`Invalid redaction path (${path})`);
      }
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths)) {
        throw new TypeError("paths must be an array");
      }
      for (const path of paths) {
        validatePath(path);
      }
    }
    function slowRedact(options = {}) {
      const {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = true,
        remove = false
      } = options;
      validatePaths(paths);
      const pathStructure = buildPathStructure(paths);
      return function redact(obj) {
        if (strict && (obj === null || typeof obj !== "object")) {
          if (obj === null || obj === void 0) {
            return serialize ? serialize(obj) : obj;
          }
          if (typeof obj !== "object") {
            return serialize ? serialize(obj) : obj;
          }
        }
        const cloned = selectiveClone(obj, pathStructure);
        const original = obj;
        let actualCensor = censor;
        if (typeof censor === "function") {
          actualCensor = censor;
        }
        redactPaths(cloned, paths, actualCensor, remove);
        if (serialize === false) {
          cloned.restore = function() {
            return deepClone(original);
          };
          return cloned;
        }
        if (typeof serialize === "function") {
          return serialize(cloned);
        }
        return JSON.stringify(cloned);
      };
    }
    module.exports = slowRedact;
  }
});

// ../../work/main/node_modules/pino/lib/symbols.js
var require_symbols = __commonJS({
  "../../work/main/node_modules/pino/lib/symbols.js"(exports, module) {
    "use strict";
    var setLevelSym = /* @__PURE__ */ Symbol("pino.setLevel");
    var getLevelSym = /* @__PURE__ */ Symbol("pino.getLevel");
    var levelValSym = /* @__PURE__ */ Symbol("pino.levelVal");
    var levelCompSym = /* @__PURE__ */ Symbol("pino.levelComp");
    var useLevelLabelsSym = /* @__PURE__ */ Symbol("pino.useLevelLabels");
    var useOnlyCustomLevelsSym = /* @__PURE__ */ Symbol("pino.useOnlyCustomLevels");
    var mixinSym = /* @__PURE__ */ Symbol("pino.mixin");
    var lsCacheSym = /* @__PURE__ */ Symbol("pino.lsCache");
    var chindingsSym = /* @__PURE__ */ Symbol("pino.chindings");
    var asJsonSym = /* @__PURE__ */ Symbol("pino.asJson");
    var writeSym = /* @__PURE__ */ Symbol("pino.write");
    var redactFmtSym = /* @__PURE__ */ Symbol("pino.redactFmt");
    var timeSym = /* @__PURE__ */ Symbol("pino.time");
    var timeSliceIndexSym = /* @__PURE__ */ Symbol("pino.timeSliceIndex");
    var streamSym = /* @__PURE__ */ Symbol("pino.stream");
    var stringifySym = /* @__PURE__ */ Symbol("pino.stringify");
    var stringifySafeSym = /* @__PURE__ */ Symbol("pino.stringifySafe");
    var stringifiersSym = /* @__PURE__ */ Symbol("pino.stringifiers");
    var endSym = /* @__PURE__ */ Symbol("pino.end");
    var formatOptsSym = /* @__PURE__ */ Symbol("pino.formatOpts");
    var messageKeySym = /* @__PURE__ */ Symbol("pino.messageKey");
    var errorKeySym = /* @__PURE__ */ Symbol("pino.errorKey");
    var nestedKeySym = /* @__PURE__ */ Symbol("pino.nestedKey");
    var nestedKeyStrSym = /* @__PURE__ */ Symbol("pino.nestedKeyStr");
    var mixinMergeStrategySym = /* @__PURE__ */ Symbol("pino.mixinMergeStrategy");
    var msgPrefixSym = /* @__PURE__ */ Symbol("pino.msgPrefix");
    var wildcardFirstSym = /* @__PURE__ */ Symbol("pino.wildcardFirst");
    var serializersSym = /* @__PURE__ */ Symbol.for("pino.serializers");
    var formattersSym = /* @__PURE__ */ Symbol.for("pino.formatters");
    var hooksSym = /* @__PURE__ */ Symbol.for("pino.hooks");
    var needsMetadataGsym = /* @__PURE__ */ Symbol.for("pino.metadata");
    var transportUsesMultistreamSym = /* @__PURE__ */ Symbol.for("pino.transport.usesMultistream");
    module.exports = {
      setLevelSym,
      getLevelSym,
      levelValSym,
      levelCompSym,
      useLevelLabelsSym,
      mixinSym,
      lsCacheSym,
      chindingsSym,
      asJsonSym,
      writeSym,
      serializersSym,
      redactFmtSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      wildcardFirstSym,
      needsMetadataGsym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    };
  }
});

// ../../work/main/node_modules/pino/lib/redaction.js
var require_redaction = __commonJS({
  "../../work/main/node_modules/pino/lib/redaction.js"(exports, module) {
    "use strict";
    var Redact = require_redact();
    var { redactFmtSym, wildcardFirstSym } = require_symbols();
    var rx = /[^.[\]]+|\[([^[\]]*?)\]/g;
    var CENSOR = "[Redacted]";
    var strict = false;
    function redaction(opts, serialize) {
      const { paths, censor, remove } = handle(opts);
      const shape = paths.reduce((o, str) => {
        rx.lastIndex = 0;
        const first = rx.exec(str);
        const next = rx.exec(str);
        let ns = first[1] !== void 0 ? first[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first[0];
        if (ns === "*") {
          ns = wildcardFirstSym;
        }
        if (next === null) {
          o[ns] = null;
          return o;
        }
        if (o[ns] === null) {
          return o;
        }
        const { index } = next;
        const nextPath = `${str.substr(index, str.length - 1)}`;
        o[ns] = o[ns] || [];
        if (ns !== wildcardFirstSym && o[ns].length === 0) {
          o[ns].push(...o[wildcardFirstSym] || []);
        }
        if (ns === wildcardFirstSym) {
          Object.keys(o).forEach(function(k) {
            if (o[k]) {
              o[k].push(nextPath);
            }
          });
        }
        o[ns].push(nextPath);
        return o;
      }, /* @__PURE__ */ Object.create(null));
      const result = Object.assign(/* @__PURE__ */ Object.create(null), {
        [redactFmtSym]: Redact({ paths, censor, serialize, strict, remove })
      });
      const topCensor = (...args) => {
        return typeof censor === "function" ? serialize(censor(...args)) : serialize(censor);
      };
      return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o, k) => {
        if (shape[k] === null) {
          o[k] = (value) => topCensor(value, [k]);
        } else {
          const wrappedCensor = typeof censor === "function" ? (value, path) => {
            return censor(value, [k, ...path]);
          } : censor;
          o[k] = Redact({
            paths: shape[k],
            censor: wrappedCensor,
            serialize,
            strict,
            remove
          });
        }
        return o;
      }, result);
    }
    function handle(opts) {
      if (Array.isArray(opts)) {
        opts = { paths: opts, censor: CENSOR };
        return opts;
      }
      let { paths, censor = CENSOR, remove } = opts;
      if (Array.isArray(paths) === false) {
        throw Error("pino \u2013 redact must contain an array of strings");
      }
      if (remove === true) censor = void 0;
      return { paths, censor, remove };
    }
    module.exports = redaction;
  }
});

// ../../work/main/node_modules/pino/lib/time.js
var require_time = __commonJS({
  "../../work/main/node_modules/pino/lib/time.js"(exports, module) {
    "use strict";
    var nullTime = () => "";
    var epochTime = () => `,"time":${Date.now()}`;
    var unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`;
    var isoTime = () => `,"time":"${new Date(Date.now()).toISOString()}"`;
    var NS_PER_MS = 1000000n;
    var NS_PER_SEC = 1000000000n;
    var startWallTimeNs = BigInt(Date.now()) * NS_PER_MS;
    var startHrTime = process.hrtime.bigint();
    var isoTimeNano = () => {
      const elapsedNs = process.hrtime.bigint() - startHrTime;
      const currentTimeNs = startWallTimeNs + elapsedNs;
      const secondsSinceEpoch = currentTimeNs / NS_PER_SEC;
      const nanosWithinSecond = currentTimeNs % NS_PER_SEC;
      const msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n);
      const date = new Date(msSinceEpoch);
      const year = date.getUTCFullYear();
      const month = (date.getUTCMonth() + 1).toString().padStart(2, "0");
      const day = date.getUTCDate().toString().padStart(2, "0");
      const hours = date.getUTCHours().toString().padStart(2, "0");
      const minutes = date.getUTCMinutes().toString().padStart(2, "0");
      const seconds = date.getUTCSeconds().toString().padStart(2, "0");
      return `,"time":"${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
    };
    module.exports = { nullTime, epochTime, unixTime, isoTime, isoTimeNano };
  }
});

// ../../work/main/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "../../work/main/node_modules/quick-format-unescaped/index.js"(exports, module) {
    "use strict";
    function tryStringify(o) {
      try {
        return JSON.stringify(o);
      } catch (e) {
        return '"[Circular]"';
      }
    }
    module.exports = format;
    function format(f, args, opts) {
      var ss = opts && opts.stringify || tryStringify;
      var offset = 1;
      if (typeof f === "object" && f !== null) {
        var len = args.length + offset;
        if (len === 1) return f;
        var objects = new Array(len);
        objects[0] = ss(f);
        for (var index = 1; index < len; index++) {
          objects[index] = ss(args[index]);
        }
        return objects.join(" ");
      }
      if (typeof f !== "string") {
        return f;
      }
      var argLen = args.length;
      if (argLen === 0) return f;
      var str = "";
      var a = 1 - offset;
      var lastPos = -1;
      var flen = f && f.length || 0;
      for (var i = 0; i < flen; ) {
        if (f.charCodeAt(i) === 37 && i + 1 < flen) {
          lastPos = lastPos > -1 ? lastPos : 0;
          switch (f.charCodeAt(i + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Number(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 105:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += Math.floor(Number(args[a]));
              lastPos = i + 2;
              i++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a >= argLen)
                break;
              if (args[a] === void 0) break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              var type = typeof args[a];
              if (type === "string") {
                str += "'" + args[a] + "'";
                lastPos = i + 2;
                i++;
                break;
              }
              if (type === "function") {
                str += args[a].name || "<anonymous>";
                lastPos = i + 2;
                i++;
                break;
              }
              str += ss(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 115:
              if (a >= argLen)
                break;
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += String(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 37:
              if (lastPos < i)
                str += f.slice(lastPos, i);
              str += "%";
              lastPos = i + 2;
              i++;
              a--;
              break;
          }
          ++a;
        }
        ++i;
      }
      if (lastPos === -1)
        return f;
      else if (lastPos < flen) {
        str += f.slice(lastPos);
      }
      return str;
    }
  }
});

// ../../work/main/node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJS({
  "../../work/main/node_modules/atomic-sleep/index.js"(exports, module) {
    "use strict";
    if (typeof SharedArrayBuffer !== "undefined" && typeof Atomics !== "undefined") {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        Atomics.wait(nil, 0, 0, Number(ms));
      };
      const nil = new Int32Array(new SharedArrayBuffer(4));
      module.exports = sleep2;
    } else {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        const target = Date.now() + Number(ms);
        while (target > Date.now()) {
        }
      };
      module.exports = sleep2;
    }
  }
});

// ../../work/main/node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJS({
  "../../work/main/node_modules/sonic-boom/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var EventEmitter = __require("events");
    var inherits = __require("util").inherits;
    var path = __require("path");
    var sleep2 = require_atomic_sleep();
    var assert = __require("assert");
    var BUSY_WRITE_TIMEOUT = 100;
    var kEmptyBuffer = Buffer.allocUnsafe(0);
    var MAX_WRITE = 16 * 1024;
    var kContentModeBuffer = "buffer";
    var kContentModeUtf8 = "utf8";
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
    var kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = true;
      sonic._writing = true;
      sonic._asyncDrainScheduled = false;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = false;
          sonic._writing = false;
          sonic._opening = false;
          if (sonic.sync) {
            process.nextTick(() => {
              if (sonic.listenerCount("error") > 0) {
                sonic.emit("error", err);
              }
            });
          } else {
            sonic.emit("error", err);
          }
          return;
        }
        const reopening = sonic._reopening;
        sonic.fd = fd;
        sonic.file = file;
        sonic._reopening = false;
        sonic._opening = false;
        sonic._writing = false;
        if (sonic.sync) {
          process.nextTick(() => sonic.emit("ready"));
        } else {
          sonic.emit("ready");
        }
        if (sonic.destroyed) {
          return;
        }
        if (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending) {
          sonic._actualWrite();
        } else if (reopening) {
          process.nextTick(() => sonic.emit("drain"));
        }
      }
      const flags = sonic.append ? "a" : "w";
      const mode = sonic.mode;
      if (sonic.sync) {
        try {
          if (sonic.mkdir) fs.mkdirSync(path.dirname(file), { recursive: true });
          const fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          fileOpened(err);
          throw err;
        }
      } else if (sonic.mkdir) {
        fs.mkdir(path.dirname(file), { recursive: true }, (err) => {
          if (err) return fileOpened(err);
          fs.open(file, flags, mode, fileOpened);
        });
      } else {
        fs.open(file, flags, mode, fileOpened);
      }
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom)) {
        return new SonicBoom(opts);
      }
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN, fsync, contentMode, mode } = opts || {};
      fd = fd || dest;
      this._len = 0;
      this.fd = -1;
      this._bufs = [];
      this._lens = [];
      this._writing = false;
      this._ending = false;
      this._reopening = false;
      this._asyncDrainScheduled = false;
      this._flushPending = false;
      this._hwm = Math.max(minLength || 0, 16387);
      this.file = null;
      this.destroyed = false;
      this.minLength = minLength || 0;
      this.maxLength = maxLength || 0;
      this.maxWrite = maxWrite || MAX_WRITE;
      this._periodicFlush = periodicFlush || 0;
      this._periodicFlushTimer = void 0;
      this.sync = sync || false;
      this.writable = true;
      this._fsync = fsync || false;
      this.append = append || false;
      this.mode = mode;
      this.retryEAGAIN = retryEAGAIN || (() => true);
      this.mkdir = mkdir || false;
      let fsWriteSync;
      let fsWrite;
      if (contentMode === kContentModeBuffer) {
        this._writingBuf = kEmptyBuffer;
        this.write = writeBuffer;
        this.flush = flushBuffer;
        this.flushSync = flushBufferSync;
        this._actualWrite = actualWriteBuffer;
        fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
        fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      } else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
        this._writingBuf = "";
        this.write = write;
        this.flush = flush;
        this.flushSync = flushSync;
        this._actualWrite = actualWrite;
        fsWriteSync = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.writeSync(this.fd, this._writingBuf);
          }
          return fs.writeSync(this.fd, this._writingBuf, "utf8");
        };
        fsWrite = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.write(this.fd, this._writingBuf, this.release);
          }
          return fs.write(this.fd, this._writingBuf, "utf8", this.release);
        };
      } else {
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      }
      if (typeof fd === "number") {
        this.fd = fd;
        process.nextTick(() => this.emit("ready"));
      } else if (typeof fd === "string") {
        openFile(fd, this);
      } else {
        throw new Error("SonicBoom supports only file descriptors and files");
      }
      if (this.minLength >= this.maxWrite) {
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      }
      this.release = (err, n) => {
        if (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
            if (this.sync) {
              try {
                sleep2(BUSY_WRITE_TIMEOUT);
                this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            } else {
              setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
            }
          } else {
            this._writing = false;
            this.emit("error", err);
          }
          return;
        }
        this.emit("write", n);
        const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        this._len = releasedBufObj.len;
        this._writingBuf = releasedBufObj.writingBuf;
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              const n2 = fsWriteSync();
              const releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len;
              this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        if (this._fsync) {
          fs.fsyncSync(this.fd);
        }
        const len = this._len;
        if (this._reopening) {
          this._writing = false;
          this._reopening = false;
          this.reopen();
        } else if (len > this.minLength) {
          this._actualWrite();
        } else if (this._ending) {
          if (len > 0) {
            this._actualWrite();
          } else {
            this._writing = false;
            actualClose(this);
          }
        } else {
          this._writing = false;
          if (this.sync) {
            if (!this._asyncDrainScheduled) {
              this._asyncDrainScheduled = true;
              process.nextTick(emitDrain, this);
            }
          } else {
            this.emit("drain");
          }
        }
      };
      this.on("newListener", function(name) {
        if (name === "drain") {
          this._asyncDrainScheduled = false;
        }
      });
      if (this._periodicFlush !== 0) {
        this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush);
        this._periodicFlushTimer.unref();
      }
    }
    function releaseWritingBuf(writingBuf, len, n) {
      if (typeof writingBuf === "string") {
        writingBuf = Buffer.from(writingBuf);
      }
      len = Math.max(len - n, 0);
      writingBuf = writingBuf.subarray(n);
      return { writingBuf, len };
    }
    function emitDrain(sonic) {
      const hasListeners = sonic.listenerCount("drain") > 0;
      if (!hasListeners) return;
      sonic._asyncDrainScheduled = false;
      sonic.emit("drain");
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      if (bufs.length === 0) {
        return kEmptyBuffer;
      }
      if (bufs.length === 1) {
        return bufs[0];
      }
      return Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      data = "" + data;
      const dataLen = Buffer.byteLength(data);
      const len = this._len + dataLen;
      const bufs = this._bufs;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) {
        bufs.push(data);
      } else {
        bufs[bufs.length - 1] += data;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function writeBuffer(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      const len = this._len + data.length;
      const bufs = this._bufs;
      const lens = this._lens;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
        bufs.push([data]);
        lens.push(data.length);
      } else {
        bufs[bufs.length - 1].push(data);
        lens[lens.length - 1] += data.length;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending = true;
      const onDrain = () => {
        if (!this._fsync) {
          try {
            fs.fsync(this.fd, (err) => {
              this._flushPending = false;
              cb(err);
            });
          } catch (err) {
            cb(err);
          }
        } else {
          this._flushPending = false;
          cb();
        }
        this.off("error", onError);
      };
      const onError = (err) => {
        this._flushPending = false;
        cb(err);
        this.off("drain", onDrain);
      };
      this.once("drain", onDrain);
      this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push("");
      }
      this._actualWrite();
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push([]);
        this._lens.push(0);
      }
      this._actualWrite();
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.reopen(file);
        });
        return;
      }
      if (this._ending) {
        return;
      }
      if (!this.file) {
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      }
      if (file) {
        this.file = file;
      }
      this._reopening = true;
      if (this._writing) {
        return;
      }
      const fd = this.fd;
      this.once("ready", () => {
        if (fd !== this.fd) {
          fs.close(fd, (err) => {
            if (err) {
              return this.emit("error", err);
            }
          });
        }
      });
      openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.end();
        });
        return;
      }
      if (this._ending) {
        return;
      }
      this._ending = true;
      if (this._writing) {
        return;
      }
      if (this._len > 0 && this.fd >= 0) {
        this._actualWrite();
      } else {
        actualClose(this);
      }
    };
    function flushSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift(this._writingBuf);
        this._writingBuf = "";
      }
      let buf = "";
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = this._bufs[0];
        }
        try {
          const n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
          const releasedBufObj = releaseWritingBuf(buf, this._len, n);
          buf = releasedBufObj.writingBuf;
          this._len = releasedBufObj.len;
          if (buf.length <= 0) {
            this._bufs.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift([this._writingBuf]);
        this._writingBuf = kEmptyBuffer;
      }
      let buf = kEmptyBuffer;
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = mergeBuf(this._bufs[0], this._lens[0]);
        }
        try {
          const n = fs.writeSync(this.fd, buf);
          buf = buf.subarray(n);
          this._len = Math.max(this._len - n, 0);
          if (buf.length <= 0) {
            this._bufs.shift();
            this._lens.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed) {
        return;
      }
      actualClose(this);
    };
    function actualWrite() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
      if (this.sync) {
        try {
          const written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualWriteBuffer() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
      if (this.sync) {
        try {
          const written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        if (kCopyBuffer) {
          this._writingBuf = Buffer.from(this._writingBuf);
        }
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualClose(sonic) {
      if (sonic.fd === -1) {
        sonic.once("ready", actualClose.bind(null, sonic));
        return;
      }
      if (sonic._periodicFlushTimer !== void 0) {
        clearInterval(sonic._periodicFlushTimer);
      }
      sonic.destroyed = true;
      sonic._bufs = [];
      sonic._lens = [];
      assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        if (sonic.fd !== 1 && sonic.fd !== 2) {
          fs.close(sonic.fd, done);
        } else {
          done();
        }
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        if (sonic._ending && !sonic._writing) {
          sonic.emit("finish");
        }
        sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module.exports = SonicBoom;
  }
});

// ../../work/main/node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJS({
  "../../work/main/node_modules/on-exit-leak-free/index.js"(exports, module) {
    "use strict";
    var refs = {
      exit: [],
      beforeExit: []
    };
    var functions = {
      exit: onExit,
      beforeExit: onBeforeExit
    };
    var registry;
    function ensureRegistry() {
      if (registry === void 0) {
        registry = new FinalizationRegistry(clear);
      }
    }
    function install(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.on(event, functions[event]);
    }
    function uninstall(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.removeListener(event, functions[event]);
      if (refs.exit.length === 0 && refs.beforeExit.length === 0) {
        registry = void 0;
      }
    }
    function onExit() {
      callRefs("exit");
    }
    function onBeforeExit() {
      callRefs("beforeExit");
    }
    function callRefs(event) {
      for (const ref of refs[event]) {
        const obj = ref.deref();
        const fn = ref.fn;
        if (obj !== void 0) {
          fn(obj, event);
        }
      }
      refs[event] = [];
    }
    function clear(ref) {
      for (const event of ["exit", "beforeExit"]) {
        const index = refs[event].indexOf(ref);
        refs[event].splice(index, index + 1);
        uninstall(event);
      }
    }
    function _register(event, obj, fn) {
      if (obj === void 0) {
        throw new Error("the object can't be undefined");
      }
      install(event);
      const ref = new WeakRef(obj);
      ref.fn = fn;
      ensureRegistry();
      registry.register(obj, ref);
      refs[event].push(ref);
    }
    function register(obj, fn) {
      _register("exit", obj, fn);
    }
    function registerBeforeExit(obj, fn) {
      _register("beforeExit", obj, fn);
    }
    function unregister(obj) {
      if (registry === void 0) {
        return;
      }
      registry.unregister(obj);
      for (const event of ["exit", "beforeExit"]) {
        refs[event] = refs[event].filter((ref) => {
          const _obj = ref.deref();
          return _obj && _obj !== obj;
        });
        uninstall(event);
      }
    }
    module.exports = {
      register,
      registerBeforeExit,
      unregister
    };
  }
});

// ../../work/main/node_modules/thread-stream/package.json
var require_package = __commonJS({
  "../../work/main/node_modules/thread-stream/package.json"(exports, module) {
    module.exports = {
      name: "thread-stream",
      version: "4.2.1",
      description: "A streaming way to send data to a Node.js Worker Thread",
      main: "index.js",
      types: "index.d.ts",
      engines: {
        node: ">=20"
      },
      dependencies: {
        "real-require": "^1.0.0"
      },
      devDependencies: {
        "@types/node": "^26.1.1",
        "@yao-pkg/pkg": "^6.0.0",
        borp: "^1.0.0",
        desm: "^1.3.0",
        eslint: "^9.39.1",
        fastbench: "^1.0.1",
        neostandard: "^0.13.0",
        "pino-elasticsearch": "^9.0.0",
        "sonic-boom": "^5.0.0",
        "ts-node": "^10.8.0",
        tsd: "^0.33.0",
        typescript: "~5.7.3"
      },
      scripts: {
        build: "tsc --noEmit",
        lint: "eslint",
        test: 'npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:ci": 'npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:types": "tsd",
        "test:yarn": 'npm run transpile && borp --expose-gc --pattern "test/*.test.js"',
        transpile: "sh ./test/ts/transpile.sh"
      },
      tsd: {
        directory: "test/types"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/mcollina/thread-stream.git"
      },
      keywords: [
        "worker",
        "thread",
        "threads",
        "stream"
      ],
      author: "Matteo Collina <hello@matteocollina.com>",
      license: "MIT",
      bugs: {
        url: "https://github.com/mcollina/thread-stream/issues"
      },
      homepage: "https://github.com/mcollina/thread-stream#readme"
    };
  }
});

// ../../work/main/node_modules/thread-stream/lib/wait.js
var require_wait = __commonJS({
  "../../work/main/node_modules/thread-stream/lib/wait.js"(exports, module) {
    "use strict";
    var WAIT_MS = 1e4;
    function wait(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = (previous) => {
        const current = Atomics.load(state, index);
        if (current >= expected) {
          done(null, "ok");
          return;
        }
        if (previous !== void 0 && current !== previous) {
          done(null, "not-equal");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, current, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              const latest = Atomics.load(state, index);
              done(null, latest >= expected ? "ok" : "not-equal");
              return;
            }
            check(current);
          });
        } else {
          setImmediate(done, null, "not-equal");
        }
      };
      check();
    }
    function waitDiff(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = () => {
        const current = Atomics.load(state, index);
        if (current !== expected) {
          done(null, "ok");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, expected, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              done(null, "ok");
              return;
            }
            check();
          });
        } else {
          setImmediate(check);
        }
      };
      check();
    }
    module.exports = { wait, waitDiff };
  }
});

// ../../work/main/node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJS({
  "../../work/main/node_modules/thread-stream/lib/indexes.js"(exports, module) {
    "use strict";
    var SEQ_INDEX = 2;
    var WRITE_INDEX = 4;
    var READ_INDEX = 8;
    module.exports = {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    };
  }
});

// ../../work/main/node_modules/thread-stream/index.js
var require_thread_stream = __commonJS({
  "../../work/main/node_modules/thread-stream/index.js"(exports, module) {
    "use strict";
    var { version } = require_package();
    var { EventEmitter } = __require("events");
    var { Worker: Worker2 } = __require("worker_threads");
    var { join: join5 } = __require("path");
    var { pathToFileURL } = __require("url");
    var { wait } = require_wait();
    var {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    } = require_indexes();
    var buffer = __require("buffer");
    var assert = __require("assert");
    var kImpl = /* @__PURE__ */ Symbol("kImpl");
    var MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
    function noop() {
    }
    function updateState(stream, fn) {
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      fn();
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      Atomics.notify(stream[kImpl].state, SEQ_INDEX);
    }
    function resetIndexes(stream) {
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, READ_INDEX, 0);
        Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
      });
      Atomics.notify(stream[kImpl].state, READ_INDEX);
    }
    var FakeWeakRef = class {
      constructor(value) {
        this._value = value;
      }
      deref() {
        return this._value;
      }
    };
    var FakeFinalizationRegistry = class {
      register() {
      }
      unregister() {
      }
    };
    var FinalizationRegistry2 = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry;
    var WeakRef2 = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef;
    var registry = new FinalizationRegistry2((worker) => {
      if (worker.exited) {
        return;
      }
      worker.terminate();
    });
    function createWorker(stream, opts) {
      const { filename, workerData } = opts;
      const bundlerOverrides = "__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {};
      const toExecute = bundlerOverrides["thread-stream-worker"] || join5(__dirname, "lib", "worker.js");
      const worker = new Worker2(toExecute, {
        ...opts.workerOpts,
        name: opts.workerOpts?.name || "thread-stream",
        trackUnmanagedFds: false,
        workerData: {
          filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL(filename).href,
          dataBuf: stream[kImpl].dataBuf,
          stateBuf: stream[kImpl].stateBuf,
          workerData: {
            $context: {
              threadStreamVersion: version
            },
            ...workerData
          }
        }
      });
      worker.stream = new FakeWeakRef(stream);
      worker.on("message", onWorkerMessage);
      worker.on("exit", onWorkerExit);
      registry.register(stream, worker);
      return worker;
    }
    function drain(stream) {
      assert(!stream[kImpl].sync);
      if (stream[kImpl].needDrain) {
        stream[kImpl].needDrain = false;
        stream.emit("drain");
      }
    }
    function nextFlush(stream) {
      while (true) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (stream.destroyed || writeIndex < 0) {
          return;
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover > 0) {
          if (stream[kImpl].bufLen === 0) {
            stream[kImpl].flushing = false;
            if (stream[kImpl].ending) {
              end(stream);
            } else if (stream[kImpl].needDrain) {
              process.nextTick(drain, stream);
            }
            return;
          }
          write(stream, leftover, noop);
          continue;
        }
        if (leftover === 0) {
          if (writeIndex === 0 && stream[kImpl].bufLen === 0) {
            return;
          }
          waitForRead(stream, () => {
            if (stream.destroyed) {
              return;
            }
            resetIndexes(stream);
            nextFlush(stream);
          });
          return;
        }
        destroy(stream, new Error("overwritten"));
        return;
      }
    }
    function onWorkerMessage(msg) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        this.exited = true;
        this.terminate();
        return;
      }
      if (msg?.code == null) {
        return;
      }
      switch (msg.code) {
        case "READY":
          if (!stream[kImpl].ending) {
            this.stream = new WeakRef2(stream);
          }
          waitForRead(stream, () => {
            stream[kImpl].ready = true;
            stream.emit("ready");
          });
          break;
        case "ERROR":
          destroy(stream, msg.err);
          break;
        case "EVENT":
          if (Array.isArray(msg.args)) {
            stream.emit(msg.name, ...msg.args);
          } else {
            stream.emit(msg.name, msg.args);
          }
          break;
        case "FLUSHED": {
          if (msg.context !== "thread-stream") {
            destroy(stream, new Error("this should not happen: " + msg.code));
            break;
          }
          const cb = stream[kImpl].flushCallbacks.get(msg.id);
          if (cb) {
            stream[kImpl].flushCallbacks.delete(msg.id);
            process.nextTick(cb);
          }
          break;
        }
        case "WARNING":
          process.emitWarning(msg.err);
          break;
        default:
          destroy(stream, new Error("this should not happen: " + msg.code));
      }
    }
    function onWorkerExit(code) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        return;
      }
      registry.unregister(stream);
      stream.worker.exited = true;
      stream.worker.off("exit", onWorkerExit);
      destroy(stream, code !== 0 ? new Error("the worker thread exited") : null);
    }
    var ThreadStream = class extends EventEmitter {
      constructor(opts = {}) {
        super();
        if (opts.bufferSize < 4) {
          throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
        }
        this[kImpl] = {};
        this[kImpl].stateBuf = new SharedArrayBuffer(128);
        this[kImpl].state = new Int32Array(this[kImpl].stateBuf);
        this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4 * 1024 * 1024);
        this[kImpl].data = Buffer.from(this[kImpl].dataBuf);
        this[kImpl].sync = opts.sync || false;
        this[kImpl].ending = false;
        this[kImpl].ended = false;
        this[kImpl].needDrain = false;
        this[kImpl].destroyed = false;
        this[kImpl].flushing = false;
        this[kImpl].ready = false;
        this[kImpl].finished = false;
        this[kImpl].errored = null;
        this[kImpl].closed = false;
        this[kImpl].buf = [];
        this[kImpl].bufHead = 0;
        this[kImpl].bufLen = 0;
        this[kImpl].flushCallbacks = /* @__PURE__ */ new Map();
        this[kImpl].nextFlushId = 0;
        this[kImpl].flushRetainCount = 0;
        this[kImpl].userRef = true;
        this.worker = createWorker(this, opts);
        this.on("message", (message, transferList) => {
          this.worker.postMessage(message, transferList);
        });
      }
      write(data) {
        const dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
        if (this[kImpl].destroyed) {
          error(this, new Error("the worker has exited"));
          return false;
        }
        if (this[kImpl].ending) {
          error(this, new Error("the worker is ending"));
          return false;
        }
        if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING) {
          try {
            writeSync2(this);
            this[kImpl].flushing = true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        this[kImpl].buf.push(dataBuf);
        this[kImpl].bufLen += dataBuf.length;
        if (this[kImpl].sync) {
          try {
            writeSync2(this);
            return true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        if (!this[kImpl].flushing) {
          this[kImpl].flushing = true;
          setImmediate(nextFlush, this);
        }
        this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0;
        return !this[kImpl].needDrain;
      }
      end() {
        if (this[kImpl].destroyed) {
          return;
        }
        this[kImpl].ending = true;
        this.worker.stream = new FakeWeakRef(this);
        end(this);
      }
      flush(cb) {
        const userCb = typeof cb === "function" ? cb : null;
        cb = userCb || noop;
        if (userCb) {
          retainWorkerForPendingFlush(this);
        }
        let finished = false;
        const done = (err) => {
          if (finished) {
            return;
          }
          finished = true;
          if (userCb) {
            releaseWorkerForPendingFlush(this);
          }
          cb(err);
        };
        flushBuffer(this, (err) => {
          if (err) {
            process.nextTick(done, err);
            return;
          }
          requestWorkerFlush(this, done);
        });
      }
      flushSync() {
        if (this[kImpl].destroyed) {
          return;
        }
        writeSync2(this);
        flushSync(this);
      }
      unref() {
        this[kImpl].userRef = false;
        if (this[kImpl].flushRetainCount === 0) {
          this.worker.unref();
        }
      }
      ref() {
        this[kImpl].userRef = true;
        this.worker.ref();
      }
      get ready() {
        return this[kImpl].ready;
      }
      get destroyed() {
        return this[kImpl].destroyed;
      }
      get closed() {
        return this[kImpl].closed;
      }
      get writable() {
        return !this[kImpl].destroyed && !this[kImpl].ending;
      }
      get writableEnded() {
        return this[kImpl].ending;
      }
      get writableFinished() {
        return this[kImpl].finished;
      }
      get writableNeedDrain() {
        return this[kImpl].needDrain;
      }
      get writableObjectMode() {
        return false;
      }
      get writableErrored() {
        return this[kImpl].errored;
      }
    };
    function flushBuffer(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
        setImmediate(flushBuffer, stream, cb);
        return;
      }
      waitForRead(stream, cb);
    }
    function waitForRead(stream, cb) {
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      wait(stream[kImpl].state, READ_INDEX, writeIndex, Infinity, (err, res) => {
        if (err) {
          destroy(stream, err);
          cb(err);
          return;
        }
        if (res !== "ok") {
          waitForRead(stream, cb);
          return;
        }
        cb();
      });
    }
    function retainWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        stream.worker.ref();
      }
      stream[kImpl].flushRetainCount++;
    }
    function releaseWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        return;
      }
      stream[kImpl].flushRetainCount--;
      if (stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef) {
        stream.worker.unref();
      }
    }
    function requestWorkerFlush(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].ready) {
        const onReady = () => {
          cleanup();
          requestWorkerFlush(stream, cb);
        };
        const onClose = () => {
          cleanup();
          process.nextTick(cb, new Error("the worker has exited"));
        };
        const cleanup = () => {
          stream.off("ready", onReady);
          stream.off("close", onClose);
        };
        stream.once("ready", onReady);
        stream.once("close", onClose);
        return;
      }
      const id = ++stream[kImpl].nextFlushId;
      stream[kImpl].flushCallbacks.set(id, cb);
      try {
        stream.worker.postMessage({
          code: "FLUSH",
          context: "thread-stream",
          id
        });
      } catch (err) {
        stream[kImpl].flushCallbacks.delete(id);
        destroy(stream, err);
        process.nextTick(cb, err);
      }
    }
    function failPendingFlushCallbacks(stream, err) {
      const callbacks = stream[kImpl].flushCallbacks;
      if (callbacks.size === 0) {
        return;
      }
      const flushErr = err || new Error("the worker has exited");
      for (const cb of callbacks.values()) {
        process.nextTick(cb, flushErr);
      }
      callbacks.clear();
    }
    function error(stream, err) {
      setImmediate(() => {
        stream.emit("error", err);
      });
    }
    function destroy(stream, err) {
      if (stream[kImpl].destroyed) {
        return;
      }
      stream[kImpl].destroyed = true;
      failPendingFlushCallbacks(stream, err);
      if (err) {
        stream[kImpl].errored = err;
        error(stream, err);
      }
      if (!stream.worker.exited) {
        stream.worker.terminate().catch(() => {
        }).then(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      } else {
        setImmediate(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      }
    }
    function write(stream, maxBytes, cb) {
      const current = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let offset = current;
      let remaining = maxBytes;
      while (remaining > 0 && stream[kImpl].bufLen !== 0) {
        const head = stream[kImpl].bufHead;
        const buf = stream[kImpl].buf[head];
        if (buf.length <= remaining) {
          buf.copy(stream[kImpl].data, offset);
          offset += buf.length;
          remaining -= buf.length;
          stream[kImpl].bufLen -= buf.length;
          stream[kImpl].bufHead = head + 1;
          if (stream[kImpl].bufHead === stream[kImpl].buf.length) {
            stream[kImpl].buf.length = 0;
            stream[kImpl].bufHead = 0;
          } else if (stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length) {
            stream[kImpl].buf.splice(0, stream[kImpl].bufHead);
            stream[kImpl].bufHead = 0;
          }
          continue;
        }
        buf.copy(stream[kImpl].data, offset, 0, remaining);
        stream[kImpl].buf[head] = buf.subarray(remaining);
        stream[kImpl].bufLen -= remaining;
        offset += remaining;
        remaining = 0;
      }
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
      });
      cb();
      return true;
    }
    function end(stream) {
      if (stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing) {
        return;
      }
      stream[kImpl].ended = true;
      try {
        stream.flushSync();
        let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        updateState(stream, () => {
          Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
        });
        let spins = 0;
        while (readIndex !== -1) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
          readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
          if (readIndex === -2) {
            destroy(stream, new Error("end() failed"));
            return;
          }
          if (++spins === 10) {
            destroy(stream, new Error("end() took too long (10s)"));
            return;
          }
        }
        process.nextTick(() => {
          stream[kImpl].finished = true;
          stream.emit("finish");
        });
      } catch (err) {
        destroy(stream, err);
      }
    }
    function writeSync2(stream) {
      const cb = () => {
        if (stream[kImpl].ending) {
          end(stream);
        } else if (stream[kImpl].needDrain) {
          process.nextTick(drain, stream);
        }
      };
      stream[kImpl].flushing = false;
      while (stream[kImpl].bufLen !== 0) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (writeIndex < 0) {
          throw new Error("_writeSync failed");
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover === 0) {
          flushSync(stream);
          resetIndexes(stream);
          continue;
        } else if (leftover < 0) {
          throw new Error("overwritten");
        }
        write(stream, leftover, cb);
      }
    }
    function flushSync(stream) {
      if (stream[kImpl].flushing) {
        throw new Error("unable to flush while flushing");
      }
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let spins = 0;
      while (true) {
        const readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        if (readIndex === -2) {
          throw Error("_flushSync failed");
        }
        if (readIndex !== writeIndex) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
        } else {
          break;
        }
        if (++spins === 10) {
          throw new Error("_flushSync took too long (10s)");
        }
      }
    }
    module.exports = ThreadStream;
  }
});

// ../../work/main/node_modules/pino/lib/transport.js
var require_transport = __commonJS({
  "../../work/main/node_modules/pino/lib/transport.js"(exports, module) {
    "use strict";
    var { createRequire } = __require("module");
    var { existsSync: existsSync4 } = __require("node:fs");
    var getCallers = require_caller();
    var { join: join5, isAbsolute: isAbsolute2, sep: sep3 } = __require("node:path");
    var { fileURLToPath: fileURLToPath2 } = __require("node:url");
    var sleep2 = require_atomic_sleep();
    var onExit = require_on_exit_leak_free();
    var ThreadStream = require_thread_stream();
    var { transportUsesMultistreamSym } = require_symbols();
    function setupOnExit(stream) {
      onExit.register(stream, autoEnd);
      onExit.registerBeforeExit(stream, flush);
      stream.on("close", function() {
        onExit.unregister(stream);
      });
    }
    function hasPreloadFlags() {
      const execArgv = process.execArgv;
      for (let i = 0; i < execArgv.length; i++) {
        const arg = execArgv[i];
        if (arg === "--import" || arg === "--require" || arg === "-r") {
          return true;
        }
        if (arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r=")) {
          return true;
        }
      }
      return false;
    }
    function sanitizeNodeOptions(nodeOptions) {
      const tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
      if (!tokens) {
        return nodeOptions;
      }
      const sanitized = [];
      let changed = false;
      for (let i = 0; i < tokens.length; i++) {
        const token2 = tokens[i];
        if (token2 === "--require" || token2 === "-r" || token2 === "--import") {
          const next = tokens[i + 1];
          if (next && shouldDropPreload(next)) {
            changed = true;
            i++;
            continue;
          }
          sanitized.push(token2);
          if (next) {
            sanitized.push(next);
            i++;
          }
          continue;
        }
        if (token2.startsWith("--require=") || token2.startsWith("-r=") || token2.startsWith("--import=")) {
          const value = token2.slice(token2.indexOf("=") + 1);
          if (shouldDropPreload(value)) {
            changed = true;
            continue;
          }
        }
        sanitized.push(token2);
      }
      return changed ? sanitized.join(" ") : nodeOptions;
    }
    function shouldDropPreload(value) {
      const unquoted = stripQuotes(value);
      if (!unquoted) {
        return false;
      }
      let path = unquoted;
      if (path.startsWith("file://")) {
        try {
          path = fileURLToPath2(path);
        } catch {
          return false;
        }
      }
      return isAbsolute2(path) && !existsSync4(path);
    }
    function stripQuotes(value) {
      const first = value[0];
      const last = value[value.length - 1];
      if (first === '"' && last === '"' || first === "'" && last === "'") {
        return value.slice(1, -1);
      }
      return value;
    }
    function buildStream(filename, workerData, workerOpts, sync, name) {
      if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0) {
        workerOpts = {
          ...workerOpts,
          execArgv: []
        };
      }
      if (!workerOpts.env && process.env.NODE_OPTIONS) {
        const nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
        if (nodeOptions !== process.env.NODE_OPTIONS) {
          workerOpts = {
            ...workerOpts,
            env: {
              ...process.env,
              NODE_OPTIONS: nodeOptions
            }
          };
        }
      }
      workerOpts = { ...workerOpts, name };
      const stream = new ThreadStream({
        filename,
        workerData,
        workerOpts,
        sync
      });
      stream.on("ready", onReady);
      stream.on("close", function() {
        process.removeListener("exit", onExit2);
      });
      process.on("exit", onExit2);
      function onReady() {
        process.removeListener("exit", onExit2);
        stream.unref();
        if (workerOpts.autoEnd !== false) {
          setupOnExit(stream);
        }
      }
      function onExit2() {
        if (stream.closed) {
          return;
        }
        stream.flushSync();
        sleep2(100);
        stream.end();
      }
      return stream;
    }
    function autoEnd(stream) {
      stream.ref();
      stream.flushSync();
      stream.end();
      stream.once("close", function() {
        stream.unref();
      });
    }
    function flush(stream) {
      stream.flushSync();
    }
    function transport(fullOptions) {
      const { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = false } = fullOptions;
      const options = {
        ...fullOptions.options
      };
      let usesMultistream = false;
      const callers = typeof caller === "string" ? [caller] : caller;
      const bundlerOverrides = typeof globalThis === "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides === "object" ? globalThis.__bundlerPathsOverrides : /* @__PURE__ */ Object.create(null);
      let target = fullOptions.target;
      if (target && targets) {
        throw new Error("only one of target or targets can be specified");
      }
      if (targets) {
        target = bundlerOverrides["pino-worker"] || join5(__dirname, "worker.js");
        options.targets = targets.filter((dest) => dest.target).map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        });
        options.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => {
          return dest.pipeline.map((t) => {
            return {
              ...t,
              level: dest.level,
              // duplicate the pipeline `level` property defined in the upper level
              target: fixTarget(t.target)
            };
          });
        });
        const targetsHaveLevel = options.targets.some((t) => t.level != null);
        const pipelinesHaveLevel = options.pipelines.some((p) => p.some((t) => t.level != null));
        usesMultistream = options.targets.length + options.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
      } else if (pipeline) {
        target = bundlerOverrides["pino-worker"] || join5(__dirname, "worker.js");
        options.pipelines = [pipeline.map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        })];
      }
      if (levels) {
        options.levels = levels;
      }
      if (dedupe) {
        options.dedupe = dedupe;
      }
      options.pinoWillSendConfig = true;
      const name = targets || pipeline ? "pino.transport" : target;
      const stream = buildStream(fixTarget(target), options, worker, sync, name);
      if (usesMultistream) {
        stream[transportUsesMultistreamSym] = true;
      }
      return stream;
      function fixTarget(origin) {
        origin = bundlerOverrides[origin] || origin;
        if (isAbsolute2(origin) || origin.indexOf("file://") === 0) {
          return origin;
        }
        if (origin === "pino/file") {
          return join5(__dirname, "..", "file.js");
        }
        let fixTarget2;
        for (const filePath of callers) {
          try {
            const context = filePath === "node:repl" ? process.cwd() + sep3 : filePath;
            fixTarget2 = createRequire(context).resolve(origin);
            break;
          } catch (err) {
            continue;
          }
        }
        if (!fixTarget2) {
          throw new Error(`unable to determine transport target for "${origin}"`);
        }
        return fixTarget2;
      }
    }
    module.exports = transport;
  }
});

// ../../work/main/node_modules/pino/lib/tools.js
var require_tools = __commonJS({
  "../../work/main/node_modules/pino/lib/tools.js"(exports, module) {
    "use strict";
    var diagChan = __require("node:diagnostics_channel");
    var format = require_quick_format_unescaped();
    var { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers();
    var SonicBoom = require_sonic_boom();
    var onExit = require_on_exit_leak_free();
    var {
      lsCacheSym,
      chindingsSym,
      writeSym,
      serializersSym,
      formatOptsSym,
      endSym,
      stringifiersSym,
      stringifySym,
      stringifySafeSym,
      wildcardFirstSym,
      nestedKeySym,
      formattersSym,
      messageKeySym,
      errorKeySym,
      nestedKeyStrSym,
      msgPrefixSym
    } = require_symbols();
    var { isMainThread } = __require("worker_threads");
    var transport = require_transport();
    var [nodeMajor] = process.versions.node.split(".").map((v) => Number(v));
    var asJsonChan = diagChan.tracingChannel("pino_asJson");
    var asString = nodeMajor >= 25 ? (str) => JSON.stringify(str) : _asString;
    function noop() {
    }
    function genLog(level, hook) {
      if (!hook) return LOG;
      return function hookWrappedLog(...args) {
        hook.call(this, args, LOG, level);
      };
      function LOG(o, ...n) {
        if (typeof o === "object") {
          let msg = o;
          if (o !== null) {
            if (o.method && o.headers && o.socket) {
              o = mapHttpRequest(o);
            } else if (typeof o.setHeader === "function") {
              o = mapHttpResponse(o);
            }
          }
          let formatParams;
          if (msg === null && n.length === 0) {
            formatParams = [null];
          } else {
            msg = n.shift();
            formatParams = n;
          }
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](o, format(msg, formatParams, this[formatOptsSym]), level);
        } else {
          let msg = o === void 0 ? n.shift() : o;
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](null, format(msg, n, this[formatOptsSym]), level);
        }
      }
    }
    function _asString(str) {
      let result = "";
      let last = 0;
      let found = false;
      let point = 255;
      const l = str.length;
      if (l > 100) {
        return JSON.stringify(str);
      }
      for (var i = 0; i < l && point >= 32; i++) {
        point = str.charCodeAt(i);
        if (point === 34 || point === 92) {
          result += str.slice(last, i) + "\\";
          last = i;
          found = true;
        }
      }
      if (!found) {
        result = str;
      } else {
        result += str.slice(last);
      }
      return point < 32 ? JSON.stringify(str) : '"' + result + '"';
    }
    function asJson(obj, msg, num, time) {
      if (asJsonChan.hasSubscribers === false) {
        return _asJson.call(this, obj, msg, num, time);
      }
      const store = { instance: this, arguments };
      return asJsonChan.traceSync(_asJson, store, this, obj, msg, num, time);
    }
    function _asJson(obj, msg, num, time) {
      const stringify3 = this[stringifySym];
      const stringifySafe = this[stringifySafeSym];
      const stringifiers = this[stringifiersSym];
      const end = this[endSym];
      const chindings = this[chindingsSym];
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const messageKey = this[messageKeySym];
      const errorKey = this[errorKeySym];
      let data = this[lsCacheSym][num] + time;
      data = data + chindings;
      let value;
      if (formatters.log) {
        obj = formatters.log(obj);
      }
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      let propStr = "";
      for (const key in obj) {
        value = obj[key];
        if (Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
          if (serializers[key]) {
            value = serializers[key](value);
          } else if (key === errorKey && serializers.err) {
            value = serializers.err(value);
          }
          const stringifier = stringifiers[key] || wildcardStringifier;
          switch (typeof value) {
            case "undefined":
            case "function":
              continue;
            case "number":
              if (Number.isFinite(value) === false) {
                value = null;
              }
            // this case explicitly falls through to the next one
            case "boolean":
              if (stringifier) value = stringifier(value);
              break;
            case "string":
              value = (stringifier || asString)(value);
              break;
            default:
              value = (stringifier || stringify3)(value, stringifySafe);
          }
          if (value === void 0) continue;
          const strKey = asString(key);
          propStr += "," + strKey + ":" + value;
        }
      }
      let msgStr = "";
      if (msg !== void 0) {
        value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
        const stringifier = stringifiers[messageKey] || wildcardStringifier;
        switch (typeof value) {
          case "function":
            break;
          case "number":
            if (Number.isFinite(value) === false) {
              value = null;
            }
          // this case explicitly falls through to the next one
          case "boolean":
            if (stringifier) value = stringifier(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          case "string":
            value = (stringifier || asString)(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          default:
            value = (stringifier || stringify3)(value, stringifySafe);
            msgStr = ',"' + messageKey + '":' + value;
        }
      }
      if (this[nestedKeySym] && propStr) {
        return data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end;
      } else {
        return data + propStr + msgStr + end;
      }
    }
    function asChindings(instance, bindings) {
      let value;
      let data = instance[chindingsSym];
      const stringify3 = instance[stringifySym];
      const stringifySafe = instance[stringifySafeSym];
      const stringifiers = instance[stringifiersSym];
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      const serializers = instance[serializersSym];
      const formatter = instance[formattersSym].bindings;
      bindings = formatter(bindings);
      for (const key in bindings) {
        value = bindings[key];
        const valid = (key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0;
        if (valid === true) {
          value = serializers[key] ? serializers[key](value) : value;
          value = (stringifiers[key] || wildcardStringifier || stringify3)(value, stringifySafe);
          if (value === void 0) continue;
          data += "," + asString(key) + ":" + value;
        }
      }
      return data;
    }
    function hasBeenTampered(stream) {
      return stream.write !== stream.constructor.prototype.write;
    }
    function buildSafeSonicBoom(opts) {
      const stream = new SonicBoom(opts);
      stream.on("error", filterBrokenPipe);
      if (!opts.sync && isMainThread) {
        onExit.register(stream, autoEnd);
        stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
      return stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop;
          stream.end = noop;
          stream.flushSync = noop;
          stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
        stream.emit("error", err);
      }
    }
    function autoEnd(stream, eventName) {
      if (stream.destroyed) {
        return;
      }
      if (eventName === "beforeExit") {
        stream.flush();
        stream.on("drain", function() {
          stream.end();
        });
      } else {
        stream.flushSync();
      }
    }
    function createArgsNormalizer(defaultOptions) {
      return function normalizeArgs(instance, caller, opts = {}, stream) {
        if (typeof opts === "string") {
          stream = buildSafeSonicBoom({ dest: opts });
          opts = {};
        } else if (typeof stream === "string") {
          if (opts && opts.transport) {
            throw Error("only one of option.transport or stream can be specified");
          }
          stream = buildSafeSonicBoom({ dest: stream });
        } else if (opts instanceof SonicBoom || opts.writable || opts._writableState) {
          stream = opts;
          opts = {};
        } else if (opts.transport) {
          if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState) {
            throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
          }
          if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level === "function") {
            throw Error("option.transport.targets do not allow custom level formatters");
          }
          let customLevels;
          if (opts.customLevels) {
            customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels);
          }
          stream = transport({ caller, ...opts.transport, levels: customLevels });
        }
        opts = Object.assign({}, defaultOptions, opts);
        opts.serializers = Object.assign(/* @__PURE__ */ Object.create(null), defaultOptions.serializers, opts.serializers);
        opts.formatters = Object.assign({}, defaultOptions.formatters, opts.formatters);
        if (opts.prettyPrint) {
          throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
        }
        const { enabled, onChild } = opts;
        if (enabled === false) opts.level = "silent";
        if (!onChild) opts.onChild = noop;
        if (!stream) {
          if (!hasBeenTampered(process.stdout)) {
            stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 });
          } else {
            stream = process.stdout;
          }
        }
        return { opts, stream };
      };
    }
    function stringify2(obj, stringifySafeFn) {
      try {
        return JSON.stringify(obj);
      } catch (_) {
        try {
          const stringify3 = stringifySafeFn || this[stringifySafeSym];
          return stringify3(obj);
        } catch (_2) {
          return '"[unable to serialize, circular reference is too complex to analyze]"';
        }
      }
    }
    function buildFormatters(level, bindings, log) {
      return {
        level,
        bindings,
        log
      };
    }
    function normalizeDestFileDescriptor(destination) {
      const fd = Number(destination);
      if (typeof destination === "string" && Number.isFinite(fd)) {
        return fd;
      }
      if (destination === void 0) {
        return 1;
      }
      return destination;
    }
    module.exports = {
      noop,
      buildSafeSonicBoom,
      asChindings,
      asJson,
      genLog,
      createArgsNormalizer,
      stringify: stringify2,
      buildFormatters,
      normalizeDestFileDescriptor
    };
  }
});

// ../../work/main/node_modules/pino/lib/constants.js
var require_constants = __commonJS({
  "../../work/main/node_modules/pino/lib/constants.js"(exports, module) {
    var DEFAULT_LEVELS = {
      trace: 10,
      debug: 20,
      info: 30,
      warn: 40,
      error: 50,
      fatal: 60
    };
    var SORTING_ORDER = {
      ASC: "ASC",
      DESC: "DESC"
    };
    module.exports = {
      DEFAULT_LEVELS,
      SORTING_ORDER
    };
  }
});

// ../../work/main/node_modules/pino/lib/levels.js
var require_levels = __commonJS({
  "../../work/main/node_modules/pino/lib/levels.js"(exports, module) {
    "use strict";
    var {
      lsCacheSym,
      levelValSym,
      useOnlyCustomLevelsSym,
      streamSym,
      formattersSym,
      hooksSym,
      levelCompSym
    } = require_symbols();
    var { noop, genLog } = require_tools();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var levelMethods = {
      fatal: (hook) => {
        const logFatal = genLog(DEFAULT_LEVELS.fatal, hook);
        return function(...args) {
          const stream = this[streamSym];
          logFatal.call(this, ...args);
          if (typeof stream.flushSync === "function") {
            try {
              stream.flushSync();
            } catch (e) {
            }
          }
        };
      },
      error: (hook) => genLog(DEFAULT_LEVELS.error, hook),
      warn: (hook) => genLog(DEFAULT_LEVELS.warn, hook),
      info: (hook) => genLog(DEFAULT_LEVELS.info, hook),
      debug: (hook) => genLog(DEFAULT_LEVELS.debug, hook),
      trace: (hook) => genLog(DEFAULT_LEVELS.trace, hook)
    };
    var nums = Object.keys(DEFAULT_LEVELS).reduce((o, k) => {
      o[DEFAULT_LEVELS[k]] = k;
      return o;
    }, {});
    var initialLsCache = Object.keys(nums).reduce((o, k) => {
      o[k] = '{"level":' + Number(k);
      return o;
    }, {});
    function genLsCache(instance) {
      const formatter = instance[formattersSym].level;
      const { labels } = instance.levels;
      const cache = {};
      for (const label2 in labels) {
        const level = formatter(labels[label2], Number(label2));
        cache[label2] = JSON.stringify(level).slice(0, -1);
      }
      instance[lsCacheSym] = cache;
      return instance;
    }
    function isStandardLevel(level, useOnlyCustomLevels) {
      if (useOnlyCustomLevels) {
        return false;
      }
      switch (level) {
        case "fatal":
        case "error":
        case "warn":
        case "info":
        case "debug":
        case "trace":
          return true;
        default:
          return false;
      }
    }
    function setLevel(level) {
      const { labels, values } = this.levels;
      if (typeof level === "number") {
        if (labels[level] === void 0) throw Error("unknown level value" + level);
        level = labels[level];
      }
      if (values[level] === void 0) throw Error("unknown level " + level);
      const preLevelVal = this[levelValSym];
      const levelVal = this[levelValSym] = values[level];
      const useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym];
      const levelComparison = this[levelCompSym];
      const hook = this[hooksSym].logMethod;
      for (const key in values) {
        if (levelComparison(values[key], levelVal) === false) {
          this[key] = noop;
          continue;
        }
        this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook) : genLog(values[key], hook);
      }
      this.emit(
        "level-change",
        level,
        levelVal,
        labels[preLevelVal],
        preLevelVal,
        this
      );
    }
    function getLevel(level) {
      const { levels, levelVal } = this;
      return levels && levels.labels ? levels.labels[levelVal] : "";
    }
    function isLevelEnabled(logLevel) {
      const { values } = this.levels;
      const logLevelVal = values[logLevel];
      return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
    }
    function compareLevel(direction, current, expected) {
      if (direction === SORTING_ORDER.DESC) {
        return current <= expected;
      }
      return current >= expected;
    }
    function genLevelComparison(levelComparison) {
      if (typeof levelComparison === "string") {
        return compareLevel.bind(null, levelComparison);
      }
      return levelComparison;
    }
    function mappings(customLevels = null, useOnlyCustomLevels = false) {
      const customNums = customLevels ? Object.keys(customLevels).reduce((o, k) => {
        o[customLevels[k]] = k;
        return o;
      }, {}) : null;
      const labels = Object.assign(
        Object.create(Object.prototype, { Infinity: { value: "silent" } }),
        useOnlyCustomLevels ? null : nums,
        customNums
      );
      const values = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      return { labels, values };
    }
    function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
      if (typeof defaultLevel === "number") {
        const values = [].concat(
          Object.keys(customLevels || {}).map((key) => customLevels[key]),
          useOnlyCustomLevels ? [] : Object.keys(nums).map((level) => +level),
          Infinity
        );
        if (!values.includes(defaultLevel)) {
          throw Error(`default level:${defaultLevel} must be included in custom levels`);
        }
        return;
      }
      const labels = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      if (!(defaultLevel in labels)) {
        throw Error(`default level:${defaultLevel} must be included in custom levels`);
      }
    }
    function assertNoLevelCollisions(levels, customLevels) {
      const { labels, values } = levels;
      for (const k in customLevels) {
        if (k in values) {
          throw Error("levels cannot be overridden");
        }
        if (customLevels[k] in labels) {
          throw Error("pre-existing level values cannot be used for new levels");
        }
      }
    }
    function assertLevelComparison(levelComparison) {
      if (typeof levelComparison === "function") {
        return;
      }
      if (typeof levelComparison === "string" && Object.values(SORTING_ORDER).includes(levelComparison)) {
        return;
      }
      throw new Error('Levels comparison should be one of "ASC", "DESC" or "function" type');
    }
    module.exports = {
      initialLsCache,
      genLsCache,
      levelMethods,
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      assertNoLevelCollisions,
      assertDefaultLevelFound,
      genLevelComparison,
      assertLevelComparison
    };
  }
});

// ../../work/main/node_modules/pino/lib/meta.js
var require_meta = __commonJS({
  "../../work/main/node_modules/pino/lib/meta.js"(exports, module) {
    "use strict";
    module.exports = { version: "10.4.0" };
  }
});

// ../../work/main/node_modules/pino/lib/proto.js
var require_proto = __commonJS({
  "../../work/main/node_modules/pino/lib/proto.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("node:events");
    var {
      lsCacheSym,
      levelValSym,
      setLevelSym,
      getLevelSym,
      chindingsSym,
      mixinSym,
      asJsonSym,
      writeSym,
      mixinMergeStrategySym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      serializersSym,
      formattersSym,
      errorKeySym,
      messageKeySym,
      useOnlyCustomLevelsSym,
      needsMetadataGsym,
      redactFmtSym,
      stringifySym,
      formatOptsSym,
      stringifiersSym,
      msgPrefixSym,
      hooksSym
    } = require_symbols();
    var {
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      initialLsCache,
      genLsCache,
      assertNoLevelCollisions
    } = require_levels();
    var {
      asChindings,
      asJson,
      buildFormatters,
      stringify: stringify2,
      noop
    } = require_tools();
    var {
      version
    } = require_meta();
    var redaction = require_redaction();
    var constructor = class Pino {
    };
    var prototype = {
      constructor,
      child,
      bindings,
      setBindings,
      flush,
      isLevelEnabled,
      version,
      get level() {
        return this[getLevelSym]();
      },
      set level(lvl) {
        this[setLevelSym](lvl);
      },
      get levelVal() {
        return this[levelValSym];
      },
      set levelVal(n) {
        throw Error("levelVal is read-only");
      },
      get msgPrefix() {
        return this[msgPrefixSym];
      },
      get [Symbol.toStringTag]() {
        return "Pino";
      },
      [lsCacheSym]: initialLsCache,
      [writeSym]: write,
      [asJsonSym]: asJson,
      [getLevelSym]: getLevel,
      [setLevelSym]: setLevel
    };
    Object.setPrototypeOf(prototype, EventEmitter.prototype);
    module.exports = function() {
      return Object.create(prototype);
    };
    var resetChildingsFormatter = (bindings2) => bindings2;
    function child(bindings2, options) {
      if (!bindings2) {
        throw Error("missing bindings for child Pino");
      }
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const instance = Object.create(this);
      if (options == null) {
        if (instance[formattersSym].bindings !== resetChildingsFormatter) {
          instance[formattersSym] = buildFormatters(
            formatters.level,
            resetChildingsFormatter,
            formatters.log
          );
        }
        instance[chindingsSym] = asChindings(instance, bindings2);
        if (this.onChild !== noop) {
          this.onChild(instance);
        }
        return instance;
      }
      if (options.hasOwnProperty("serializers") === true) {
        instance[serializersSym] = /* @__PURE__ */ Object.create(null);
        for (const k in serializers) {
          instance[serializersSym][k] = serializers[k];
        }
        const parentSymbols = Object.getOwnPropertySymbols(serializers);
        for (var i = 0; i < parentSymbols.length; i++) {
          const ks = parentSymbols[i];
          instance[serializersSym][ks] = serializers[ks];
        }
        for (const bk in options.serializers) {
          instance[serializersSym][bk] = options.serializers[bk];
        }
        const bindingsSymbols = Object.getOwnPropertySymbols(options.serializers);
        for (var bi = 0; bi < bindingsSymbols.length; bi++) {
          const bks = bindingsSymbols[bi];
          instance[serializersSym][bks] = options.serializers[bks];
        }
      } else instance[serializersSym] = serializers;
      if (options.hasOwnProperty("formatters")) {
        const { level, bindings: chindings, log } = options.formatters;
        instance[formattersSym] = buildFormatters(
          level || formatters.level,
          chindings || resetChildingsFormatter,
          log || formatters.log
        );
      } else {
        instance[formattersSym] = buildFormatters(
          formatters.level,
          resetChildingsFormatter,
          formatters.log
        );
      }
      if (options.hasOwnProperty("customLevels") === true) {
        assertNoLevelCollisions(this.levels, options.customLevels);
        instance.levels = mappings(options.customLevels, instance[useOnlyCustomLevelsSym]);
        genLsCache(instance);
      }
      if (typeof options.redact === "object" && options.redact !== null || Array.isArray(options.redact)) {
        instance.redact = options.redact;
        const stringifiers = redaction(instance.redact, stringify2);
        const formatOpts = { stringify: stringifiers[redactFmtSym] };
        instance[stringifySym] = stringify2;
        instance[stringifiersSym] = stringifiers;
        instance[formatOptsSym] = formatOpts;
      }
      if (typeof options.msgPrefix === "string") {
        instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options.msgPrefix;
      }
      instance[chindingsSym] = asChindings(instance, bindings2);
      if (options.level !== void 0 && options.level !== this.level || options.hasOwnProperty("customLevels")) {
        const childLevel = options.level || this.level;
        instance[setLevelSym](childLevel);
      }
      this.onChild(instance);
      return instance;
    }
    function bindings() {
      const chindings = this[chindingsSym];
      const chindingsJson = `{${chindings.substr(1)}}`;
      const bindingsFromJson = JSON.parse(chindingsJson);
      delete bindingsFromJson.pid;
      delete bindingsFromJson.hostname;
      return bindingsFromJson;
    }
    function setBindings(newBindings) {
      const chindings = asChindings(this, newBindings);
      this[chindingsSym] = chindings;
    }
    function defaultMixinMergeStrategy(mergeObject, mixinObject) {
      return Object.assign(mixinObject, mergeObject);
    }
    function write(_obj, msg, num) {
      const t = this[timeSym]();
      const mixin = this[mixinSym];
      const errorKey = this[errorKeySym];
      const messageKey = this[messageKeySym];
      const mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy;
      let obj;
      const streamWriteHook = this[hooksSym].streamWrite;
      if (_obj === void 0 || _obj === null) {
        obj = {};
      } else if (_obj instanceof Error) {
        obj = { [errorKey]: _obj };
        if (msg === void 0) {
          msg = _obj.message;
        }
      } else {
        obj = _obj;
        if (msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey]) {
          msg = _obj[errorKey].message;
        }
      }
      if (mixin) {
        obj = mixinMergeStrategy(obj, mixin(obj, num, this));
      }
      const s = this[asJsonSym](obj, msg, num, t);
      const stream = this[streamSym];
      if (stream[needsMetadataGsym] === true) {
        stream.lastLevel = num;
        stream.lastObj = obj;
        stream.lastMsg = msg;
        stream.lastTime = t.slice(this[timeSliceIndexSym]);
        stream.lastLogger = this;
      }
      stream.write(streamWriteHook ? streamWriteHook(s) : s);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw Error("callback must be a function");
      }
      const stream = this[streamSym];
      if (typeof stream.flush === "function") {
        stream.flush(cb || noop);
      } else if (cb) cb();
    }
  }
});

// ../../work/main/node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJS({
  "../../work/main/node_modules/safe-stable-stringify/index.js"(exports, module) {
    "use strict";
    var { hasOwnProperty } = Object.prototype;
    var stringify2 = configure();
    stringify2.configure = configure;
    stringify2.stringify = stringify2;
    stringify2.default = stringify2;
    exports.stringify = stringify2;
    exports.configure = configure;
    module.exports = stringify2;
    var strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
    function strEscape(str) {
      if (str.length < 5e3 && !strEscapeSequencesRegExp.test(str)) {
        return `"${str}"`;
      }
      return JSON.stringify(str);
    }
    function sort(array, comparator) {
      if (array.length > 200 || comparator) {
        return array.sort(comparator);
      }
      for (let i = 1; i < array.length; i++) {
        const currentValue = array[i];
        let position = i;
        while (position !== 0 && array[position - 1] > currentValue) {
          array[position] = array[position - 1];
          position--;
        }
        array[position] = currentValue;
      }
      return array;
    }
    var typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(
        Object.getPrototypeOf(
          new Int8Array()
        )
      ),
      Symbol.toStringTag
    ).get;
    function isTypedArrayWithEntries(value) {
      return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
    }
    function stringifyTypedArray(array, separator, maximumBreadth) {
      if (array.length < maximumBreadth) {
        maximumBreadth = array.length;
      }
      const whitespace = separator === "," ? "" : " ";
      let res = `"0":${whitespace}${array[0]}`;
      for (let i = 1; i < maximumBreadth; i++) {
        res += `${separator}"${i}":${whitespace}${array[i]}`;
      }
      return res;
    }
    function getCircularValueOption(options) {
      if (hasOwnProperty.call(options, "circularValue")) {
        const circularValue = options.circularValue;
        if (typeof circularValue === "string") {
          return `"${circularValue}"`;
        }
        if (circularValue == null) {
          return circularValue;
        }
        if (circularValue === Error || circularValue === TypeError) {
          return {
            toString() {
              throw new TypeError("Converting circular structure to JSON");
            }
          };
        }
        throw new TypeError('The "circularValue" argument must be of type string or the value null or undefined');
      }
      return '"[Circular]"';
    }
    function getDeterministicOption(options) {
      let value;
      if (hasOwnProperty.call(options, "deterministic")) {
        value = options.deterministic;
        if (typeof value !== "boolean" && typeof value !== "function") {
          throw new TypeError('The "deterministic" argument must be of type boolean or comparator function');
        }
      }
      return value === void 0 ? true : value;
    }
    function getBooleanOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "boolean") {
          throw new TypeError(`The "${key}" argument must be of type boolean`);
        }
      }
      return value === void 0 ? true : value;
    }
    function getPositiveIntegerOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "number") {
          throw new TypeError(`The "${key}" argument must be of type number`);
        }
        if (!Number.isInteger(value)) {
          throw new TypeError(`The "${key}" argument must be an integer`);
        }
        if (value < 1) {
          throw new RangeError(`The "${key}" argument must be >= 1`);
        }
      }
      return value === void 0 ? Infinity : value;
    }
    function getItemCount(number) {
      if (number === 1) {
        return "1 item";
      }
      return `${number} items`;
    }
    function getUniqueReplacerSet(replacerArray) {
      const replacerSet = /* @__PURE__ */ new Set();
      for (const value of replacerArray) {
        if (typeof value === "string" || typeof value === "number") {
          replacerSet.add(String(value));
        }
      }
      return replacerSet;
    }
    function getStrictOption(options) {
      if (hasOwnProperty.call(options, "strict")) {
        const value = options.strict;
        if (typeof value !== "boolean") {
          throw new TypeError('The "strict" argument must be of type boolean');
        }
        if (value) {
          return (value2) => {
            let message = `Object can not safely be stringified. Received type ${typeof value2}`;
            if (typeof value2 !== "function") message += ` (${value2.toString()})`;
            throw new Error(message);
          };
        }
      }
    }
    function configure(options) {
      options = { ...options };
      const fail2 = getStrictOption(options);
      if (fail2) {
        if (options.bigint === void 0) {
          options.bigint = false;
        }
        if (!("circularValue" in options)) {
          options.circularValue = Error;
        }
      }
      const circularValue = getCircularValueOption(options);
      const bigint = getBooleanOption(options, "bigint");
      const deterministic = getDeterministicOption(options);
      const comparator = typeof deterministic === "function" ? deterministic : void 0;
      const maximumDepth = getPositiveIntegerOption(options, "maximumDepth");
      const maximumBreadth = getPositiveIntegerOption(options, "maximumBreadth");
      function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
        let value = parent[key];
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        value = replacer.call(parent, key, value);
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            let join5 = ",";
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join5 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join5;
              }
              const tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join5}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let whitespace = "";
            let separator = "";
            if (spacer !== "") {
              indentation += spacer;
              join5 = `,
${indentation}`;
              whitespace = " ";
            }
            const maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (deterministic && !isTypedArrayWithEntries(value)) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifyFnReplacer(key2, value, stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join5;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`;
              separator = join5;
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail2 ? fail2(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail2 ? fail2(value) : void 0;
        }
      }
      function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            let res = "";
            let join5 = ",";
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join5 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join5;
              }
              const tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join5}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            stack.push(value);
            let whitespace = "";
            if (spacer !== "") {
              indentation += spacer;
              join5 = `,
${indentation}`;
              whitespace = " ";
            }
            let separator = "";
            for (const key2 of replacer) {
              const tmp = stringifyArrayReplacer(key2, value[key2], stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join5;
              }
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail2 ? fail2(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail2 ? fail2(value) : void 0;
        }
      }
      function stringifyIndent(key, value, stack, spacer, indentation) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifyIndent(key, value, stack, spacer, indentation);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              indentation += spacer;
              let res2 = `
${indentation}`;
              const join6 = `,
${indentation}`;
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyIndent(String(i), value[i], stack, spacer, indentation);
                res2 += tmp2 !== void 0 ? tmp2 : "null";
                res2 += join6;
              }
              const tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
              res2 += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res2 += `${join6}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              res2 += `
${originalIndentation}`;
              stack.pop();
              return `[${res2}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            indentation += spacer;
            const join5 = `,
${indentation}`;
            let res = "";
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, join5, maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = join5;
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifyIndent(key2, value[key2], stack, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}: ${tmp}`;
                separator = join5;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`;
              separator = join5;
            }
            if (separator !== "") {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail2 ? fail2(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail2 ? fail2(value) : void 0;
        }
      }
      function stringifySimple(key, value, stack) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifySimple(key, value, stack);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            const hasLength = value.length !== void 0;
            if (hasLength && Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifySimple(String(i), value[i], stack);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += ",";
              }
              const tmp = stringifySimple(String(i), value[i], stack);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `,"... ${getItemCount(removedKeys)} not stringified"`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (hasLength && isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, ",", maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = ",";
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifySimple(key2, value[key2], stack);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${tmp}`;
                separator = ",";
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail2 ? fail2(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail2 ? fail2(value) : void 0;
        }
      }
      function stringify3(value, replacer, space) {
        if (arguments.length > 1) {
          let spacer = "";
          if (typeof space === "number") {
            spacer = " ".repeat(Math.min(space, 10));
          } else if (typeof space === "string") {
            spacer = space.slice(0, 10);
          }
          if (replacer != null) {
            if (typeof replacer === "function") {
              return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
            }
            if (Array.isArray(replacer)) {
              return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
            }
          }
          if (spacer.length !== 0) {
            return stringifyIndent("", value, [], spacer, "");
          }
        }
        return stringifySimple("", value, []);
      }
      return stringify3;
    }
  }
});

// ../../work/main/node_modules/pino/lib/multistream.js
var require_multistream = __commonJS({
  "../../work/main/node_modules/pino/lib/multistream.js"(exports, module) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata");
    var { DEFAULT_LEVELS } = require_constants();
    var DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
    function multistream(streamsArray, opts) {
      streamsArray = streamsArray || [];
      opts = opts || { dedupe: false };
      const streamLevels = Object.create(DEFAULT_LEVELS);
      streamLevels.silent = Infinity;
      if (opts.levels && typeof opts.levels === "object") {
        Object.keys(opts.levels).forEach((i) => {
          streamLevels[i] = opts.levels[i];
        });
      }
      const res = {
        write,
        add,
        remove,
        emit,
        flushSync,
        end,
        minLevel: 0,
        lastId: 0,
        streams: [],
        clone,
        [metadata]: true,
        streamLevels
      };
      if (Array.isArray(streamsArray)) {
        streamsArray.forEach(add, res);
      } else {
        add.call(res, streamsArray);
      }
      streamsArray = null;
      return res;
      function write(data) {
        let dest;
        const level = typeof this.lastLevel === "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel;
        const { streams } = this;
        let recordedLevel = 0;
        let stream;
        for (let i = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i, streams.length, opts.dedupe); i = adjustLoopVar(i, opts.dedupe)) {
          dest = streams[i];
          if (dest.level <= level) {
            if (recordedLevel !== 0 && recordedLevel !== dest.level) {
              break;
            }
            stream = dest.stream;
            if (stream[metadata]) {
              const { lastTime, lastMsg, lastObj, lastLogger } = this;
              stream.lastLevel = level;
              stream.lastTime = lastTime;
              stream.lastMsg = lastMsg;
              stream.lastObj = lastObj;
              stream.lastLogger = lastLogger;
            }
            stream.write(data);
            if (opts.dedupe) {
              recordedLevel = dest.level;
            }
          } else if (!opts.dedupe) {
            break;
          }
        }
      }
      function emit(...args) {
        for (const { stream } of this.streams) {
          if (typeof stream.emit === "function") {
            stream.emit(...args);
          }
        }
      }
      function flushSync() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
        }
      }
      function add(dest) {
        if (!dest) {
          return this;
        }
        const isStream = typeof dest.write === "function" || dest.stream;
        const stream_ = dest.write ? dest : dest.stream;
        if (!isStream) {
          throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
        }
        const { streams, streamLevels: streamLevels2 } = this;
        let level;
        if (typeof dest.levelVal === "number") {
          level = dest.levelVal;
        } else if (typeof dest.level === "string") {
          level = streamLevels2[dest.level];
        } else if (typeof dest.level === "number") {
          level = dest.level;
        } else {
          level = DEFAULT_INFO_LEVEL;
        }
        const dest_ = {
          stream: stream_,
          level,
          levelVal: void 0,
          id: ++res.lastId
        };
        streams.unshift(dest_);
        streams.sort(compareByLevel);
        this.minLevel = streams[0].level;
        return this;
      }
      function remove(id) {
        const { streams } = this;
        const index = streams.findIndex((s) => s.id === id);
        if (index >= 0) {
          streams.splice(index, 1);
          streams.sort(compareByLevel);
          this.minLevel = streams.length > 0 ? streams[0].level : -1;
        }
        return this;
      }
      function end() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
          stream.end();
        }
      }
      function clone(level) {
        const streams = new Array(this.streams.length);
        for (let i = 0; i < streams.length; i++) {
          streams[i] = {
            level,
            stream: this.streams[i].stream
          };
        }
        return {
          write,
          add,
          remove,
          emit,
          flushSync,
          end,
          minLevel: level,
          streams,
          clone,
          [metadata]: true,
          streamLevels
        };
      }
    }
    function compareByLevel(a, b) {
      return a.level - b.level;
    }
    function initLoopVar(length, dedupe) {
      return dedupe ? length - 1 : 0;
    }
    function adjustLoopVar(i, dedupe) {
      return dedupe ? i - 1 : i + 1;
    }
    function checkLoopVar(i, length, dedupe) {
      return dedupe ? i >= 0 : i < length;
    }
    module.exports = multistream;
  }
});

// ../../work/main/node_modules/pino/pino.js
var require_pino = __commonJS({
  "../../work/main/node_modules/pino/pino.js"(exports, module) {
    "use strict";
    var os = __require("node:os");
    var stdSerializers = require_pino_std_serializers();
    var caller = require_caller();
    var redaction = require_redaction();
    var time = require_time();
    var proto = require_proto();
    var symbols = require_symbols();
    var { configure } = require_safe_stable_stringify();
    var { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var {
      createArgsNormalizer,
      asChindings,
      buildSafeSonicBoom,
      buildFormatters,
      stringify: stringify2,
      normalizeDestFileDescriptor,
      noop
    } = require_tools();
    var { version } = require_meta();
    var {
      chindingsSym,
      redactFmtSym,
      serializersSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      setLevelSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      mixinSym,
      levelCompSym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    } = symbols;
    var { epochTime, nullTime } = time;
    var { pid } = process;
    var hostname = os.hostname();
    var defaultErrorSerializer = stdSerializers.err;
    var defaultOptions = {
      level: "info",
      levelComparison: SORTING_ORDER.ASC,
      levels: DEFAULT_LEVELS,
      messageKey: "msg",
      errorKey: "err",
      nestedKey: null,
      enabled: true,
      base: { pid, hostname },
      serializers: Object.assign(/* @__PURE__ */ Object.create(null), {
        err: defaultErrorSerializer
      }),
      formatters: Object.assign(/* @__PURE__ */ Object.create(null), {
        bindings(bindings) {
          return bindings;
        },
        level(label2, number) {
          return { level: number };
        }
      }),
      hooks: {
        logMethod: void 0,
        streamWrite: void 0
      },
      timestamp: epochTime,
      name: void 0,
      redact: null,
      customLevels: null,
      useOnlyCustomLevels: false,
      depthLimit: 5,
      edgeLimit: 100
    };
    var normalize = createArgsNormalizer(defaultOptions);
    var serializers = Object.assign(/* @__PURE__ */ Object.create(null), stdSerializers);
    function pino2(...args) {
      const instance = {};
      const { opts, stream } = normalize(instance, caller(), ...args);
      if (opts.level && typeof opts.level === "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0) opts.level = opts.level.toLowerCase();
      const {
        redact,
        crlf,
        serializers: serializers2,
        timestamp,
        messageKey,
        errorKey,
        nestedKey,
        base,
        name,
        level,
        customLevels,
        levelComparison,
        mixin,
        mixinMergeStrategy,
        useOnlyCustomLevels,
        formatters,
        hooks,
        depthLimit,
        edgeLimit,
        onChild,
        msgPrefix
      } = opts;
      const stringifySafe = configure({
        maximumDepth: depthLimit,
        maximumBreadth: edgeLimit
      });
      const allFormatters = buildFormatters(
        formatters.level,
        formatters.bindings,
        formatters.log
      );
      const stringifyFn = stringify2.bind({
        [stringifySafeSym]: stringifySafe
      });
      const stringifiers = redact ? Object.assign(/* @__PURE__ */ Object.create(null), redaction(redact, stringifyFn)) : /* @__PURE__ */ Object.create(null);
      const formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn };
      const end = "}" + (crlf ? "\r\n" : "\n");
      const coreChindings = asChindings.bind(null, {
        [chindingsSym]: "",
        [serializersSym]: serializers2,
        [stringifiersSym]: stringifiers,
        [stringifySym]: stringify2,
        [stringifySafeSym]: stringifySafe,
        [formattersSym]: allFormatters
      });
      let chindings = "";
      if (base !== null) {
        if (name === void 0) {
          chindings = coreChindings(base);
        } else {
          chindings = coreChindings(Object.assign({}, base, { name }));
        }
      }
      const time2 = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime;
      const timeSliceIndex = time2().indexOf(":") + 1;
      if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
      if (mixin && typeof mixin !== "function") throw Error(`Unknown mixin type "${typeof mixin}" - expected "function"`);
      if (msgPrefix && typeof msgPrefix !== "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
      assertDefaultLevelFound(level, customLevels, useOnlyCustomLevels);
      const levels = mappings(customLevels, useOnlyCustomLevels);
      if (stream && stream[transportUsesMultistreamSym] === true) {
        let sampleLabel = typeof level === "string" ? level : void 0;
        if (!sampleLabel || levels[sampleLabel] === void 0) {
          sampleLabel = Object.keys(levels)[0];
        }
        const sampleNumber = levels[sampleLabel];
        let ok = false;
        try {
          const formatted = formatters.level(sampleLabel, sampleNumber);
          ok = formatted && typeof formatted === "object" && formatted.level === sampleNumber;
        } catch {
          ok = false;
        }
        if (!ok) {
          process.emitWarning(
            'custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric "level" field or they may be dropped',
            { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" }
          );
        }
      }
      if (typeof stream.emit === "function") {
        stream.emit("message", { code: "PINO_CONFIG", config: { levels, messageKey, errorKey } });
      }
      assertLevelComparison(levelComparison);
      const levelCompFunc = genLevelComparison(levelComparison);
      Object.assign(instance, {
        levels,
        [levelCompSym]: levelCompFunc,
        [useOnlyCustomLevelsSym]: useOnlyCustomLevels,
        [streamSym]: stream,
        [timeSym]: time2,
        [timeSliceIndexSym]: timeSliceIndex,
        [stringifySym]: stringify2,
        [stringifySafeSym]: stringifySafe,
        [stringifiersSym]: stringifiers,
        [endSym]: end,
        [formatOptsSym]: formatOpts,
        [messageKeySym]: messageKey,
        [errorKeySym]: errorKey,
        [nestedKeySym]: nestedKey,
        // protect against injection
        [nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
        [serializersSym]: serializers2,
        [mixinSym]: mixin,
        [mixinMergeStrategySym]: mixinMergeStrategy,
        [chindingsSym]: chindings,
        [formattersSym]: allFormatters,
        [hooksSym]: hooks,
        silent: noop,
        onChild,
        [msgPrefixSym]: msgPrefix
      });
      Object.setPrototypeOf(instance, proto());
      genLsCache(instance);
      instance[setLevelSym](level);
      return instance;
    }
    module.exports = pino2;
    module.exports.destination = (dest = process.stdout.fd) => {
      if (typeof dest === "object") {
        dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd);
        return buildSafeSonicBoom(dest);
      } else {
        return buildSafeSonicBoom({ dest: normalizeDestFileDescriptor(dest), minLength: 0 });
      }
    };
    module.exports.transport = require_transport();
    module.exports.multistream = require_multistream();
    module.exports.levels = mappings();
    module.exports.stdSerializers = serializers;
    module.exports.stdTimeFunctions = Object.assign({}, time);
    module.exports.symbols = symbols;
    module.exports.version = version;
    module.exports.default = pino2;
    module.exports.pino = pino2;
  }
});

// ../../work/main/node_modules/colorette/index.cjs
var require_colorette = __commonJS({
  "../../work/main/node_modules/colorette/index.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tty = __require("tty");
    function _interopNamespace(e) {
      if (e && e.__esModule) return e;
      var n = /* @__PURE__ */ Object.create(null);
      if (e) {
        Object.keys(e).forEach(function(k) {
          if (k !== "default") {
            var d = Object.getOwnPropertyDescriptor(e, k);
            Object.defineProperty(n, k, d.get ? d : {
              enumerable: true,
              get: function() {
                return e[k];
              }
            });
          }
        });
      }
      n["default"] = e;
      return Object.freeze(n);
    }
    var tty__namespace = /* @__PURE__ */ _interopNamespace(tty);
    var {
      env = {},
      argv = [],
      platform = ""
    } = typeof process === "undefined" ? {} : process;
    var isDisabled = "NO_COLOR" in env || argv.includes("--no-color");
    var isForced = "FORCE_COLOR" in env || argv.includes("--color");
    var isWindows = platform === "win32";
    var isDumbTerminal = env.TERM === "dumb";
    var isCompatibleTerminal = tty__namespace && tty__namespace.isatty && tty__namespace.isatty(1) && env.TERM && !isDumbTerminal;
    var isCI = "CI" in env && ("GITHUB_ACTIONS" in env || "GITLAB_CI" in env || "CIRCLECI" in env);
    var isColorSupported = !isDisabled && (isForced || isWindows && !isDumbTerminal || isCompatibleTerminal || isCI);
    var replaceClose = (index, string, close, replace, head = string.substring(0, index) + replace, tail = string.substring(index + close.length), next = tail.indexOf(close)) => head + (next < 0 ? tail : replaceClose(next, tail, close, replace));
    var clearBleed = (index, string, open, close, replace) => index < 0 ? open + string + close : open + replaceClose(index, string, close, replace) + close;
    var filterEmpty = (open, close, replace = open, at4 = open.length + 1) => (string) => string || !(string === "" || string === void 0) ? clearBleed(
      ("" + string).indexOf(close, at4),
      string,
      open,
      close,
      replace
    ) : "";
    var init = (open, close, replace) => filterEmpty(`\x1B[${open}m`, `\x1B[${close}m`, replace);
    var colors = {
      reset: init(0, 0),
      bold: init(1, 22, "\x1B[22m\x1B[1m"),
      dim: init(2, 22, "\x1B[22m\x1B[2m"),
      italic: init(3, 23),
      underline: init(4, 24),
      inverse: init(7, 27),
      hidden: init(8, 28),
      strikethrough: init(9, 29),
      black: init(30, 39),
      red: init(31, 39),
      green: init(32, 39),
      yellow: init(33, 39),
      blue: init(34, 39),
      magenta: init(35, 39),
      cyan: init(36, 39),
      white: init(37, 39),
      gray: init(90, 39),
      bgBlack: init(40, 49),
      bgRed: init(41, 49),
      bgGreen: init(42, 49),
      bgYellow: init(43, 49),
      bgBlue: init(44, 49),
      bgMagenta: init(45, 49),
      bgCyan: init(46, 49),
      bgWhite: init(47, 49),
      blackBright: init(90, 39),
      redBright: init(91, 39),
      greenBright: init(92, 39),
      yellowBright: init(93, 39),
      blueBright: init(94, 39),
      magentaBright: init(95, 39),
      cyanBright: init(96, 39),
      whiteBright: init(97, 39),
      bgBlackBright: init(100, 49),
      bgRedBright: init(101, 49),
      bgGreenBright: init(102, 49),
      bgYellowBright: init(103, 49),
      bgBlueBright: init(104, 49),
      bgMagentaBright: init(105, 49),
      bgCyanBright: init(106, 49),
      bgWhiteBright: init(107, 49)
    };
    var createColors = ({ useColor: useColor2 = isColorSupported } = {}) => useColor2 ? colors : Object.keys(colors).reduce(
      (colors2, key) => ({ ...colors2, [key]: String }),
      {}
    );
    var {
      reset,
      bold,
      dim,
      italic,
      underline,
      inverse,
      hidden,
      strikethrough,
      black,
      red,
      green,
      yellow,
      blue,
      magenta,
      cyan,
      white,
      gray,
      bgBlack,
      bgRed,
      bgGreen,
      bgYellow,
      bgBlue,
      bgMagenta,
      bgCyan,
      bgWhite,
      blackBright,
      redBright,
      greenBright,
      yellowBright,
      blueBright,
      magentaBright,
      cyanBright,
      whiteBright,
      bgBlackBright,
      bgRedBright,
      bgGreenBright,
      bgYellowBright,
      bgBlueBright,
      bgMagentaBright,
      bgCyanBright,
      bgWhiteBright
    } = createColors();
    exports.bgBlack = bgBlack;
    exports.bgBlackBright = bgBlackBright;
    exports.bgBlue = bgBlue;
    exports.bgBlueBright = bgBlueBright;
    exports.bgCyan = bgCyan;
    exports.bgCyanBright = bgCyanBright;
    exports.bgGreen = bgGreen;
    exports.bgGreenBright = bgGreenBright;
    exports.bgMagenta = bgMagenta;
    exports.bgMagentaBright = bgMagentaBright;
    exports.bgRed = bgRed;
    exports.bgRedBright = bgRedBright;
    exports.bgWhite = bgWhite;
    exports.bgWhiteBright = bgWhiteBright;
    exports.bgYellow = bgYellow;
    exports.bgYellowBright = bgYellowBright;
    exports.black = black;
    exports.blackBright = blackBright;
    exports.blue = blue;
    exports.blueBright = blueBright;
    exports.bold = bold;
    exports.createColors = createColors;
    exports.cyan = cyan;
    exports.cyanBright = cyanBright;
    exports.dim = dim;
    exports.gray = gray;
    exports.green = green;
    exports.greenBright = greenBright;
    exports.hidden = hidden;
    exports.inverse = inverse;
    exports.isColorSupported = isColorSupported;
    exports.italic = italic;
    exports.magenta = magenta;
    exports.magentaBright = magentaBright;
    exports.red = red;
    exports.redBright = redBright;
    exports.reset = reset;
    exports.strikethrough = strikethrough;
    exports.underline = underline;
    exports.white = white;
    exports.whiteBright = whiteBright;
    exports.yellow = yellow;
    exports.yellowBright = yellowBright;
  }
});

// ../../work/main/node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "../../work/main/node_modules/wrappy/wrappy.js"(exports, module) {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn !== "function")
        throw new TypeError("need wrapper function");
      Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      });
      return wrapper;
      function wrapper() {
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        var ret = fn.apply(this, args);
        var cb2 = args[args.length - 1];
        if (typeof ret === "function" && ret !== cb2) {
          Object.keys(cb2).forEach(function(k) {
            ret[k] = cb2[k];
          });
        }
        return ret;
      }
    }
  }
});

// ../../work/main/node_modules/once/once.js
var require_once = __commonJS({
  "../../work/main/node_modules/once/once.js"(exports, module) {
    var wrappy = require_wrappy();
    module.exports = wrappy(once);
    module.exports.strict = wrappy(onceStrict);
    once.proto = once(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once(this);
        },
        configurable: true
      });
      Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: true
      });
    });
    function once(fn) {
      var f = function() {
        if (f.called) return f.value;
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      f.called = false;
      return f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      var name = fn.name || "Function wrapped with `once`";
      f.onceError = name + " shouldn't be called more than once";
      f.called = false;
      return f;
    }
  }
});

// ../../work/main/node_modules/end-of-stream/index.js
var require_end_of_stream = __commonJS({
  "../../work/main/node_modules/end-of-stream/index.js"(exports, module) {
    var once = require_once();
    var noop = function() {
    };
    var qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process);
    var isRequest = function(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    };
    var isChildProcess = function(stream) {
      return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3;
    };
    var eos = function(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var ws = stream._writableState;
      var rs = stream._readableState;
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var cancelled = false;
      var onlegacyfinish = function() {
        if (!stream.writable) onfinish();
      };
      var onfinish = function() {
        writable = false;
        if (!readable) callback.call(stream);
      };
      var onend = function() {
        readable = false;
        if (!writable) callback.call(stream);
      };
      var onexit = function(exitCode) {
        callback.call(stream, exitCode ? new Error("exited with error code: " + exitCode) : null);
      };
      var onerror = function(err) {
        callback.call(stream, err);
      };
      var onclose = function() {
        qnt(onclosenexttick);
      };
      var onclosenexttick = function() {
        if (cancelled) return;
        if (readable && !(rs && (rs.ended && !rs.destroyed))) return callback.call(stream, new Error("premature close"));
        if (writable && !(ws && (ws.ended && !ws.destroyed))) return callback.call(stream, new Error("premature close"));
      };
      var onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !ws) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      if (isChildProcess(stream)) stream.on("exit", onexit);
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        cancelled = true;
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("exit", onexit);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    };
    module.exports = eos;
  }
});

// ../../work/main/node_modules/pump/index.js
var require_pump = __commonJS({
  "../../work/main/node_modules/pump/index.js"(exports, module) {
    var once = require_once();
    var eos = require_end_of_stream();
    var fs;
    try {
      fs = __require("fs");
    } catch (e) {
    }
    var noop = function() {
    };
    var ancient = typeof process === "undefined" ? false : /^v?\.0/.test(process.version);
    var isFn = function(fn) {
      return typeof fn === "function";
    };
    var isFS = function(stream) {
      if (!ancient) return false;
      if (!fs) return false;
      return (stream instanceof (fs.ReadStream || noop) || stream instanceof (fs.WriteStream || noop)) && isFn(stream.close);
    };
    var isRequest = function(stream) {
      return stream.setHeader && isFn(stream.abort);
    };
    var destroyer = function(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = false;
      stream.on("close", function() {
        closed = true;
      });
      eos(stream, { readable: reading, writable: writing }, function(err) {
        if (err) return callback(err);
        closed = true;
        callback();
      });
      var destroyed = false;
      return function(err) {
        if (closed) return;
        if (destroyed) return;
        destroyed = true;
        if (isFS(stream)) return stream.close(noop);
        if (isRequest(stream)) return stream.abort();
        if (isFn(stream.destroy)) return stream.destroy();
        callback(err || new Error("stream was destroyed"));
      };
    };
    var call = function(fn) {
      fn();
    };
    var pipe = function(from, to) {
      return from.pipe(to);
    };
    var pump = function() {
      var streams = Array.prototype.slice.call(arguments);
      var callback = isFn(streams[streams.length - 1] || noop) && streams.pop() || noop;
      if (Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) throw new Error("pump requires two streams per minimum");
      var error;
      var destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1;
        var writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          if (!error) error = err;
          if (err) destroys.forEach(call);
          if (reading) return;
          destroys.forEach(call);
          callback(error);
        });
      });
      return streams.reduce(pipe);
    };
    module.exports = pump;
  }
});

// ../../work/main/node_modules/split2/index.js
var require_split2 = __commonJS({
  "../../work/main/node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list = buf.split(this.matcher);
        if (list.length === 1) return cb();
        list.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list = this[kLast].split(this.matcher);
      }
      this[kLast] = list.pop();
      for (let i = 0; i < list.length; i++) {
        try {
          push(this, this.mapper(list[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// ../../work/main/node_modules/pino-abstract-transport/index.js
var require_pino_abstract_transport = __commonJS({
  "../../work/main/node_modules/pino-abstract-transport/index.js"(exports, module) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata");
    var split = require_split2();
    var { Duplex } = __require("stream");
    var { parentPort, workerData } = __require("worker_threads");
    function createDeferred() {
      let resolve6;
      let reject;
      const promise = new Promise((_resolve, _reject) => {
        resolve6 = _resolve;
        reject = _reject;
      });
      promise.resolve = resolve6;
      promise.reject = reject;
      return promise;
    }
    module.exports = function build(fn, opts = {}) {
      const waitForConfig = opts.expectPinoConfig === true && workerData?.workerData?.pinoWillSendConfig === true;
      const parseLines = opts.parse === "lines";
      const parseLine = typeof opts.parseLine === "function" ? opts.parseLine : JSON.parse;
      const close = opts.close || defaultClose;
      const stream = split(function(line) {
        let value;
        try {
          value = parseLine(line);
        } catch (error) {
          this.emit("unknown", line, error);
          return;
        }
        if (value === null) {
          this.emit("unknown", line, "Null value ignored");
          return;
        }
        if (typeof value !== "object") {
          value = {
            data: value,
            time: Date.now()
          };
        }
        if (stream[metadata]) {
          stream.lastTime = value.time;
          stream.lastLevel = value.level;
          stream.lastObj = value;
        }
        if (parseLines) {
          return line;
        }
        return value;
      }, { autoDestroy: true });
      stream._destroy = function(err, cb) {
        const promise = close(err, cb);
        if (promise && typeof promise.then === "function") {
          promise.then(cb, cb);
        }
      };
      if (opts.expectPinoConfig === true && workerData?.workerData?.pinoWillSendConfig !== true) {
        setImmediate(() => {
          stream.emit("error", new Error("This transport is not compatible with the current version of pino. Please upgrade pino to the latest version."));
        });
      }
      if (opts.metadata !== false) {
        stream[metadata] = true;
        stream.lastTime = 0;
        stream.lastLevel = 0;
        stream.lastObj = null;
      }
      if (waitForConfig) {
        let pinoConfig = {};
        const configReceived = createDeferred();
        parentPort.on("message", function handleMessage(message) {
          if (message.code === "PINO_CONFIG") {
            pinoConfig = message.config;
            configReceived.resolve();
            parentPort.off("message", handleMessage);
          }
        });
        Object.defineProperties(stream, {
          levels: {
            get() {
              return pinoConfig.levels;
            }
          },
          messageKey: {
            get() {
              return pinoConfig.messageKey;
            }
          },
          errorKey: {
            get() {
              return pinoConfig.errorKey;
            }
          }
        });
        return configReceived.then(finish);
      }
      return finish();
      function finish() {
        let res = fn(stream);
        if (res && typeof res.catch === "function") {
          res.catch((err) => {
            stream.destroy(err);
          });
          res = null;
        } else if (opts.enablePipelining && res) {
          return Duplex.from({ writable: stream, readable: res });
        }
        return stream;
      }
    };
    function defaultClose(err, cb) {
      process.nextTick(cb, err);
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/constants.js
var require_constants2 = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      DATE_FORMAT: "yyyy-mm-dd HH:MM:ss.l o",
      DATE_FORMAT_SIMPLE: "HH:MM:ss.l",
      /**
       * @type {K_ERROR_LIKE_KEYS}
       */
      ERROR_LIKE_KEYS: ["err", "error"],
      MESSAGE_KEY: "msg",
      LEVEL_KEY: "level",
      LEVEL_LABEL: "levelLabel",
      TIMESTAMP_KEY: "time",
      LEVELS: {
        default: "USERLVL",
        60: "FATAL",
        50: "ERROR",
        40: "WARN",
        30: "INFO",
        20: "DEBUG",
        10: "TRACE"
      },
      LEVEL_NAMES: {
        fatal: 60,
        error: 50,
        warn: 40,
        info: 30,
        debug: 20,
        trace: 10
      },
      // Object keys that probably came from a logger like Pino or Bunyan.
      LOGGER_KEYS: [
        "pid",
        "hostname",
        "name",
        "level",
        "time",
        "timestamp",
        "caller"
      ]
    };
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/get-level-label-data.js
var require_get_level_label_data = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/get-level-label-data.js"(exports, module) {
    "use strict";
    module.exports = getLevelLabelData;
    var { LEVELS, LEVEL_NAMES } = require_constants2();
    function getLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames) {
      const levels = useOnlyCustomProps ? customLevels || LEVELS : Object.assign({}, LEVELS, customLevels);
      const levelNames = useOnlyCustomProps ? customLevelNames || LEVEL_NAMES : Object.assign({}, LEVEL_NAMES, customLevelNames);
      return function(level) {
        let levelNum = "default";
        if (Number.isInteger(+level)) {
          levelNum = Object.prototype.hasOwnProperty.call(levels, level) ? level : levelNum;
        } else {
          levelNum = Object.prototype.hasOwnProperty.call(levelNames, level.toLowerCase()) ? levelNames[level.toLowerCase()] : levelNum;
        }
        return [levels[levelNum], levelNum];
      };
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/colors.js
var require_colors = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/colors.js"(exports, module) {
    "use strict";
    var nocolor = (input) => input;
    var plain = {
      default: nocolor,
      60: nocolor,
      50: nocolor,
      40: nocolor,
      30: nocolor,
      20: nocolor,
      10: nocolor,
      message: nocolor,
      greyMessage: nocolor,
      property: nocolor
    };
    var { createColors } = require_colorette();
    var getLevelLabelData = require_get_level_label_data();
    var availableColors = createColors({ useColor: true });
    var { white, bgRed, red, yellow, green, blue, gray, cyan, magenta } = availableColors;
    var colored = {
      default: white,
      60: bgRed,
      50: red,
      40: yellow,
      30: green,
      20: blue,
      10: gray,
      message: cyan,
      greyMessage: gray,
      property: magenta
    };
    function resolveCustomColoredColorizer(customColors) {
      return customColors.reduce(
        function(agg, [level, color]) {
          agg[level] = typeof availableColors[color] === "function" ? availableColors[color] : white;
          return agg;
        },
        { default: white, message: cyan, greyMessage: gray, property: magenta }
      );
    }
    function colorizeLevel(useOnlyCustomProps) {
      return function(level, colorizer, { customLevels, customLevelNames } = {}) {
        const [levelStr, levelNum] = getLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames)(level);
        return Object.prototype.hasOwnProperty.call(colorizer, levelNum) ? colorizer[levelNum](levelStr) : colorizer.default(levelStr);
      };
    }
    function plainColorizer(useOnlyCustomProps) {
      const newPlainColorizer = colorizeLevel(useOnlyCustomProps);
      const customColoredColorizer = function(level, opts) {
        return newPlainColorizer(level, plain, opts);
      };
      customColoredColorizer.message = plain.message;
      customColoredColorizer.greyMessage = plain.greyMessage;
      customColoredColorizer.property = plain.property;
      customColoredColorizer.colors = createColors({ useColor: false });
      return customColoredColorizer;
    }
    function coloredColorizer(useOnlyCustomProps) {
      const newColoredColorizer = colorizeLevel(useOnlyCustomProps);
      const customColoredColorizer = function(level, opts) {
        return newColoredColorizer(level, colored, opts);
      };
      customColoredColorizer.message = colored.message;
      customColoredColorizer.property = colored.property;
      customColoredColorizer.greyMessage = colored.greyMessage;
      customColoredColorizer.colors = availableColors;
      return customColoredColorizer;
    }
    function customColoredColorizerFactory(customColors, useOnlyCustomProps) {
      const onlyCustomColored = resolveCustomColoredColorizer(customColors);
      const customColored = useOnlyCustomProps ? onlyCustomColored : Object.assign({}, colored, onlyCustomColored);
      const colorizeLevelCustom = colorizeLevel(useOnlyCustomProps);
      const customColoredColorizer = function(level, opts) {
        return colorizeLevelCustom(level, customColored, opts);
      };
      customColoredColorizer.colors = availableColors;
      customColoredColorizer.message = customColoredColorizer.message || customColored.message;
      customColoredColorizer.property = customColoredColorizer.property || customColored.property;
      customColoredColorizer.greyMessage = customColoredColorizer.greyMessage || customColored.greyMessage;
      return customColoredColorizer;
    }
    module.exports = function getColorizer(useColors = false, customColors, useOnlyCustomProps) {
      if (useColors && customColors !== void 0) {
        return customColoredColorizerFactory(customColors, useOnlyCustomProps);
      } else if (useColors) {
        return coloredColorizer(useOnlyCustomProps);
      }
      return plainColorizer(useOnlyCustomProps);
    };
  }
});

// ../../work/main/node_modules/pino-pretty/node_modules/sonic-boom/index.js
var require_sonic_boom2 = __commonJS({
  "../../work/main/node_modules/pino-pretty/node_modules/sonic-boom/index.js"(exports, module) {
    "use strict";
    var fs = __require("node:fs");
    var EventEmitter = __require("node:events");
    var inherits = __require("node:util").inherits;
    var path = __require("node:path");
    var assert = __require("node:assert");
    var sleep2 = require_atomic_sleep();
    var BUSY_WRITE_TIMEOUT = 100;
    var kEmptyBuffer = Buffer.allocUnsafe(0);
    var MAX_WRITE = 16 * 1024;
    var kContentModeBuffer = "buffer";
    var kContentModeUtf8 = "utf8";
    var kFlush = /* @__PURE__ */ Symbol("kFlush");
    var kFlushSyncIdle = 0;
    var kFlushSyncRetry = 1;
    var kFlushSyncInWriteEvent = 2;
    var kFlushSyncInFlight = 3;
    function isIgnorableFsyncError(err) {
      switch (err?.code) {
        case "EBADF":
        case "EINVAL":
        case "ENOTSUP":
        case "EOPNOTSUPP":
        case "EROFS":
          return true;
        default:
          return false;
      }
    }
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
    var kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = true;
      sonic._writing = true;
      sonic._asyncDrainScheduled = false;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = false;
          sonic._writing = false;
          sonic._opening = false;
          if (sonic.sync) {
            process.nextTick(() => {
              if (sonic.listenerCount("error") > 0) {
                sonic.emit("error", err);
              }
            });
          } else {
            sonic.emit("error", err);
          }
          return;
        }
        const reopening = sonic._reopening;
        sonic.fd = fd;
        sonic.file = file;
        sonic._reopening = false;
        sonic._opening = false;
        sonic._writing = false;
        if (sonic.sync) {
          process.nextTick(() => sonic.emit("ready"));
        } else {
          sonic.emit("ready");
        }
        if (sonic.destroyed) {
          return;
        }
        if (!sonic._writing && (sonic._len > sonic.minLength || sonic._flushPending)) {
          sonic._actualWrite();
        } else if (reopening && !sonic._writing) {
          process.nextTick(emitDrain, sonic);
        }
      }
      const flags = sonic.append ? "a" : "w";
      const mode = sonic.mode;
      if (sonic.sync) {
        try {
          if (sonic.mkdir) fs.mkdirSync(path.dirname(file), { recursive: true });
          const fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          fileOpened(err);
          throw err;
        }
      } else if (sonic.mkdir) {
        fs.mkdir(path.dirname(file), { recursive: true }, (err) => {
          if (err) return fileOpened(err);
          fs.open(file, flags, mode, fileOpened);
        });
      } else {
        fs.open(file, flags, mode, fileOpened);
      }
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom)) {
        return new SonicBoom(opts);
      }
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN, maxWriteRetries, fsync, contentMode, mode } = opts || {};
      fd = fd || dest;
      this._len = 0;
      this.fd = -1;
      this._bufs = [];
      this._lens = [];
      this._writing = false;
      this._ending = false;
      this._reopening = false;
      this._asyncDrainScheduled = false;
      this._flushPending = 0;
      this._flushInProgress = 0;
      this._emittingFlush = false;
      this._emittingWrite = false;
      this._retryTimer = null;
      this._hwm = Math.max(minLength || 0, 16387);
      this.file = null;
      this.destroyed = false;
      this.minLength = minLength || 0;
      this.maxLength = maxLength || 0;
      this.maxWrite = maxWrite || MAX_WRITE;
      this._periodicFlush = periodicFlush || 0;
      this._periodicFlushTimer = void 0;
      this.sync = sync || false;
      this.writable = true;
      this._fsync = fsync || false;
      this.append = append || false;
      this.mode = mode;
      this.retryEAGAIN = retryEAGAIN || (() => true);
      this.maxWriteRetries = maxWriteRetries || 0;
      this._writeRetries = 0;
      this.mkdir = mkdir || false;
      let fsWriteSync;
      let fsWrite;
      if (contentMode === kContentModeBuffer) {
        this._writingBuf = kEmptyBuffer;
        this.write = writeBuffer;
        this.flush = flushBuffer;
        this.flushSync = flushBufferSync;
        this._actualWrite = actualWriteBuffer;
        fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
        fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      } else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
        this._writingBuf = "";
        this.write = write;
        this.flush = flush;
        this.flushSync = flushSync;
        this._actualWrite = actualWrite;
        fsWriteSync = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.writeSync(this.fd, this._writingBuf);
          }
          return fs.writeSync(this.fd, this._writingBuf, "utf8");
        };
        fsWrite = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.write(this.fd, this._writingBuf, this.release);
          }
          return fs.write(this.fd, this._writingBuf, "utf8", this.release);
        };
      } else {
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      }
      if (typeof fd === "number") {
        this.fd = fd;
        process.nextTick(() => this.emit("ready"));
      } else if (typeof fd === "string") {
        openFile(fd, this);
      } else {
        throw new Error("SonicBoom supports only file descriptors and files");
      }
      if (this.minLength >= this.maxWrite) {
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      }
      this.release = (err, n) => {
        if (err) {
          const isRetryableErr = err.code === "EAGAIN" || err.code === "EBUSY";
          if (isRetryableErr) {
            this._writeRetries++;
          }
          const retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
          if (isRetryableErr && !retriesExhausted && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
            if (this.sync) {
              try {
                sleep2(BUSY_WRITE_TIMEOUT);
                this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            } else {
              this._retryTimer = setTimeout(() => {
                this._retryTimer = null;
                fsWrite();
              }, BUSY_WRITE_TIMEOUT);
            }
          } else {
            this._writing = false;
            this.emit("error", err);
          }
          return;
        }
        if (n > 0) {
          this._writeRetries = 0;
        }
        const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        this._len = releasedBufObj.len;
        this._writingBuf = releasedBufObj.writingBuf;
        this._emittingWrite = true;
        try {
          this.emit("write", n);
        } finally {
          this._emittingWrite = false;
        }
        if (this.destroyed) {
          this._writing = false;
          if (this._flushPending > 0) {
            if (this._len === 0) {
              scheduleDrain(this);
            } else {
              this.emit(kFlush, new Error("SonicBoom destroyed"));
            }
          }
          return;
        }
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              const n2 = fsWriteSync();
              const releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len;
              this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        if (this._fsync) {
          fs.fsyncSync(this.fd);
        }
        const len = this._len;
        if (this._reopening) {
          this._writing = false;
          this._reopening = false;
          this.reopen();
        } else if (len > 0 && (len > this.minLength || this._flushPending)) {
          this._actualWrite();
        } else if (this._ending) {
          if (len > 0) {
            this._actualWrite();
          } else {
            this._writing = false;
            finishEnding(this);
          }
        } else {
          this._writing = false;
          scheduleDrain(this);
        }
      };
      this.on("newListener", function(name) {
        if (name === "drain" || name === kFlush) {
          this._asyncDrainScheduled = false;
        }
      });
      if (this._periodicFlush !== 0) {
        this._periodicFlushTimer = setInterval(() => {
          if (this._flushPending === 0 && this._flushInProgress === 0) {
            this.flush(null);
          }
        }, this._periodicFlush);
        this._periodicFlushTimer.unref();
      }
    }
    function releaseWritingBuf(writingBuf, len, n) {
      if (typeof writingBuf === "string") {
        writingBuf = Buffer.from(writingBuf);
      }
      len = Math.max(len - n, 0);
      writingBuf = writingBuf.subarray(n);
      return { writingBuf, len };
    }
    function scheduleDrain(sonic) {
      if (sonic.sync) {
        if (!sonic._asyncDrainScheduled) {
          sonic._asyncDrainScheduled = true;
          process.nextTick(emitDrain, sonic);
        }
      } else {
        emitDrain(sonic);
      }
    }
    function emitDrain(sonic) {
      const hasListeners = sonic.listenerCount("drain") > 0 || sonic.listenerCount(kFlush) > 0;
      if (!hasListeners) return;
      sonic._asyncDrainScheduled = false;
      if (sonic._writing) return;
      emitFlush(sonic);
      if (sonic._writing || sonic.destroyed) return;
      if (sonic.listenerCount("drain") > 0) {
        sonic.emit("drain");
      }
    }
    function emitFlush(sonic) {
      if (sonic._emittingFlush) return;
      sonic._emittingFlush = true;
      try {
        sonic.emit(kFlush);
      } finally {
        sonic._emittingFlush = false;
      }
    }
    function finishEnding(sonic) {
      if (!sonic._ending || sonic._writing || sonic.destroyed) return;
      if (sonic._len > 0) {
        sonic._actualWrite();
        return;
      }
      if (sonic._flushPending > 0) emitFlush(sonic);
      if (sonic._flushPending === 0 && sonic._flushInProgress === 0 && !sonic._writing && sonic._len === 0) {
        actualClose(sonic);
      }
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      if (bufs.length === 0) {
        return kEmptyBuffer;
      }
      if (bufs.length === 1) {
        return bufs[0];
      }
      return Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      data = "" + data;
      const dataLen = Buffer.byteLength(data);
      const len = this._len + dataLen;
      const bufs = this._bufs;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) {
        bufs.push(data);
      } else {
        bufs[bufs.length - 1] += data;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function writeBuffer(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      const len = this._len + data.length;
      const bufs = this._bufs;
      const lens = this._lens;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
        bufs.push([data]);
        lens.push(data.length);
      } else {
        bufs[bufs.length - 1].push(data);
        lens[lens.length - 1] += data.length;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending++;
      let waiting = true;
      let completed = false;
      let flushing = false;
      const stopWaiting = () => {
        if (!waiting) return false;
        waiting = false;
        this.off(kFlush, onDrain);
        this.off("error", onError);
        return true;
      };
      const complete = (err, finish = true) => {
        if (completed) return;
        completed = true;
        if (flushing) this._flushInProgress--;
        try {
          cb(err);
        } finally {
          if (finish) finishEnding(this);
        }
      };
      const onDrain = (err) => {
        if (!stopWaiting()) return;
        this._flushPending--;
        if (err) {
          complete(err, false);
          return;
        }
        this._flushInProgress++;
        flushing = true;
        if (!this._fsync && !this.destroyed) {
          try {
            fs.fsync(this.fd, (err2) => {
              if (isIgnorableFsyncError(err2)) {
                complete();
                return;
              }
              complete(err2);
            });
          } catch (err2) {
            complete(err2);
          }
        } else {
          complete();
        }
      };
      const onError = (err) => {
        if (!stopWaiting()) return;
        this._flushPending--;
        complete(err, false);
      };
      this.once(kFlush, onDrain);
      this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0 && !this._writing && this._len === 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push("");
      }
      this._actualWrite();
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0 && !this._writing && this._len === 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push([]);
        this._lens.push(0);
      }
      this._actualWrite();
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          if (!this.destroyed) this.reopen(file);
        });
        return;
      }
      if (this._ending) {
        return;
      }
      if (!this.file) {
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      }
      if (file) {
        this.file = file;
      }
      this._reopening = true;
      if (this._writing) {
        return;
      }
      const fd = this.fd;
      this.once("ready", () => {
        if (fd !== this.fd) {
          fs.close(fd, (err) => {
            if (err) {
              return this.emit("error", err);
            }
          });
        }
      });
      openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          if (!this.destroyed) this.end();
        });
        return;
      }
      if (this._ending) {
        return;
      }
      this._ending = true;
      if (this._writing) {
        return;
      }
      if (this._len > 0 && this.fd >= 0) {
        this._actualWrite();
      } else {
        finishEnding(this);
      }
    };
    function beginFlushSync(sonic) {
      if (sonic.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (sonic.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!sonic._writing || sonic._opening) {
        return kFlushSyncIdle;
      }
      if (sonic._retryTimer !== null) {
        clearTimeout(sonic._retryTimer);
        sonic._retryTimer = null;
        return kFlushSyncRetry;
      }
      if (sonic._emittingWrite) {
        return kFlushSyncInWriteEvent;
      }
      return kFlushSyncInFlight;
    }
    function endFlushSyncRetry(sonic) {
      sonic._writing = false;
      process.nextTick(() => {
        if (sonic.destroyed || sonic._writing) return;
        if (sonic._reopening) {
          sonic._reopening = false;
          sonic.reopen();
        } else if (sonic._ending) {
          finishEnding(sonic);
        } else if (sonic._len > 0 && (sonic._len > sonic.minLength || sonic._flushPending)) {
          sonic._actualWrite();
        } else {
          emitDrain(sonic);
        }
      });
    }
    function flushSync() {
      const state = beginFlushSync(this);
      try {
        if (state !== kFlushSyncInFlight && this._writingBuf.length > 0) {
          this._bufs.unshift(this._writingBuf);
          this._writingBuf = "";
        }
        let buf = "";
        while (this._bufs.length || buf.length) {
          if (buf.length <= 0) {
            buf = this._bufs[0];
          }
          try {
            const n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
            this._writeRetries = 0;
            const releasedBufObj = releaseWritingBuf(buf, this._len, n);
            buf = releasedBufObj.writingBuf;
            this._len = releasedBufObj.len;
            if (buf.length <= 0) {
              this._bufs.shift();
            }
          } catch (err) {
            const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
            if (shouldRetry) {
              this._writeRetries++;
            }
            const retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
            if (!shouldRetry || retriesExhausted || !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
              throw err;
            }
            sleep2(BUSY_WRITE_TIMEOUT);
          }
        }
      } finally {
        if (state === kFlushSyncRetry) endFlushSyncRetry(this);
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      const state = beginFlushSync(this);
      try {
        if (state !== kFlushSyncInFlight && this._writingBuf.length > 0) {
          this._bufs.unshift([this._writingBuf]);
          this._lens.unshift(this._writingBuf.length);
          this._writingBuf = kEmptyBuffer;
        }
        let buf = kEmptyBuffer;
        while (this._bufs.length || buf.length) {
          if (buf.length <= 0) {
            buf = mergeBuf(this._bufs[0], this._lens[0]);
          }
          try {
            const n = fs.writeSync(this.fd, buf);
            this._writeRetries = 0;
            buf = buf.subarray(n);
            this._len = Math.max(this._len - n, 0);
            if (buf.length <= 0) {
              this._bufs.shift();
              this._lens.shift();
            }
          } catch (err) {
            const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
            if (shouldRetry) {
              this._writeRetries++;
            }
            const retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
            if (!shouldRetry || retriesExhausted || !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
              throw err;
            }
            sleep2(BUSY_WRITE_TIMEOUT);
          }
        }
      } finally {
        if (state === kFlushSyncRetry) endFlushSyncRetry(this);
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed) {
        return;
      }
      const opening = this._opening;
      actualClose(this);
      if (opening && this._flushPending > 0) {
        this.emit("error", new Error("SonicBoom destroyed"));
      }
    };
    function actualWrite() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
      if (this.sync) {
        try {
          const written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualWriteBuffer() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
      if (this.sync) {
        try {
          const written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        if (kCopyBuffer) {
          this._writingBuf = Buffer.from(this._writingBuf);
        }
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualClose(sonic) {
      if (sonic.destroyed) {
        return;
      }
      if (sonic.fd === -1) {
        sonic.destroyed = true;
        sonic.once("ready", () => {
          sonic.destroyed = false;
          actualClose(sonic);
        });
        return;
      }
      if (sonic._periodicFlushTimer !== void 0) {
        clearInterval(sonic._periodicFlushTimer);
      }
      sonic.destroyed = true;
      sonic._bufs = [];
      sonic._lens = [];
      if (sonic._retryTimer !== null) {
        clearTimeout(sonic._retryTimer);
        sonic._retryTimer = null;
        sonic._writing = false;
      }
      if (sonic._flushPending > 0 && !sonic._writing) {
        sonic.emit(kFlush, new Error("SonicBoom destroyed"));
      }
      assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        if (sonic.fd !== 1 && sonic.fd !== 2) {
          fs.close(sonic.fd, done);
        } else {
          done();
        }
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        if (sonic._ending && !sonic._writing) {
          sonic.emit("finish");
        }
        sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module.exports = SonicBoom;
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/noop.js
var require_noop = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/noop.js"(exports, module) {
    "use strict";
    module.exports = function noop() {
    };
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/build-safe-sonic-boom.js
var require_build_safe_sonic_boom = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/build-safe-sonic-boom.js"(exports, module) {
    "use strict";
    module.exports = buildSafeSonicBoom;
    var { isMainThread } = __require("node:worker_threads");
    var SonicBoom = require_sonic_boom2();
    var noop = require_noop();
    function buildSafeSonicBoom(opts) {
      const stream = new SonicBoom(opts);
      stream.on("error", filterBrokenPipe);
      if (!opts.sync && isMainThread) {
        setupOnExit(stream);
      }
      return stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop;
          stream.end = noop;
          stream.flushSync = noop;
          stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
      }
    }
    function setupOnExit(stream) {
      if (global.WeakRef && global.WeakMap && global.FinalizationRegistry) {
        const onExit = require_on_exit_leak_free();
        onExit.register(stream, autoEnd);
        stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
    }
    function autoEnd(stream, eventName) {
      if (stream.destroyed) {
        return;
      }
      if (eventName === "beforeExit") {
        stream.flush();
        stream.on("drain", function() {
          stream.end();
        });
      } else {
        stream.flushSync();
      }
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/is-valid-date.js
var require_is_valid_date = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/is-valid-date.js"(exports, module) {
    "use strict";
    module.exports = isValidDate;
    function isValidDate(date) {
      return date instanceof Date && !Number.isNaN(date.getTime());
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/create-date.js
var require_create_date = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/create-date.js"(exports, module) {
    "use strict";
    module.exports = createDate;
    var isValidDate = require_is_valid_date();
    function createDate(epoch) {
      let date = new Date(epoch);
      if (isValidDate(date)) {
        return date;
      }
      date = /* @__PURE__ */ new Date(+epoch);
      return date;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/split-property-key.js
var require_split_property_key = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/split-property-key.js"(exports, module) {
    "use strict";
    module.exports = splitPropertyKey;
    function splitPropertyKey(key) {
      const result = [];
      let backslash = false;
      let segment = "";
      for (let i = 0; i < key.length; i++) {
        const c = key.charAt(i);
        if (c === "\\") {
          backslash = true;
          continue;
        }
        if (backslash) {
          backslash = false;
          segment += c;
          continue;
        }
        if (c === ".") {
          result.push(segment);
          segment = "";
          continue;
        }
        segment += c;
      }
      if (segment.length) {
        result.push(segment);
      }
      return result;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/get-property-value.js
var require_get_property_value = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/get-property-value.js"(exports, module) {
    "use strict";
    module.exports = getPropertyValue;
    var splitPropertyKey = require_split_property_key();
    function getPropertyValue(obj, property) {
      const props = Array.isArray(property) ? property : splitPropertyKey(property);
      for (const prop of props) {
        if (!Object.prototype.hasOwnProperty.call(obj, prop)) {
          return;
        }
        obj = obj[prop];
      }
      return obj;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/delete-log-property.js
var require_delete_log_property = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/delete-log-property.js"(exports, module) {
    "use strict";
    module.exports = deleteLogProperty;
    var getPropertyValue = require_get_property_value();
    var splitPropertyKey = require_split_property_key();
    function deleteLogProperty(log, property) {
      const props = splitPropertyKey(property);
      const propToDelete = props.pop();
      log = getPropertyValue(log, props);
      if (log !== null && typeof log === "object" && Object.prototype.hasOwnProperty.call(log, propToDelete)) {
        delete log[propToDelete];
      }
    }
  }
});

// ../../work/main/node_modules/fast-copy/dist/cjs/index.cjs
var require_cjs = __commonJS({
  "../../work/main/node_modules/fast-copy/dist/cjs/index.cjs"(exports) {
    "use strict";
    var MaxDepthExceededError = class extends RangeError {
      constructor(maxDepth) {
        super(`Maximum copy depth of ${String(maxDepth)} exceeded; the value copied is nested too deeply.`);
        this.maxDepth = maxDepth;
        this.name = "MaxDepthExceededError";
      }
    };
    var toStringFunction = Function.prototype.toString;
    var toStringObject = Object.prototype.toString;
    function getCleanClone(prototype) {
      if (!prototype) {
        return /* @__PURE__ */ Object.create(null);
      }
      const Constructor = prototype.constructor;
      if (Constructor === Object) {
        return prototype === Object.prototype ? {} : Object.create(prototype);
      }
      if (typeof Constructor === "function" && ~toStringFunction.call(Constructor).indexOf("[native code]")) {
        try {
          return new Constructor();
        } catch (_a) {
        }
      }
      return Object.create(prototype);
    }
    function getTag(value) {
      const stringTag = value[Symbol.toStringTag];
      if (stringTag) {
        return stringTag;
      }
      const type = toStringObject.call(value);
      return type.substring(8, type.length - 1);
    }
    var sliceTypedArray = Object.getPrototypeOf(Int8Array.prototype).slice;
    var IS_ARRAY_PROTOTYPE_STANDARD = Object.getPrototypeOf(Array.prototype) === Object.prototype;
    function copyOwnDescriptor(original, clone, property, state, assignable) {
      const ownDescriptor = Object.getOwnPropertyDescriptor(original, property) || {
        configurable: true,
        enumerable: true,
        value: original[property],
        writable: true
      };
      let descriptor;
      if (ownDescriptor.writable === void 0 || ownDescriptor.get || ownDescriptor.set) {
        descriptor = ownDescriptor;
      } else {
        const { configurable, enumerable, writable } = ownDescriptor;
        const value = state.copier(ownDescriptor.value, state);
        if (assignable) {
          if (configurable && enumerable && writable && !(property in clone)) {
            clone[property] = value;
            return;
          }
          if (property === "length" && writable && Array.isArray(clone) && clone.length === value) {
            return;
          }
        }
        descriptor = { configurable, enumerable, value, writable };
      }
      try {
        Object.defineProperty(clone, property, descriptor);
      } catch (_a) {
        try {
          Object.defineProperty(clone, property, Object.setPrototypeOf(descriptor, null));
        } catch (_b) {
          clone[property] = descriptor.get ? descriptor.get() : descriptor.value;
        }
      }
    }
    function defineOwnValue(clone, property, value) {
      Object.defineProperty(clone, property, {
        configurable: true,
        enumerable: true,
        value,
        writable: true
      });
    }
    function copyOwnPropertiesStrict(value, clone, state, names, start, assignable) {
      for (let index = start; index < names.length; ++index) {
        copyOwnDescriptor(value, clone, names[index], state, assignable);
      }
      for (const symbol of Object.getOwnPropertySymbols(value)) {
        copyOwnDescriptor(value, clone, symbol, state, assignable);
      }
      return clone;
    }
    function copyArray(array, state) {
      const clone = new state.Constructor();
      state.cache.set(array, clone);
      for (let index = 0; index < array.length; ++index) {
        clone[index] = state.copier(array[index], state);
      }
      return clone;
    }
    function copyArrayStrict(array, state) {
      const clone = new state.Constructor();
      state.cache.set(array, clone);
      return copyOwnPropertiesStrict(array, clone, state, Object.getOwnPropertyNames(array), 0, IS_ARRAY_PROTOTYPE_STANDARD && state.Constructor === Array);
    }
    function copyArrayBuffer(arrayBuffer, state) {
      if (ArrayBuffer.isView(arrayBuffer)) {
        return sliceTypedArray.call(arrayBuffer, 0);
      }
      if (arrayBuffer.resizable || arrayBuffer.growable) {
        const maxByteLength = arrayBuffer.maxByteLength;
        const clone = new state.Constructor(arrayBuffer.byteLength, { maxByteLength });
        new Uint8Array(clone).set(new Uint8Array(arrayBuffer));
        return clone;
      }
      if (!arrayBuffer.byteLength && getTag(arrayBuffer) === "SharedArrayBuffer") {
        return new state.Constructor(0);
      }
      return arrayBuffer.slice(0);
    }
    function copyArrayBufferStrict(arrayBuffer, state) {
      const clone = copyArrayBuffer(arrayBuffer, state);
      state.cache.set(arrayBuffer, clone);
      const start = ArrayBuffer.isView(clone) ? clone.length || 0 : 0;
      return copyOwnPropertiesStrict(arrayBuffer, clone, state, Object.getOwnPropertyNames(arrayBuffer), start, false);
    }
    function copyBlob(blob, _state) {
      return blob.slice(0, blob.size, blob.type);
    }
    var copyBlobStrict = createStrictHandler(copyBlob);
    function copyDataView(dataView, state) {
      return new state.Constructor(state.copier(dataView.buffer, state), dataView.byteOffset, dataView.byteLength);
    }
    function copyDataViewStrict(dataView, state) {
      const { buffer } = dataView;
      const { cache, Constructor } = state;
      const bufferCopied = cache.has(buffer);
      const bufferClone = bufferCopied ? cache.get(buffer) : state.copier(buffer, state);
      if (!bufferCopied && cache.has(dataView)) {
        return cache.get(dataView);
      }
      const clone = new Constructor(bufferClone, dataView.byteOffset, dataView.byteLength);
      state.cache.set(dataView, clone);
      return copyOwnPropertiesStrict(dataView, clone, state, Object.getOwnPropertyNames(dataView), 0, false);
    }
    function copyDate(date, state) {
      return new state.Constructor(date.getTime());
    }
    var copyDateStrict = createStrictHandler(copyDate);
    function copyMap(map, state) {
      const clone = new state.Constructor();
      state.cache.set(map, clone);
      for (const [key, value] of map) {
        clone.set(key != null && typeof key === "object" ? state.copier(key, state) : key, state.copier(value, state));
      }
      return clone;
    }
    function copyMapStrict(map, state) {
      return copyOwnPropertiesStrict(map, copyMap(map, state), state, Object.getOwnPropertyNames(map), 0, false);
    }
    function copyObject(object, state) {
      const clone = getCleanClone(state.prototype);
      state.cache.set(object, clone);
      for (const key of Object.keys(object)) {
        const value = state.copier(object[key], state);
        if (key === "__proto__") {
          defineOwnValue(clone, key, value);
        } else {
          try {
            clone[key] = value;
          } catch (_a) {
            defineOwnValue(clone, key, value);
          }
        }
      }
      for (const symbol of Object.getOwnPropertySymbols(object)) {
        if (Object.prototype.propertyIsEnumerable.call(object, symbol)) {
          const value = state.copier(object[symbol], state);
          try {
            clone[symbol] = value;
          } catch (_b) {
            defineOwnValue(clone, symbol, value);
          }
        }
      }
      return clone;
    }
    function copyObjectStrict(object, state) {
      const { prototype } = state;
      const clone = getCleanClone(prototype);
      state.cache.set(object, clone);
      return copyOwnPropertiesStrict(object, clone, state, Object.getOwnPropertyNames(object), 0, prototype === Object.prototype || prototype === null);
    }
    function copyPrimitiveWrapper(primitiveObject, state) {
      return new state.Constructor(primitiveObject.valueOf());
    }
    var copyPrimitiveWrapperStrict = createStrictHandler(copyPrimitiveWrapper);
    function copyRegExp(regExp, state) {
      const clone = new state.Constructor(regExp.source, regExp.flags);
      clone.lastIndex = regExp.lastIndex;
      return clone;
    }
    var copyRegExpStrict = createStrictHandler(copyRegExp);
    function copySelf(value, _state) {
      return value;
    }
    function copySet(set, state) {
      const clone = new state.Constructor();
      state.cache.set(set, clone);
      for (const value of set) {
        clone.add(state.copier(value, state));
      }
      return clone;
    }
    function copySetStrict(set, state) {
      return copyOwnPropertiesStrict(set, copySet(set, state), state, Object.getOwnPropertyNames(set), 0, false);
    }
    function createStrictHandler(handler) {
      return (value, state) => {
        const clone = handler(value, state);
        state.cache.set(value, clone);
        return copyOwnPropertiesStrict(value, clone, state, Object.getOwnPropertyNames(value), 0, false);
      };
    }
    function copyStringStrict(string, state) {
      const clone = copyPrimitiveWrapper(string, state);
      state.cache.set(string, clone);
      const { length } = string;
      const names = Object.getOwnPropertyNames(string);
      const start = names[length] === "length" ? length + 1 : length;
      return copyOwnPropertiesStrict(string, clone, state, names, start, false);
    }
    var DEFAULT_MAX_DEPTH = 1e3;
    function createDefaultCache() {
      return /* @__PURE__ */ new WeakMap();
    }
    function getOptions({ createCache: createCacheOverride, maxDepth, methods: methodsOverride, strict }) {
      const defaultMethods = {
        array: strict ? copyArrayStrict : copyArray,
        arrayBuffer: strict ? copyArrayBufferStrict : copyArrayBuffer,
        asyncGenerator: copySelf,
        blob: strict ? copyBlobStrict : copyBlob,
        dataView: strict ? copyDataViewStrict : copyDataView,
        date: strict ? copyDateStrict : copyDate,
        error: copySelf,
        generator: copySelf,
        map: strict ? copyMapStrict : copyMap,
        object: strict ? copyObjectStrict : copyObject,
        regExp: strict ? copyRegExpStrict : copyRegExp,
        set: strict ? copySetStrict : copySet
      };
      const methods = methodsOverride ? Object.assign(defaultMethods, methodsOverride) : defaultMethods;
      const copiers = getTagSpecificCopiers(methods, strict);
      const createCache = createCacheOverride || createDefaultCache;
      if (!copiers.Object || !copiers.Array) {
        throw new Error("An object and array copier must be provided.");
      }
      return {
        createCache,
        copiers,
        maxDepth: maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth,
        methods,
        strict: Boolean(strict)
      };
    }
    function getTagSpecificCopiers(methods, strict) {
      const copyPrimitive = strict ? copyPrimitiveWrapperStrict : copyPrimitiveWrapper;
      return Object.assign(/* @__PURE__ */ Object.create(null), {
        Arguments: methods.object,
        Array: methods.array,
        ArrayBuffer: methods.arrayBuffer,
        AsyncGenerator: methods.asyncGenerator,
        BigInt64Array: methods.arrayBuffer,
        BigUint64Array: methods.arrayBuffer,
        Blob: methods.blob,
        Boolean: copyPrimitive,
        DataView: methods.dataView,
        Date: methods.date,
        Error: methods.error,
        Float32Array: methods.arrayBuffer,
        Float64Array: methods.arrayBuffer,
        Generator: methods.generator,
        Int8Array: methods.arrayBuffer,
        Int16Array: methods.arrayBuffer,
        Int32Array: methods.arrayBuffer,
        Map: methods.map,
        Number: copyPrimitive,
        Object: methods.object,
        Promise: copySelf,
        RegExp: methods.regExp,
        Set: methods.set,
        SharedArrayBuffer: methods.arrayBuffer,
        String: strict ? copyStringStrict : copyPrimitiveWrapper,
        WeakMap: copySelf,
        WeakSet: copySelf,
        Uint8Array: methods.arrayBuffer,
        Uint8ClampedArray: methods.arrayBuffer,
        Uint16Array: methods.arrayBuffer,
        Uint32Array: methods.arrayBuffer
      });
    }
    function createCopier(options = {}) {
      const { createCache, copiers, maxDepth } = getOptions(options);
      const { Array: copyArray2, Object: copyObject2 } = copiers;
      function copier(value, state) {
        state.prototype = state.Constructor = void 0;
        if (!value || typeof value !== "object") {
          return value;
        }
        if (state.cache.has(value)) {
          return state.cache.get(value);
        }
        if (++state.depth > maxDepth) {
          throw new MaxDepthExceededError(maxDepth);
        }
        state.prototype = Object.getPrototypeOf(value);
        state.Constructor = state.prototype && state.prototype.constructor;
        let clone;
        if (!state.Constructor || state.Constructor === Object) {
          clone = copyObject2(value, state);
        } else if (Array.isArray(value)) {
          clone = copyArray2(value, state);
        } else {
          const tagSpecificCopier = copiers[getTag(value)];
          if (tagSpecificCopier) {
            clone = tagSpecificCopier(value, state);
          } else {
            clone = typeof value.then === "function" ? value : copyObject2(value, state);
          }
        }
        --state.depth;
        return clone;
      }
      return function copy2(value) {
        return copier(value, {
          Constructor: void 0,
          cache: createCache(),
          copier,
          depth: 0,
          prototype: void 0
        });
      };
    }
    var copyStrict = createCopier({ strict: true });
    var copy = createCopier();
    exports.MaxDepthExceededError = MaxDepthExceededError;
    exports.copy = copy;
    exports.copyStrict = copyStrict;
    exports.createCopier = createCopier;
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/filter-log.js
var require_filter_log = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/filter-log.js"(exports, module) {
    "use strict";
    module.exports = filterLog;
    var { createCopier } = require_cjs();
    var fastCopy = createCopier({});
    var deleteLogProperty = require_delete_log_property();
    var getPropertyValue = require_get_property_value();
    var splitPropertyKey = require_split_property_key();
    function hasLogProperty(log, property) {
      const props = splitPropertyKey(property);
      if (props.length === 0) {
        return false;
      }
      let current = log;
      for (const prop of props) {
        if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, prop)) {
          return false;
        }
        current = current[prop];
      }
      return true;
    }
    function setLogProperty(log, property, value) {
      const props = splitPropertyKey(property);
      const last = props.pop();
      let current = log;
      for (const prop of props) {
        if (current[prop] === null || typeof current[prop] !== "object") {
          current[prop] = {};
        }
        current = current[prop];
      }
      current[last] = value;
    }
    function filterLog({ log, context }) {
      const { ignoreKeys, includeKeys } = context;
      const logCopy = fastCopy(log);
      if (includeKeys) {
        const logIncluded = {};
        includeKeys.forEach((key) => {
          if (hasLogProperty(logCopy, key)) {
            setLogProperty(logIncluded, key, getPropertyValue(logCopy, key));
          }
        });
        return logIncluded;
      }
      ignoreKeys.forEach((ignoreKey) => {
        deleteLogProperty(logCopy, ignoreKey);
      });
      return logCopy;
    }
  }
});

// ../../work/main/node_modules/dateformat/lib/dateformat.js
var require_dateformat = __commonJS({
  "../../work/main/node_modules/dateformat/lib/dateformat.js"(exports, module) {
    "use strict";
    function _typeof(obj) {
      "@babel/helpers - typeof";
      if (typeof Symbol === "function" && typeof Symbol.iterator === "symbol") {
        _typeof = function _typeof2(obj2) {
          return typeof obj2;
        };
      } else {
        _typeof = function _typeof2(obj2) {
          return obj2 && typeof Symbol === "function" && obj2.constructor === Symbol && obj2 !== Symbol.prototype ? "symbol" : typeof obj2;
        };
      }
      return _typeof(obj);
    }
    (function(global2) {
      var _arguments = arguments;
      var dateFormat = /* @__PURE__ */ (function() {
        var token2 = /d{1,4}|D{3,4}|m{1,4}|yy(?:yy)?|([HhMsTt])\1?|W{1,2}|[LlopSZN]|"[^"]*"|'[^']*'/g;
        var timezone = /\b(?:[PMCEA][SDP]T|(?:Pacific|Mountain|Central|Eastern|Atlantic) (?:Standard|Daylight|Prevailing) Time|(?:GMT|UTC)(?:[-+]\d{4})?)\b/g;
        var timezoneClip = /[^-+\dA-Z]/g;
        return function(date, mask, utc, gmt) {
          if (_arguments.length === 1 && kindOf(date) === "string" && !/\d/.test(date)) {
            mask = date;
            date = void 0;
          }
          date = date || date === 0 ? date : /* @__PURE__ */ new Date();
          if (!(date instanceof Date)) {
            date = new Date(date);
          }
          if (isNaN(date)) {
            throw TypeError("Invalid date");
          }
          mask = String(dateFormat.masks[mask] || mask || dateFormat.masks["default"]);
          var maskSlice = mask.slice(0, 4);
          if (maskSlice === "UTC:" || maskSlice === "GMT:") {
            mask = mask.slice(4);
            utc = true;
            if (maskSlice === "GMT:") {
              gmt = true;
            }
          }
          var _ = function _2() {
            return utc ? "getUTC" : "get";
          };
          var _d = function d() {
            return date[_() + "Date"]();
          };
          var D = function D2() {
            return date[_() + "Day"]();
          };
          var _m = function m() {
            return date[_() + "Month"]();
          };
          var y = function y2() {
            return date[_() + "FullYear"]();
          };
          var _H = function H() {
            return date[_() + "Hours"]();
          };
          var _M = function M() {
            return date[_() + "Minutes"]();
          };
          var _s = function s() {
            return date[_() + "Seconds"]();
          };
          var _L = function L() {
            return date[_() + "Milliseconds"]();
          };
          var _o = function o() {
            return utc ? 0 : date.getTimezoneOffset();
          };
          var _W = function W() {
            return getWeek(date);
          };
          var _N = function N() {
            return getDayOfWeek(date);
          };
          var flags = { d: function d() {
            return _d();
          }, dd: function dd() {
            return pad(_d());
          }, ddd: function ddd() {
            return dateFormat.i18n.dayNames[D()];
          }, DDD: function DDD() {
            return getDayName({ y: y(), m: _m(), d: _d(), _: _(), dayName: dateFormat.i18n.dayNames[D()], short: true });
          }, dddd: function dddd() {
            return dateFormat.i18n.dayNames[D() + 7];
          }, DDDD: function DDDD() {
            return getDayName({ y: y(), m: _m(), d: _d(), _: _(), dayName: dateFormat.i18n.dayNames[D() + 7] });
          }, m: function m() {
            return _m() + 1;
          }, mm: function mm() {
            return pad(_m() + 1);
          }, mmm: function mmm() {
            return dateFormat.i18n.monthNames[_m()];
          }, mmmm: function mmmm() {
            return dateFormat.i18n.monthNames[_m() + 12];
          }, yy: function yy() {
            return String(y()).slice(2);
          }, yyyy: function yyyy() {
            return pad(y(), 4);
          }, h: function h() {
            return _H() % 12 || 12;
          }, hh: function hh() {
            return pad(_H() % 12 || 12);
          }, H: function H() {
            return _H();
          }, HH: function HH() {
            return pad(_H());
          }, M: function M() {
            return _M();
          }, MM: function MM() {
            return pad(_M());
          }, s: function s() {
            return _s();
          }, ss: function ss() {
            return pad(_s());
          }, l: function l() {
            return pad(_L(), 3);
          }, L: function L() {
            return pad(Math.floor(_L() / 10));
          }, t: function t() {
            return _H() < 12 ? dateFormat.i18n.timeNames[0] : dateFormat.i18n.timeNames[1];
          }, tt: function tt() {
            return _H() < 12 ? dateFormat.i18n.timeNames[2] : dateFormat.i18n.timeNames[3];
          }, T: function T() {
            return _H() < 12 ? dateFormat.i18n.timeNames[4] : dateFormat.i18n.timeNames[5];
          }, TT: function TT() {
            return _H() < 12 ? dateFormat.i18n.timeNames[6] : dateFormat.i18n.timeNames[7];
          }, Z: function Z() {
            return gmt ? "GMT" : utc ? "UTC" : (String(date).match(timezone) || [""]).pop().replace(timezoneClip, "").replace(/GMT\+0000/g, "UTC");
          }, o: function o() {
            return (_o() > 0 ? "-" : "+") + pad(Math.floor(Math.abs(_o()) / 60) * 100 + Math.abs(_o()) % 60, 4);
          }, p: function p() {
            return (_o() > 0 ? "-" : "+") + pad(Math.floor(Math.abs(_o()) / 60), 2) + ":" + pad(Math.floor(Math.abs(_o()) % 60), 2);
          }, S: function S() {
            return ["th", "st", "nd", "rd"][_d() % 10 > 3 ? 0 : (_d() % 100 - _d() % 10 != 10) * _d() % 10];
          }, W: function W() {
            return _W();
          }, WW: function WW() {
            return pad(_W());
          }, N: function N() {
            return _N();
          } };
          return mask.replace(token2, function(match) {
            if (match in flags) {
              return flags[match]();
            }
            return match.slice(1, match.length - 1);
          });
        };
      })();
      dateFormat.masks = { default: "ddd mmm dd yyyy HH:MM:ss", shortDate: "m/d/yy", paddedShortDate: "mm/dd/yyyy", mediumDate: "mmm d, yyyy", longDate: "mmmm d, yyyy", fullDate: "dddd, mmmm d, yyyy", shortTime: "h:MM TT", mediumTime: "h:MM:ss TT", longTime: "h:MM:ss TT Z", isoDate: "yyyy-mm-dd", isoTime: "HH:MM:ss", isoDateTime: "yyyy-mm-dd'T'HH:MM:sso", isoUtcDateTime: "UTC:yyyy-mm-dd'T'HH:MM:ss'Z'", expiresHeaderFormat: "ddd, dd mmm yyyy HH:MM:ss Z" };
      dateFormat.i18n = { dayNames: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], monthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], timeNames: ["a", "p", "am", "pm", "A", "P", "AM", "PM"] };
      var pad = function pad2(val, len) {
        val = String(val);
        len = len || 2;
        while (val.length < len) {
          val = "0" + val;
        }
        return val;
      };
      var getDayName = function getDayName2(_ref) {
        var y = _ref.y, m = _ref.m, d = _ref.d, _ = _ref._, dayName = _ref.dayName, _ref$short = _ref["short"], _short = _ref$short === void 0 ? false : _ref$short;
        var today = /* @__PURE__ */ new Date();
        var yesterday = /* @__PURE__ */ new Date();
        yesterday.setDate(yesterday[_ + "Date"]() - 1);
        var tomorrow = /* @__PURE__ */ new Date();
        tomorrow.setDate(tomorrow[_ + "Date"]() + 1);
        var today_d = function today_d2() {
          return today[_ + "Date"]();
        };
        var today_m = function today_m2() {
          return today[_ + "Month"]();
        };
        var today_y = function today_y2() {
          return today[_ + "FullYear"]();
        };
        var yesterday_d = function yesterday_d2() {
          return yesterday[_ + "Date"]();
        };
        var yesterday_m = function yesterday_m2() {
          return yesterday[_ + "Month"]();
        };
        var yesterday_y = function yesterday_y2() {
          return yesterday[_ + "FullYear"]();
        };
        var tomorrow_d = function tomorrow_d2() {
          return tomorrow[_ + "Date"]();
        };
        var tomorrow_m = function tomorrow_m2() {
          return tomorrow[_ + "Month"]();
        };
        var tomorrow_y = function tomorrow_y2() {
          return tomorrow[_ + "FullYear"]();
        };
        if (today_y() === y && today_m() === m && today_d() === d) {
          return _short ? "Tdy" : "Today";
        } else if (yesterday_y() === y && yesterday_m() === m && yesterday_d() === d) {
          return _short ? "Ysd" : "Yesterday";
        } else if (tomorrow_y() === y && tomorrow_m() === m && tomorrow_d() === d) {
          return _short ? "Tmw" : "Tomorrow";
        }
        return dayName;
      };
      var getWeek = function getWeek2(date) {
        var targetThursday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
        targetThursday.setDate(targetThursday.getDate() - (targetThursday.getDay() + 6) % 7 + 3);
        var firstThursday = new Date(targetThursday.getFullYear(), 0, 4);
        firstThursday.setDate(firstThursday.getDate() - (firstThursday.getDay() + 6) % 7 + 3);
        var ds = targetThursday.getTimezoneOffset() - firstThursday.getTimezoneOffset();
        targetThursday.setHours(targetThursday.getHours() - ds);
        var weekDiff = (targetThursday - firstThursday) / (864e5 * 7);
        return 1 + Math.floor(weekDiff);
      };
      var getDayOfWeek = function getDayOfWeek2(date) {
        var dow = date.getDay();
        if (dow === 0) {
          dow = 7;
        }
        return dow;
      };
      var kindOf = function kindOf2(val) {
        if (val === null) {
          return "null";
        }
        if (val === void 0) {
          return "undefined";
        }
        if (_typeof(val) !== "object") {
          return _typeof(val);
        }
        if (Array.isArray(val)) {
          return "array";
        }
        return {}.toString.call(val).slice(8, -1).toLowerCase();
      };
      if (typeof define === "function" && define.amd) {
        define(function() {
          return dateFormat;
        });
      } else if ((typeof exports === "undefined" ? "undefined" : _typeof(exports)) === "object") {
        module.exports = dateFormat;
      } else {
        global2.dateFormat = dateFormat;
      }
    })(void 0);
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/format-time.js
var require_format_time = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/format-time.js"(exports, module) {
    "use strict";
    module.exports = formatTime;
    var {
      DATE_FORMAT: DATE_FORMAT2,
      DATE_FORMAT_SIMPLE
    } = require_constants2();
    var dateformat = require_dateformat();
    var createDate = require_create_date();
    var isValidDate = require_is_valid_date();
    function formatTime(epoch, translateTime = false) {
      if (translateTime === false) {
        return epoch;
      }
      const instant = createDate(epoch);
      if (!isValidDate(instant)) {
        return epoch;
      }
      if (translateTime === true) {
        return dateformat(instant, DATE_FORMAT_SIMPLE);
      }
      const upperFormat = translateTime.toUpperCase();
      if (upperFormat === "SYS:STANDARD") {
        return dateformat(instant, DATE_FORMAT2);
      }
      const prefix = upperFormat.substr(0, 4);
      if (prefix === "SYS:" || prefix === "UTC:") {
        if (prefix === "UTC:") {
          return dateformat(instant, translateTime);
        }
        return dateformat(instant, translateTime.slice(4));
      }
      return dateformat(instant, `UTC:${translateTime}`);
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/handle-custom-levels-names-opts.js
var require_handle_custom_levels_names_opts = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/handle-custom-levels-names-opts.js"(exports, module) {
    "use strict";
    module.exports = handleCustomLevelsNamesOpts;
    function handleCustomLevelsNamesOpts(cLevels) {
      if (!cLevels) return {};
      if (typeof cLevels === "string") {
        return cLevels.split(",").reduce((agg, value, idx) => {
          const [levelName, levelNum = idx] = value.split(":");
          agg[levelName.toLowerCase()] = levelNum;
          return agg;
        }, {});
      } else if (Object.prototype.toString.call(cLevels) === "[object Object]") {
        return Object.keys(cLevels).reduce((agg, levelName) => {
          agg[levelName.toLowerCase()] = cLevels[levelName];
          return agg;
        }, {});
      } else {
        return {};
      }
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/handle-custom-levels-opts.js
var require_handle_custom_levels_opts = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/handle-custom-levels-opts.js"(exports, module) {
    "use strict";
    module.exports = handleCustomLevelsOpts;
    function handleCustomLevelsOpts(cLevels) {
      if (!cLevels) return {};
      if (typeof cLevels === "string") {
        return cLevels.split(",").reduce(
          (agg, value, idx) => {
            const [levelName, levelNum = idx] = value.split(":");
            agg[levelNum] = levelName.toUpperCase();
            return agg;
          },
          { default: "USERLVL" }
        );
      } else if (Object.prototype.toString.call(cLevels) === "[object Object]") {
        return Object.keys(cLevels).reduce((agg, levelName) => {
          agg[cLevels[levelName]] = levelName.toUpperCase();
          return agg;
        }, { default: "USERLVL" });
      } else {
        return {};
      }
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/interpret-conditionals.js
var require_interpret_conditionals = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/interpret-conditionals.js"(exports, module) {
    "use strict";
    module.exports = interpretConditionals;
    var getPropertyValue = require_get_property_value();
    function interpretConditionals(messageFormat, log) {
      messageFormat = messageFormat.replace(/{if (.*?)}([\s\S]*?){end}/g, replacer);
      messageFormat = messageFormat.replace(/{if (.*?)}/g, "");
      messageFormat = messageFormat.replace(/{end}/g, "");
      messageFormat = messageFormat.replace(/[^\S\r\n]+/g, " ");
      messageFormat = messageFormat.replace(/\n[^\S\r\n]*\n/g, "\n");
      return messageFormat.trim();
      function replacer(_, key, value) {
        const propertyValue = getPropertyValue(log, key);
        if (propertyValue && value.includes(key)) {
          return value.replace(new RegExp("{" + key + "}", "g"), propertyValue);
        } else {
          return "";
        }
      }
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/is-object.js
var require_is_object = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/is-object.js"(exports, module) {
    "use strict";
    module.exports = isObject3;
    function isObject3(input) {
      return Object.prototype.toString.apply(input) === "[object Object]";
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/join-lines-with-indentation.js
var require_join_lines_with_indentation = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/join-lines-with-indentation.js"(exports, module) {
    "use strict";
    module.exports = joinLinesWithIndentation;
    function joinLinesWithIndentation({ input, ident = "    ", eol = "\n" }) {
      const lines = input.split(/\r?\n/);
      for (let i = 1; i < lines.length; i += 1) {
        lines[i] = ident + lines[i];
      }
      return lines.join(eol);
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/parse-factory-options.js
var require_parse_factory_options = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/parse-factory-options.js"(exports, module) {
    "use strict";
    module.exports = parseFactoryOptions;
    var {
      LEVEL_NAMES
    } = require_constants2();
    var colors = require_colors();
    var handleCustomLevelsOpts = require_handle_custom_levels_opts();
    var handleCustomLevelsNamesOpts = require_handle_custom_levels_names_opts();
    var handleLevelLabelData = require_get_level_label_data();
    function parseFactoryOptions(options) {
      const EOL = options.crlf ? "\r\n" : "\n";
      const IDENT = "    ";
      const {
        customPrettifiers,
        errorLikeObjectKeys,
        hideObject,
        levelFirst,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        minimumLevel,
        singleLine,
        timestampKey,
        translateTime
      } = options;
      const errorProps = options.errorProps.split(",");
      const useOnlyCustomProps = options.useOnlyCustomProps;
      const customLevels = handleCustomLevelsOpts(options.customLevels);
      const customLevelNames = handleCustomLevelsNamesOpts(options.customLevels);
      const getLevelLabelData = handleLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames);
      let customColors;
      if (options.customColors) {
        if (typeof options.customColors === "string") {
          customColors = options.customColors.split(",").reduce((agg, value) => {
            const [level, color] = value.split(":");
            const condition = useOnlyCustomProps ? options.customLevels : customLevelNames[level] !== void 0;
            const levelNum = condition ? customLevelNames[level] : LEVEL_NAMES[level];
            const colorIdx = levelNum !== void 0 ? levelNum : level;
            agg.push([colorIdx, color]);
            return agg;
          }, []);
        } else if (typeof options.customColors === "object") {
          customColors = Object.keys(options.customColors).reduce((agg, value) => {
            const [level, color] = [value, options.customColors[value]];
            const condition = useOnlyCustomProps ? options.customLevels : customLevelNames[level] !== void 0;
            const levelNum = condition ? customLevelNames[level] : LEVEL_NAMES[level];
            const colorIdx = levelNum !== void 0 ? levelNum : level;
            agg.push([colorIdx, color]);
            return agg;
          }, []);
        } else {
          throw new Error("options.customColors must be of type string or object.");
        }
      }
      const customProperties = { customLevels, customLevelNames };
      if (useOnlyCustomProps === true && !options.customLevels) {
        customProperties.customLevels = void 0;
        customProperties.customLevelNames = void 0;
      }
      const includeKeys = options.include !== void 0 ? new Set(options.include.split(",")) : void 0;
      const ignoreKeys = !includeKeys && options.ignore ? new Set(options.ignore.split(",")) : void 0;
      const colorizer = colors(options.colorize, customColors, useOnlyCustomProps);
      const objectColorizer = options.colorizeObjects ? colorizer : colors(false, [], false);
      return {
        EOL,
        IDENT,
        colorizer,
        customColors,
        customLevelNames,
        customLevels,
        customPrettifiers,
        customProperties,
        errorLikeObjectKeys,
        errorProps,
        getLevelLabelData,
        hideObject,
        ignoreKeys,
        includeKeys,
        levelFirst,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        minimumLevel,
        objectColorizer,
        singleLine,
        timestampKey,
        translateTime,
        useOnlyCustomProps
      };
    }
  }
});

// ../../work/main/node_modules/fast-safe-stringify/index.js
var require_fast_safe_stringify = __commonJS({
  "../../work/main/node_modules/fast-safe-stringify/index.js"(exports, module) {
    module.exports = stringify2;
    stringify2.default = stringify2;
    stringify2.stable = deterministicStringify;
    stringify2.stableStringify = deterministicStringify;
    var LIMIT_REPLACE_NODE = "[...]";
    var CIRCULAR_REPLACE_NODE = "[Circular]";
    var arr = [];
    var replacerStack = [];
    function defaultOptions() {
      return {
        depthLimit: Number.MAX_SAFE_INTEGER,
        edgesLimit: Number.MAX_SAFE_INTEGER
      };
    }
    function stringify2(obj, replacer, spacer, options) {
      if (typeof options === "undefined") {
        options = defaultOptions();
      }
      decirc(obj, "", 0, [], void 0, 0, options);
      var res;
      try {
        if (replacerStack.length === 0) {
          res = JSON.stringify(obj, replacer, spacer);
        } else {
          res = JSON.stringify(obj, replaceGetterValues(replacer), spacer);
        }
      } catch (_) {
        return JSON.stringify("[unable to serialize, circular reference is too complex to analyze]");
      } finally {
        while (arr.length !== 0) {
          var part = arr.pop();
          if (part.length === 4) {
            Object.defineProperty(part[0], part[1], part[3]);
          } else {
            part[0][part[1]] = part[2];
          }
        }
      }
      return res;
    }
    function setReplace(replace, val, k, parent) {
      var propertyDescriptor = Object.getOwnPropertyDescriptor(parent, k);
      if (propertyDescriptor.get !== void 0) {
        if (propertyDescriptor.configurable) {
          Object.defineProperty(parent, k, { value: replace });
          arr.push([parent, k, val, propertyDescriptor]);
        } else {
          replacerStack.push([val, k, replace]);
        }
      } else {
        parent[k] = replace;
        arr.push([parent, k, val]);
      }
    }
    function decirc(val, k, edgeIndex, stack, parent, depth, options) {
      depth += 1;
      var i;
      if (typeof val === "object" && val !== null) {
        for (i = 0; i < stack.length; i++) {
          if (stack[i] === val) {
            setReplace(CIRCULAR_REPLACE_NODE, val, k, parent);
            return;
          }
        }
        if (typeof options.depthLimit !== "undefined" && depth > options.depthLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (typeof options.edgesLimit !== "undefined" && edgeIndex + 1 > options.edgesLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        stack.push(val);
        if (Array.isArray(val)) {
          for (i = 0; i < val.length; i++) {
            decirc(val[i], i, i, stack, val, depth, options);
          }
        } else {
          var keys = Object.keys(val);
          for (i = 0; i < keys.length; i++) {
            var key = keys[i];
            decirc(val[key], key, i, stack, val, depth, options);
          }
        }
        stack.pop();
      }
    }
    function compareFunction(a, b) {
      if (a < b) {
        return -1;
      }
      if (a > b) {
        return 1;
      }
      return 0;
    }
    function deterministicStringify(obj, replacer, spacer, options) {
      if (typeof options === "undefined") {
        options = defaultOptions();
      }
      var tmp = deterministicDecirc(obj, "", 0, [], void 0, 0, options) || obj;
      var res;
      try {
        if (replacerStack.length === 0) {
          res = JSON.stringify(tmp, replacer, spacer);
        } else {
          res = JSON.stringify(tmp, replaceGetterValues(replacer), spacer);
        }
      } catch (_) {
        return JSON.stringify("[unable to serialize, circular reference is too complex to analyze]");
      } finally {
        while (arr.length !== 0) {
          var part = arr.pop();
          if (part.length === 4) {
            Object.defineProperty(part[0], part[1], part[3]);
          } else {
            part[0][part[1]] = part[2];
          }
        }
      }
      return res;
    }
    function deterministicDecirc(val, k, edgeIndex, stack, parent, depth, options) {
      depth += 1;
      var i;
      if (typeof val === "object" && val !== null) {
        for (i = 0; i < stack.length; i++) {
          if (stack[i] === val) {
            setReplace(CIRCULAR_REPLACE_NODE, val, k, parent);
            return;
          }
        }
        try {
          if (typeof val.toJSON === "function") {
            return;
          }
        } catch (_) {
          return;
        }
        if (typeof options.depthLimit !== "undefined" && depth > options.depthLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (typeof options.edgesLimit !== "undefined" && edgeIndex + 1 > options.edgesLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        stack.push(val);
        if (Array.isArray(val)) {
          for (i = 0; i < val.length; i++) {
            deterministicDecirc(val[i], i, i, stack, val, depth, options);
          }
        } else {
          var tmp = {};
          var keys = Object.keys(val).sort(compareFunction);
          for (i = 0; i < keys.length; i++) {
            var key = keys[i];
            deterministicDecirc(val[key], key, i, stack, val, depth, options);
            tmp[key] = val[key];
          }
          if (typeof parent !== "undefined") {
            arr.push([parent, k, val]);
            parent[k] = tmp;
          } else {
            return tmp;
          }
        }
        stack.pop();
      }
    }
    function replaceGetterValues(replacer) {
      replacer = typeof replacer !== "undefined" ? replacer : function(k, v) {
        return v;
      };
      return function(key, val) {
        if (replacerStack.length > 0) {
          for (var i = 0; i < replacerStack.length; i++) {
            var part = replacerStack[i];
            if (part[1] === key && part[0] === val) {
              val = part[2];
              replacerStack.splice(i, 1);
              break;
            }
          }
        }
        return replacer.call(this, key, val);
      };
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/strip-unsafe-control-chars.js
var require_strip_unsafe_control_chars = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/strip-unsafe-control-chars.js"(exports, module) {
    "use strict";
    module.exports = stripUnsafeControlChars;
    var unsafeControlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
    function stripUnsafeControlChars(input) {
      return String(input).replace(unsafeControlChars, "");
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-error.js
var require_prettify_error = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-error.js"(exports, module) {
    "use strict";
    module.exports = prettifyError;
    var joinLinesWithIndentation = require_join_lines_with_indentation();
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyError({ keyName, lines, eol, ident, sanitizeStack = true }) {
      let result = "";
      const joinedLines = joinLinesWithIndentation({ input: lines, ident, eol });
      const safeKeyName = stripUnsafeControlChars(keyName);
      const splitLines = `${ident}${safeKeyName}: ${joinedLines}${eol}`.split(eol);
      for (let j = 0; j < splitLines.length; j += 1) {
        if (j !== 0) result += eol;
        const line = splitLines[j];
        if (/^\s*"stack"/.test(line)) {
          const matches = /^(\s*"stack":)\s*(".*"),?$/.exec(line);
          if (matches && matches.length === 3) {
            const indentSize = /^\s*/.exec(line)[0].length + 4;
            const indentation = " ".repeat(indentSize);
            const stackMessage = matches[2];
            const parsedStack = JSON.parse(stackMessage);
            const stack = sanitizeStack ? stripUnsafeControlChars(parsedStack) : parsedStack;
            result += matches[1] + eol + indentation + stack.replace(/\n/g, eol + indentation);
          } else {
            result += line;
          }
        } else {
          result += line;
        }
      }
      return result;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-object.js
var require_prettify_object = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-object.js"(exports, module) {
    "use strict";
    module.exports = prettifyObject;
    var {
      LOGGER_KEYS
    } = require_constants2();
    var stringifySafe = require_fast_safe_stringify();
    var joinLinesWithIndentation = require_join_lines_with_indentation();
    var prettifyError = require_prettify_error();
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyObject({
      log,
      excludeLoggerKeys = true,
      skipKeys = [],
      context
    }) {
      const {
        EOL: eol,
        IDENT: ident,
        customPrettifiers,
        errorLikeObjectKeys: errorLikeKeys,
        objectColorizer,
        singleLine,
        colorizer
      } = context;
      const keysToIgnore = [].concat(skipKeys);
      if (excludeLoggerKeys === true) Array.prototype.push.apply(keysToIgnore, LOGGER_KEYS);
      let result = "";
      const { plain, errors } = Object.entries(log).reduce(({ plain: plain2, errors: errors2 }, [k, v]) => {
        if (keysToIgnore.includes(k) === false) {
          const pretty = typeof customPrettifiers[k] === "function" ? customPrettifiers[k](v, k, log, { colors: colorizer.colors }) : v;
          if (errorLikeKeys.includes(k)) {
            errors2[k] = pretty;
          } else {
            plain2[k] = pretty;
          }
        }
        return { plain: plain2, errors: errors2 };
      }, { plain: {}, errors: {} });
      if (singleLine) {
        if (Object.keys(plain).length > 0) {
          result += objectColorizer.greyMessage(stringifySafe(plain));
        }
        result += eol;
        result = result.replace(/\\\\/gi, "\\");
      } else {
        Object.entries(plain).forEach(([keyName, keyValue]) => {
          let lines = typeof customPrettifiers[keyName] === "function" ? keyValue : stringifySafe(keyValue, null, 2);
          if (lines === void 0) return;
          lines = lines.replace(/\\\\/gi, "\\");
          const joinedLines = joinLinesWithIndentation({ input: lines, ident, eol });
          const safeKeyName = stripUnsafeControlChars(keyName);
          result += `${ident}${objectColorizer.property(safeKeyName)}:${joinedLines.startsWith(eol) ? "" : " "}${joinedLines}${eol}`;
        });
      }
      Object.entries(errors).forEach(([keyName, keyValue]) => {
        const hasCustomPrettifier = typeof customPrettifiers[keyName] === "function";
        const lines = hasCustomPrettifier ? keyValue : stringifySafe(keyValue, null, 2);
        if (lines === void 0) return;
        result += prettifyError({ keyName, lines, eol, ident, sanitizeStack: !hasCustomPrettifier });
      });
      return result;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-error-log.js
var require_prettify_error_log = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-error-log.js"(exports, module) {
    "use strict";
    module.exports = prettifyErrorLog;
    var {
      LOGGER_KEYS
    } = require_constants2();
    var isObject3 = require_is_object();
    var joinLinesWithIndentation = require_join_lines_with_indentation();
    var prettifyObject = require_prettify_object();
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyErrorLog({ log, context }) {
      const {
        EOL: eol,
        IDENT: ident,
        errorProps: errorProperties,
        messageKey
      } = context;
      const stack = stripUnsafeControlChars(log.stack);
      const joinedLines = joinLinesWithIndentation({ input: stack, ident, eol });
      let result = `${ident}${joinedLines}${eol}`;
      if (errorProperties.length > 0) {
        const excludeProperties = LOGGER_KEYS.concat(messageKey, "type", "stack");
        let propertiesToPrint;
        if (errorProperties[0] === "*") {
          propertiesToPrint = Object.keys(log).filter((k) => excludeProperties.includes(k) === false);
        } else {
          propertiesToPrint = errorProperties.filter((k) => excludeProperties.includes(k) === false);
        }
        for (let i = 0; i < propertiesToPrint.length; i += 1) {
          const key = propertiesToPrint[i];
          if (key in log === false) continue;
          const safeKey = stripUnsafeControlChars(key);
          if (isObject3(log[key])) {
            const prettifiedObject = prettifyObject({
              log: log[key],
              excludeLoggerKeys: false,
              context: {
                ...context,
                IDENT: ident + ident
              }
            });
            result = `${result}${ident}${safeKey}: {${eol}${prettifiedObject}${ident}}${eol}`;
            continue;
          }
          const value = stripUnsafeControlChars(log[key]);
          result = `${result}${ident}${safeKey}: ${value}${eol}`;
        }
      }
      return result;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-level.js
var require_prettify_level = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-level.js"(exports, module) {
    "use strict";
    module.exports = prettifyLevel;
    var getPropertyValue = require_get_property_value();
    function prettifyLevel({ log, context }) {
      const {
        colorizer,
        customLevels,
        customLevelNames,
        levelKey,
        getLevelLabelData
      } = context;
      const prettifier = context.customPrettifiers?.level;
      const output = getPropertyValue(log, levelKey);
      if (output === void 0) return void 0;
      const labelColorized = colorizer(output, { customLevels, customLevelNames });
      if (prettifier) {
        const [label2] = getLevelLabelData(output);
        return prettifier(output, levelKey, log, { label: label2, labelColorized, colors: colorizer.colors });
      }
      return labelColorized;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-message.js
var require_prettify_message = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-message.js"(exports, module) {
    "use strict";
    module.exports = prettifyMessage;
    var {
      LEVELS
    } = require_constants2();
    var getPropertyValue = require_get_property_value();
    var interpretConditionals = require_interpret_conditionals();
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyMessage({ log, context }) {
      const {
        colorizer,
        customLevels,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        useOnlyCustomProps
      } = context;
      if (messageFormat && typeof messageFormat === "string") {
        const parsedMessageFormat = interpretConditionals(messageFormat, log);
        const message = String(parsedMessageFormat).replace(
          /{([^{}]+)}/g,
          function(match, p1) {
            let level;
            if (p1 === levelLabel && (level = getPropertyValue(log, levelKey)) !== void 0) {
              const condition = useOnlyCustomProps ? customLevels === void 0 : customLevels[level] === void 0;
              return condition ? LEVELS[level] : customLevels[level];
            }
            const value = getPropertyValue(log, p1);
            return value !== void 0 ? value : "";
          }
        );
        return colorizer.message(stripUnsafeControlChars(message));
      }
      if (messageFormat && typeof messageFormat === "function") {
        const msg = messageFormat(log, messageKey, levelLabel, { colors: colorizer.colors });
        return colorizer.message(msg);
      }
      if (messageKey in log === false) return void 0;
      if (typeof log[messageKey] !== "string" && typeof log[messageKey] !== "number" && typeof log[messageKey] !== "boolean") return void 0;
      return colorizer.message(stripUnsafeControlChars(log[messageKey]));
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-metadata.js
var require_prettify_metadata = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-metadata.js"(exports, module) {
    "use strict";
    module.exports = prettifyMetadata;
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyMetadata({ log, context }) {
      const { customPrettifiers: prettifiers, colorizer } = context;
      let line = "";
      if (log.name || log.pid || log.hostname) {
        line += "(";
        if (log.name) {
          line += prettifiers.name ? prettifiers.name(log.name, "name", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.name);
        }
        if (log.pid) {
          const prettyPid = prettifiers.pid ? prettifiers.pid(log.pid, "pid", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.pid);
          if (log.name && log.pid) {
            line += "/" + prettyPid;
          } else {
            line += prettyPid;
          }
        }
        if (log.hostname) {
          const prettyHostname = prettifiers.hostname ? prettifiers.hostname(log.hostname, "hostname", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.hostname);
          line += `${line === "(" ? "on" : " on"} ${prettyHostname}`;
        }
        line += ")";
      }
      if (log.caller) {
        const prettyCaller = prettifiers.caller ? prettifiers.caller(log.caller, "caller", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.caller);
        line += `${line === "" ? "" : " "}<${prettyCaller}>`;
      }
      if (line === "") {
        return void 0;
      } else {
        return line;
      }
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/prettify-time.js
var require_prettify_time = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/prettify-time.js"(exports, module) {
    "use strict";
    module.exports = prettifyTime;
    var formatTime = require_format_time();
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyTime({ log, context }) {
      const {
        timestampKey,
        translateTime: translateFormat
      } = context;
      const prettifier = context.customPrettifiers?.time;
      let time = null;
      if (timestampKey in log) {
        time = log[timestampKey];
      } else if ("timestamp" in log) {
        time = log.timestamp;
      }
      if (time === null) return void 0;
      const output = translateFormat ? formatTime(time, translateFormat) : time;
      return prettifier ? prettifier(output) : `[${stripUnsafeControlChars(output)}]`;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/lib/utils/index.js
var require_utils = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/utils/index.js"(exports, module) {
    "use strict";
    module.exports = {
      buildSafeSonicBoom: require_build_safe_sonic_boom(),
      createDate: require_create_date(),
      deleteLogProperty: require_delete_log_property(),
      filterLog: require_filter_log(),
      formatTime: require_format_time(),
      getPropertyValue: require_get_property_value(),
      handleCustomLevelsNamesOpts: require_handle_custom_levels_names_opts(),
      handleCustomLevelsOpts: require_handle_custom_levels_opts(),
      interpretConditionals: require_interpret_conditionals(),
      isObject: require_is_object(),
      isValidDate: require_is_valid_date(),
      joinLinesWithIndentation: require_join_lines_with_indentation(),
      noop: require_noop(),
      parseFactoryOptions: require_parse_factory_options(),
      prettifyErrorLog: require_prettify_error_log(),
      prettifyError: require_prettify_error(),
      prettifyLevel: require_prettify_level(),
      prettifyMessage: require_prettify_message(),
      prettifyMetadata: require_prettify_metadata(),
      prettifyObject: require_prettify_object(),
      prettifyTime: require_prettify_time(),
      splitPropertyKey: require_split_property_key(),
      stripUnsafeControlChars: require_strip_unsafe_control_chars(),
      getLevelLabelData: require_get_level_label_data()
    };
  }
});

// ../../work/main/node_modules/secure-json-parse/index.js
var require_secure_json_parse = __commonJS({
  "../../work/main/node_modules/secure-json-parse/index.js"(exports, module) {
    "use strict";
    var hasBuffer = typeof Buffer !== "undefined";
    var suspectProtoRx = /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/;
    var suspectConstructorRx = /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;
    function _parse(text, reviver, options) {
      if (options == null) {
        if (reviver !== null && typeof reviver === "object") {
          options = reviver;
          reviver = void 0;
        }
      }
      if (hasBuffer && Buffer.isBuffer(text)) {
        text = text.toString();
      }
      if (text && text.charCodeAt(0) === 65279) {
        text = text.slice(1);
      }
      const obj = JSON.parse(text, reviver);
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      const protoAction = options && options.protoAction || "error";
      const constructorAction = options && options.constructorAction || "error";
      if (protoAction === "ignore" && constructorAction === "ignore") {
        return obj;
      }
      if (protoAction !== "ignore" && constructorAction !== "ignore") {
        if (suspectProtoRx.test(text) === false && suspectConstructorRx.test(text) === false) {
          return obj;
        }
      } else if (protoAction !== "ignore" && constructorAction === "ignore") {
        if (suspectProtoRx.test(text) === false) {
          return obj;
        }
      } else {
        if (suspectConstructorRx.test(text) === false) {
          return obj;
        }
      }
      return filter(obj, { protoAction, constructorAction, safe: options && options.safe });
    }
    function filter(obj, { protoAction = "error", constructorAction = "error", safe } = {}) {
      let next = [obj];
      while (next.length) {
        const nodes = next;
        next = [];
        for (const node of nodes) {
          if (protoAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "__proto__")) {
            if (safe === true) {
              return null;
            } else if (protoAction === "error") {
              throw new SyntaxError("Object contains forbidden prototype property");
            }
            delete node.__proto__;
          }
          if (constructorAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "constructor") && node.constructor !== null && typeof node.constructor === "object" && Object.prototype.hasOwnProperty.call(node.constructor, "prototype")) {
            if (safe === true) {
              return null;
            } else if (constructorAction === "error") {
              throw new SyntaxError("Object contains forbidden prototype property");
            }
            delete node.constructor;
          }
          for (const key in node) {
            const value = node[key];
            if (value && typeof value === "object") {
              next.push(value);
            }
          }
        }
      }
      return obj;
    }
    function parse(text, reviver, options) {
      const { stackTraceLimit } = Error;
      Error.stackTraceLimit = 0;
      try {
        return _parse(text, reviver, options);
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    }
    function safeParse(text, reviver) {
      const { stackTraceLimit } = Error;
      Error.stackTraceLimit = 0;
      let result;
      try {
        result = _parse(text, reviver, { safe: true });
      } catch {
        result = void 0;
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
      return result;
    }
    module.exports = parse;
    module.exports.default = parse;
    module.exports.parse = parse;
    module.exports.safeParse = safeParse;
    module.exports.scan = filter;
  }
});

// ../../work/main/node_modules/pino-pretty/lib/pretty.js
var require_pretty = __commonJS({
  "../../work/main/node_modules/pino-pretty/lib/pretty.js"(exports, module) {
    "use strict";
    module.exports = pretty;
    var sjs = require_secure_json_parse();
    var isObject3 = require_is_object();
    var prettifyErrorLog = require_prettify_error_log();
    var prettifyLevel = require_prettify_level();
    var prettifyMessage = require_prettify_message();
    var prettifyMetadata = require_prettify_metadata();
    var prettifyObject = require_prettify_object();
    var prettifyTime = require_prettify_time();
    var filterLog = require_filter_log();
    var {
      LEVELS,
      LEVEL_KEY,
      LEVEL_NAMES
    } = require_constants2();
    var jsonParser = (input) => {
      try {
        return { value: sjs.parse(input, { protoAction: "remove" }) };
      } catch (err) {
        return { err };
      }
    };
    function pretty(inputData) {
      let log;
      if (!isObject3(inputData)) {
        const parsed = jsonParser(inputData);
        if (parsed.err || !isObject3(parsed.value)) {
          return inputData + this.EOL;
        }
        log = parsed.value;
      } else {
        log = inputData;
      }
      if (this.minimumLevel) {
        let condition;
        if (this.useOnlyCustomProps) {
          condition = this.customLevels;
        } else {
          condition = this.customLevelNames[this.minimumLevel] !== void 0;
        }
        let minimum;
        if (condition) {
          minimum = this.customLevelNames[this.minimumLevel];
        } else {
          minimum = LEVEL_NAMES[this.minimumLevel];
        }
        if (!minimum) {
          minimum = typeof this.minimumLevel === "string" ? LEVEL_NAMES[this.minimumLevel] : LEVEL_NAMES[LEVELS[this.minimumLevel].toLowerCase()];
        }
        const level = log[this.levelKey === void 0 ? LEVEL_KEY : this.levelKey];
        if (level < minimum) return;
      }
      const prettifiedMessage = prettifyMessage({ log, context: this.context });
      if (this.ignoreKeys || this.includeKeys) {
        log = filterLog({ log, context: this.context });
      }
      const prettifiedLevel = prettifyLevel({
        log,
        context: {
          ...this.context,
          // This is odd. The colorizer ends up relying on the value of
          // `customProperties` instead of the original `customLevels` and
          // `customLevelNames`.
          ...this.context.customProperties
        }
      });
      const prettifiedMetadata = prettifyMetadata({ log, context: this.context });
      const prettifiedTime = prettifyTime({ log, context: this.context });
      let line = "";
      if (this.levelFirst && prettifiedLevel) {
        line = `${prettifiedLevel}`;
      }
      if (prettifiedTime && line === "") {
        line = `${prettifiedTime}`;
      } else if (prettifiedTime) {
        line = `${line} ${prettifiedTime}`;
      }
      if (!this.levelFirst && prettifiedLevel) {
        if (line.length > 0) {
          line = `${line} ${prettifiedLevel}`;
        } else {
          line = prettifiedLevel;
        }
      }
      if (prettifiedMetadata) {
        if (line.length > 0) {
          line = `${line} ${prettifiedMetadata}:`;
        } else {
          line = prettifiedMetadata;
        }
      }
      if (line.endsWith(":") === false && line !== "") {
        line += ":";
      }
      if (prettifiedMessage !== void 0) {
        if (line.length > 0) {
          line = `${line} ${prettifiedMessage}`;
        } else {
          line = prettifiedMessage;
        }
      }
      if (line.length > 0 && !this.singleLine) {
        line += this.EOL;
      }
      if (log.type === "Error" && typeof log.stack === "string") {
        const prettifiedErrorLog = prettifyErrorLog({ log, context: this.context });
        if (this.singleLine) line += this.EOL;
        line += prettifiedErrorLog;
      } else if (this.hideObject === false) {
        const skipKeys = [
          this.messageKey,
          this.levelKey,
          this.timestampKey
        ].map((key) => key.replaceAll(/\\/g, "")).filter((key) => {
          return typeof log[key] === "string" || typeof log[key] === "number" || typeof log[key] === "boolean";
        });
        const prettifiedObject = prettifyObject({
          log,
          skipKeys,
          context: this.context
        });
        if (this.singleLine && !/^\s$/.test(prettifiedObject)) {
          line += " ";
        }
        line += prettifiedObject;
      }
      return line;
    }
  }
});

// ../../work/main/node_modules/pino-pretty/index.js
var require_pino_pretty = __commonJS({
  "../../work/main/node_modules/pino-pretty/index.js"(exports, module) {
    "use strict";
    var { isColorSupported } = require_colorette();
    var pump = require_pump();
    var { Transform } = __require("node:stream");
    var abstractTransport = require_pino_abstract_transport();
    var colors = require_colors();
    var {
      ERROR_LIKE_KEYS,
      LEVEL_KEY,
      LEVEL_LABEL,
      MESSAGE_KEY,
      TIMESTAMP_KEY
    } = require_constants2();
    var {
      buildSafeSonicBoom,
      parseFactoryOptions
    } = require_utils();
    var pretty = require_pretty();
    var defaultOptions = {
      colorize: isColorSupported,
      colorizeObjects: true,
      crlf: false,
      customColors: null,
      customLevels: null,
      customPrettifiers: {},
      errorLikeObjectKeys: ERROR_LIKE_KEYS,
      errorProps: "",
      hideObject: false,
      ignore: "hostname",
      include: void 0,
      levelFirst: false,
      levelKey: LEVEL_KEY,
      levelLabel: LEVEL_LABEL,
      messageFormat: null,
      messageKey: MESSAGE_KEY,
      minimumLevel: void 0,
      singleLine: false,
      timestampKey: TIMESTAMP_KEY,
      translateTime: true,
      useOnlyCustomProps: true
    };
    function normalizeBoolean(value) {
      if (value === "true") return true;
      if (value === "false") return false;
      return value;
    }
    function normalizeBooleanOptions(options) {
      const normalized = { ...options };
      const booleanOptions = [
        "colorize",
        "colorizeObjects",
        "crlf",
        "hideObject",
        "levelFirst",
        "singleLine",
        "useOnlyCustomProps"
      ];
      for (const key of booleanOptions) {
        if (key in normalized) {
          normalized[key] = normalizeBoolean(normalized[key]);
        }
      }
      if ("translateTime" in normalized && (normalized.translateTime === "true" || normalized.translateTime === "false")) {
        normalized.translateTime = normalizeBoolean(normalized.translateTime);
      }
      return normalized;
    }
    function prettyFactory(options) {
      const mergedOptions = Object.assign({}, defaultOptions, options);
      const normalizedOptions = normalizeBooleanOptions(mergedOptions);
      const context = parseFactoryOptions(normalizedOptions);
      return pretty.bind({ ...context, context });
    }
    function build(opts = {}) {
      let pretty2 = prettyFactory(opts);
      let destination;
      return abstractTransport(function(source) {
        source.on("message", function pinoConfigListener(message) {
          if (!message || message.code !== "PINO_CONFIG") return;
          Object.assign(opts, {
            messageKey: message.config.messageKey,
            errorLikeObjectKeys: Array.from(/* @__PURE__ */ new Set([...opts.errorLikeObjectKeys || ERROR_LIKE_KEYS, message.config.errorKey])),
            customLevels: message.config.levels.values
          });
          pretty2 = prettyFactory(opts);
          source.off("message", pinoConfigListener);
        });
        const stream = new Transform({
          objectMode: true,
          autoDestroy: true,
          transform(chunk, enc, cb) {
            const line = pretty2(chunk);
            cb(null, line);
          }
        });
        if (typeof opts.destination === "object" && typeof opts.destination.write === "function") {
          destination = opts.destination;
        } else {
          destination = buildSafeSonicBoom({
            dest: opts.destination || 1,
            append: opts.append,
            mkdir: opts.mkdir,
            sync: opts.sync
            // by default sonic will be async
          });
        }
        source.on("unknown", function(line) {
          destination.write(line + "\n");
        });
        pump(source, stream, destination);
        return stream;
      }, {
        parse: "lines",
        close(err, cb) {
          destination.on("close", () => {
            cb(err);
          });
        }
      });
    }
    module.exports = build;
    module.exports.build = build;
    module.exports.PinoPretty = build;
    module.exports.prettyFactory = prettyFactory;
    module.exports.colorizerFactory = colors;
    module.exports.isColorSupported = isColorSupported;
    module.exports.default = build;
  }
});

// src/log.ts
function createLogger(opts = {}) {
  const level = opts.level ?? process.env.LOG_LEVEL ?? "info";
  const base = { level, base: void 0, redact: { paths: REDACT_PATHS, censor: "[REDACTED]" } };
  if (opts.destination) return (0, import_pino.pino)(base, opts.destination);
  if (opts.format === "json") return (0, import_pino.pino)(base, import_pino.pino.destination({ dest: 2, sync: true }));
  const pretty = (0, import_pino_pretty.default)({
    destination: 2,
    sync: true,
    colorize: process.stderr.isTTY === true && !process.env.NO_COLOR,
    ignore: "pid,hostname",
    translateTime: "HH:MM:ss.l"
  });
  return (0, import_pino.pino)(base, pretty);
}
function silentLogger() {
  return (0, import_pino.pino)({ level: "silent" });
}
var import_pino, import_pino_pretty, REDACT_PATHS;
var init_log = __esm({
  "src/log.ts"() {
    "use strict";
    import_pino = __toESM(require_pino(), 1);
    import_pino_pretty = __toESM(require_pino_pretty(), 1);
    REDACT_PATHS = [
      "token",
      "apiToken",
      "api_token",
      "authorization",
      "Authorization",
      "headers.authorization",
      "headers.Authorization",
      "req.headers.authorization",
      "request.headers.authorization",
      "options.headers.authorization",
      "err.request.headers.authorization",
      "WHOOT_API_TOKEN",
      "env.WHOOT_API_TOKEN",
      // one level down, wherever a settings/options object carrying the token gets logged
      "*.token",
      "*.apiToken",
      "*.authorization",
      "*.Authorization",
      "*.headers.authorization",
      "*.headers.Authorization"
    ];
  }
});

// src/commands/common.ts
import { parseArgs } from "node:util";
function processIo() {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
function parseCommandArgs(argv, options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}
function commandLogger(values, io) {
  const format = values["log-format"];
  if (format !== void 0 && format !== "json" && format !== "pretty" && format !== "text") {
    throw new UsageError(`--log-format must be json or text, got "${String(format)}"`);
  }
  const level = typeof values["log-level"] === "string" ? values["log-level"] : io.env.LOG_LEVEL ?? "info";
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!levels.includes(level)) throw new UsageError(`--log-level must be one of ${levels.join(", ")}, got "${level}"`);
  return createLogger({ level, format: format === "json" ? "json" : "pretty" });
}
function intOption(name, value, fallback, min = 1, max = 1e3) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
var UsageError, COMMON_OPTIONS;
var init_common = __esm({
  "src/commands/common.ts"() {
    "use strict";
    init_log();
    UsageError = class extends Error {
      name = "UsageError";
    };
    COMMON_OPTIONS = {
      help: { type: "boolean", short: "h" },
      "log-level": { type: "string" },
      "log-format": { type: "string" }
    };
  }
});

// src/desired/tree.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
function isInside(root, target) {
  return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}
function treeFolderProblem(dir) {
  try {
    if (!statSync(dir).isDirectory()) return wholeFile(dir, "not a directory: pass the folder that holds rooms/ with --dir");
  } catch {
    return wholeFile(dir, "directory not found: pass the folder that holds rooms/ with --dir");
  }
  let rooms;
  try {
    if (!statSync(join(dir, "rooms")).isDirectory()) throw new Error("not a folder");
    rooms = realpathSync(join(dir, "rooms"));
  } catch {
    return wholeFile("rooms/", "no rooms/ folder: the tree (--dir) needs rooms/ with the room files, and optionally groups/");
  }
  return isInside(realpathSync(dir), rooms) ? null : linkOutside("rooms", rooms);
}
function listTree(dir) {
  const errors = [];
  const problem = treeFolderProblem(dir);
  if (problem !== null && problem.file !== "rooms/") return { rooms: [], groups: [], errors: [problem] };
  let root;
  try {
    root = realpathSync(dir);
  } catch {
    return { rooms: [], groups: [], errors: [wholeFile(dir, "directory not found: pass the folder that holds rooms/ with --dir")] };
  }
  const visitedDirs = /* @__PURE__ */ new Set();
  const walk = (rel, recurse, out) => {
    const abs = join(root, rel);
    const real = realpathSync(abs);
    if (!isInside(root, real)) {
      errors.push(linkOutside(rel, real));
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      errors.push(wholeFile(`${rel}/`, `cannot read folder: ${err.code ?? String(err)}`));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const childRel = `${rel}/${entry.name}`;
      const childAbs = join(abs, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target;
        try {
          target = realpathSync(childAbs);
        } catch {
          if (YAML_FILE.test(entry.name)) errors.push(wholeFile(childRel, "symbolic link points to nothing (broken link)"));
          continue;
        }
        if (!isInside(root, target)) {
          errors.push(wholeFile(childRel, `symbolic link points outside the tree (to ${target}); refused: keep room and group files inside --dir`));
          continue;
        }
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (recurse) walk(childRel, true, out);
        else errors.push(wholeFile(`${childRel}/`, "sub-folders of groups/ are not read: put group files directly in groups/"));
      } else if (isFile && YAML_FILE.test(entry.name)) {
        out.push({ rel: childRel, abs: childAbs });
      }
    }
  };
  const rooms = [];
  const groups = [];
  const has = (name) => {
    try {
      return statSync(join(root, name)).isDirectory();
    } catch {
      return false;
    }
  };
  if (problem !== null) {
    errors.push(problem);
  } else {
    walk("rooms", true, rooms);
    if (rooms.length === 0 && errors.length === 0) errors.push(wholeFile("rooms/", "no room files: add rooms/<name>.yaml (sub-folders allowed)"));
  }
  if (has("groups")) walk("groups", false, groups);
  return { rooms, groups, errors };
}
var YAML_FILE, wholeFile, linkOutside;
var init_tree = __esm({
  "src/desired/tree.ts"() {
    "use strict";
    YAML_FILE = /\.ya?ml$/i;
    wholeFile = (file, message) => ({ file, line: 0, column: 0, message });
    linkOutside = (rel, real) => wholeFile(`${rel}/`, `folder is a symbolic link outside the tree (to ${real}); refused: keep room and group files inside --dir`);
  }
});

// src/desired/bidi.ts
function describe(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} ${NAMES[cp] ?? ""}`.trimEnd();
}
function bidiErrors(file, text) {
  const errors = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(BIDI)) {
    for (let i = text.indexOf("\n", scanned); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = m.index;
    const message = `bidirectional control ${describe(m[0])}: ${MESSAGE}`;
    errors.push({ file, line, column: m.index - lineStart + 1, message });
  }
  return errors;
}
function bidiInPath(rel) {
  const m = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(rel);
  return m === null ? null : wholeFile(rel, `file name contains bidirectional control ${describe(m[0])}: ${MESSAGE}`);
}
var BIDI, NAMES, MESSAGE;
var init_bidi = __esm({
  "src/desired/bidi.ts"() {
    "use strict";
    init_tree();
    BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    NAMES = {
      1564: "ARABIC LETTER MARK",
      8206: "LEFT-TO-RIGHT MARK",
      8207: "RIGHT-TO-LEFT MARK",
      8234: "LEFT-TO-RIGHT EMBEDDING",
      8235: "RIGHT-TO-LEFT EMBEDDING",
      8236: "POP DIRECTIONAL FORMATTING",
      8237: "LEFT-TO-RIGHT OVERRIDE",
      8238: "RIGHT-TO-LEFT OVERRIDE",
      8294: "LEFT-TO-RIGHT ISOLATE",
      8295: "RIGHT-TO-LEFT ISOLATE",
      8296: "FIRST STRONG ISOLATE",
      8297: "POP DIRECTIONAL ISOLATE"
    };
    MESSAGE = "it makes text display in a different order from what it is (Trojan Source); remove it";
  }
});

// src/desired/dates.ts
function isCalendarDate(s) {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
function addDays(date, days) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function utcToday(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var DATE;
var init_dates = __esm({
  "src/desired/dates.ts"() {
    "use strict";
    DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  }
});

// src/desired/format.ts
function sortErrors(errors) {
  return [...errors].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
function formatSourceError(e) {
  const where = e.line > 0 ? `${textEscape(e.file)}:${e.line}:${e.column}` : textEscape(e.file);
  return `${where}: error: ${textEscape(e.message)}`;
}
function formatSourceErrors(errors) {
  return sortErrors(errors).map(formatSourceError);
}
var init_format = __esm({
  "src/desired/format.ts"() {
    "use strict";
    init_escape();
  }
});

// src/desired/limits.ts
var LIMITS;
var init_limits = __esm({
  "src/desired/limits.ts"() {
    "use strict";
    LIMITS = {
      /** bytes per room or group file, checked with stat before reading */
      maxFileBytes: 1024 * 1024,
      /** entries in one `members` list */
      maxMembers: 1e4,
      /** alias expansions per file (billion-laughs guard, passed to yaml's toJS) */
      maxAliasCount: 100,
      /** nesting depth of YAML collections in one file; a room file needs 3 */
      maxDepth: 16,
      /** days ahead in which an `expires` date makes an entry "expiring" (a notice) */
      expiringWithinDays: 7
    };
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// ../../work/main/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../../work/main/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../../work/main/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../../work/main/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../../work/main/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../../work/main/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token2 of tokens) {
        if (reqSpace) {
          if (token2.type !== "space" && token2.type !== "newline" && token2.type !== "comma")
            onError(token2.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token2.type !== "comment" && token2.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token2.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token2.source.includes("	")) {
              tab = token2;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token2.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token2.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token2.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token2;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token2, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token2.source.endsWith(":"))
              onError(token2.offset + token2.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token2, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token2, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token2.source} indicator`);
            if (found)
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.source} in ${flow ?? "collection"}`);
            found = token2;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token2, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token2;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token2 of end) {
          const { source, type } = token2;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token2) => token2 && (token2.type === "block-map" || token2.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token2, onError, tagName, tag) {
      const coll = token2.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token2, onError, tag) : token2.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token2, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token2, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token2, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token2.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token2.type === "block-map" ? "map" : token2.type === "block-seq" ? "seq" : token2.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token2, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token2, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token2, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token2 = props[i];
        switch (token2.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token2.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token2, "MISSING_CHAR", message);
            }
            length += token2.source.length;
            comment = token2.source.substring(1);
            break;
          case "error":
            onError(token2, "UNEXPECTED_TOKEN", token2.message);
            length += token2.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token2.type}`;
            onError(token2, "UNEXPECTED_TOKEN", message);
            const ts = token2.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token2, tagToken, onError) {
      const { value, type, comment, range } = token2.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token2, onError) : resolveFlowScalar.resolveFlowScalar(token2, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token2.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token2, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token2, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token2, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token2, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token2.type) {
        case "alias":
          node = composeAlias(ctx, token2, onError);
          if (anchor || tag)
            onError(token2, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token2, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token2, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token2, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token2.type === "error" ? token2.message : `Unsupported token (type: ${token2.type})`;
          onError(token2, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token2.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token2, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token2.type === "scalar" && token2.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token2;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token2 = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token2, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token2 of tokens)
          yield* this.next(token2);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token2) {
        if (node_process.env.LOG_STREAM)
          console.dir(token2, { depth: null });
        switch (token2.type) {
          case "directive":
            this.directives.add(token2.source, (offset, message, warning) => {
              const pos = getErrorPos(token2);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token2.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token2, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token2, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token2.source);
            break;
          case "error": {
            const msg = token2.source ? `${token2.message}: ${JSON.stringify(token2.source)}` : token2.message;
            const error = new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token2.end, token2.offset + token2.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", `Unsupported token ${token2.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token2, strict = true, onError) {
      if (token2) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token2.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token2, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token2, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token2, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token2 ? token2.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token2.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token2.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token2, source);
          break;
        case '"':
          setFlowScalarValue(token2, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token2, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token2, source, "scalar");
      }
    }
    function setBlockScalarValue(token2, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token2.type === "block-scalar") {
        const header = token2.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token2.source = body;
      } else {
        const { offset } = token2;
        const indent = "indent" in token2 ? token2.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token2 ? token2.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token2))
          if (key !== "type" && key !== "offset")
            delete token2[key];
        Object.assign(token2, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token2, source, type) {
      switch (token2.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token2.type = type;
          token2.source = source;
          break;
        case "block-scalar": {
          const end = token2.props.slice(1);
          let oa = source.length;
          if (token2.props[0].type === "block-scalar-header")
            oa -= token2.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token2.props;
          Object.assign(token2, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token2.offset + source.length;
          const nl = { type: "newline", offset, indent: token2.indent, source: "\n" };
          delete token2.items;
          Object.assign(token2, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token2 ? token2.indent : -1;
          const end = "end" in token2 && Array.isArray(token2.end) ? token2.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token2))
            if (key !== "type" && key !== "offset")
              delete token2[key];
          Object.assign(token2, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token2) {
      switch (token2.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token2.props)
            res += stringifyToken(tok);
          return res + token2.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token2.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token2.start.source;
          for (const item of token2.items)
            res += stringifyItem(item);
          for (const st of token2.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token2);
          if (token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token2.source;
          if ("end" in token2 && token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token2 = item[field];
        if (token2 && "items" in token2) {
          for (let i = 0; i < token2.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token2.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token2.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token2) => !!token2 && "items" in token2;
    var isScalar3 = (token2) => !!token2 && (token2.type === "scalar" || token2.type === "single-quoted-scalar" || token2.type === "double-quoted-scalar" || token2.type === "block-scalar");
    function prettyToken(token2) {
      switch (token2) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token2);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token2) {
      switch (token2?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token2 = error ?? this.stack.pop();
        if (!token2) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token2;
        } else {
          const top = this.peek(1);
          if (token2.type === "block-scalar") {
            token2.indent = "indent" in top ? top.indent : 0;
          } else if (token2.type === "flow-collection" && top.type === "document") {
            token2.indent = 0;
          }
          if (token2.type === "flow-collection")
            fixFlowSeqItems(token2);
          switch (top.type) {
            case "document":
              top.value = token2;
              break;
            case "block-scalar":
              top.props.push(token2);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token2, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token2;
              } else {
                Object.assign(it, { key: token2, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token2 });
              else
                it.value = token2;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token2, sep: [] });
              else if (it.sep)
                it.value = token2;
              else
                Object.assign(it, { key: token2, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token2);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token2.type === "block-map" || token2.type === "block-seq")) {
            const last = token2.items[token2.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token2.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token2.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token2.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token2) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token2.end)
              token2.end.push(this.sourceToken);
            else
              token2.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../../work/main/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../../work/main/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify2;
  }
});

// ../../work/main/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../../work/main/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/desired/yaml-source.ts
function positionAt(source, offset) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}
function positionOf(source, node) {
  return positionAt(source, node?.range?.[0] ?? 0);
}
function invalidUtf8Position(file, bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const at4 = text.indexOf("\uFFFD");
  const before = at4 < 0 ? "" : text.slice(0, at4);
  const lines = before.split("\n");
  return { file, line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function scanNodes(root, maxDepth) {
  const tagged = [];
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop();
    if ((0, import_yaml.isPair)(n)) {
      stack.push([n.value, depth], [n.key, depth]);
      continue;
    }
    if (n === null || typeof n !== "object") continue;
    const node = n;
    if (node.tag !== void 0) tagged.push(node);
    if ((0, import_yaml.isCollection)(node)) {
      if (depth + 1 > maxDepth) return { tagged, tooDeep: node };
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], depth + 1]);
    }
  }
  return { tagged, tooDeep: void 0 };
}
function parseYamlSource(file, bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, errors: [{ ...invalidUtf8Position(file, bytes), message: "file is not valid UTF-8 text; save it as UTF-8" }] };
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const bidi = bidiErrors(file, text);
  if (bidi.length > 0) return { ok: false, errors: bidi };
  const lineCounter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `cannot parse YAML: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  const at4 = (offset) => positionAt({ file, lineCounter }, offset);
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    return {
      ok: false,
      errors: [...doc.errors, ...doc.warnings].map((e) => ({ ...at4(e.pos[0]), message: yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[0] ?? "") }))
    };
  }
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null) {
    return { ok: false, errors: [{ ...at4(0), message: "file is empty: a room or group file needs at least `members` (and a room a `name` or `id`)" }] };
  }
  const scan = scanNodes(doc.contents, LIMITS.maxDepth);
  if (scan.tagged.length > 0) {
    return {
      ok: false,
      errors: scan.tagged.map((node) => ({
        ...positionOf({ file, lineCounter }, node),
        message: `YAML tags are not allowed (found "${(node.tag ?? "").replace(/^tag:yaml\.org,2002:/, "!!")}"): write plain values`
      }))
    };
  }
  if (scan.tooDeep) {
    return { ok: false, errors: [{ ...positionOf({ file, lineCounter }, scan.tooDeep), message: `YAML nested deeper than ${LIMITS.maxDepth} levels; a room file needs 3` }] };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const aliasBomb = /alias/i.test(message);
    return {
      ok: false,
      errors: [{ ...at4(0), message: aliasBomb ? `too many YAML alias expansions (limit ${LIMITS.maxAliasCount}): ${message}` : `cannot read YAML: ${message}` }]
    };
  }
  return { ok: true, source: { file, doc, lineCounter, value } };
}
function yamlMessage(code, message, span) {
  const first = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").replaceAll("tag:yaml.org,2002:", "!!");
  switch (code) {
    case "DUPLICATE_KEY":
      return `duplicate key${span.trim() === "" ? "" : ` "${span.trim()}"`}: a key may appear only once in a mapping`;
    case "MULTIPLE_DOCS":
      return "several YAML documents in one file (`---`): put one room or group per file";
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only";
    case "TAG_RESOLVE_FAILED":
      return `YAML tags are not allowed (${first.replace(/^Unresolved tag: /, 'found "').replace(/$/, '"')}): write plain values`;
    default:
      if (/call stack/i.test(first)) return `YAML nested too deeply to read (limit ${LIMITS.maxDepth} levels; a room file needs 3)`;
      return `YAML syntax error: ${first}`;
  }
}
function unescapePointerSegment(segment) {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
function pointerSegments(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map(unescapePointerSegment);
}
function nodeAt(source, segments, keyOf = false) {
  let node = source.doc.contents;
  for (let i = 0; i < segments.length; i++) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(source.doc);
    const seg = segments[i];
    const last = i === segments.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) return node;
      if (last && keyOf) return pair.key;
      if ((0, import_yaml.isScalar)(pair.value) && pair.value.source === "" && pair.value.value === null) return pair.key;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(seg)];
      if (item === void 0) return node;
      node = item;
    } else {
      return node ?? null;
    }
  }
  return node ?? null;
}
var import_yaml, utf8;
var init_yaml_source = __esm({
  "src/desired/yaml-source.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_bidi();
    init_limits();
    utf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/desired/model.ts
function userKind(ref) {
  return ref.includes("@") ? { kind: "email", value: ref.toLowerCase() } : { kind: "id", value: ref };
}
function readEntries(source, raw) {
  const seq = nodeAt(source, ["members"]);
  const items = (0, import_yaml2.isSeq)(seq) ? seq.items : [];
  const out = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const item = items[i] ?? seq;
    const pos = positionOf(source, item);
    if (typeof entry === "string") {
      const ref2 = userKind(entry);
      out[i] = { kind: ref2.kind, value: ref2.value, tx: false, pos, valuePos: pos };
      continue;
    }
    const isGroup = "group" in entry;
    let valueNode;
    if ((0, import_yaml2.isMap)(item)) {
      for (const p of item.items) {
        if ((0, import_yaml2.isScalar)(p.key) && p.key.value === (isGroup ? "group" : "user")) {
          valueNode = p.value;
          break;
        }
      }
    }
    const ref = isGroup ? { kind: "group", value: entry.group } : userKind(entry.user);
    const e = { kind: ref.kind, value: ref.value, tx: entry.tx ?? false, pos, valuePos: valueNode ? positionOf(source, valueNode) : pos };
    if (entry.expires !== void 0) e.expires = entry.expires;
    out[i] = e;
  }
  return out;
}
function posOfKey(source, key) {
  const node = nodeAt(source, [key]);
  return node === source.doc.contents ? void 0 : positionOf(source, node);
}
function readRoomFile(source) {
  const raw = source.value;
  const room3 = {
    file: source.file,
    pos: positionOf(source, source.doc.contents),
    mode: raw.mode ?? "authoritative",
    membersPos: positionOf(source, nodeAt(source, ["members"])),
    entries: readEntries(source, raw.members)
  };
  if (raw.name !== void 0) {
    room3.name = raw.name;
    room3.namePos = posOfKey(source, "name");
  }
  if (raw.id !== void 0) {
    room3.id = raw.id;
    room3.idPos = posOfKey(source, "id");
  }
  if (raw.display_name !== void 0) {
    room3.displayName = raw.display_name;
    room3.displayNamePos = posOfKey(source, "display_name");
  }
  if (raw.external_id !== void 0) {
    room3.externalId = raw.external_id;
    room3.externalIdPos = posOfKey(source, "external_id");
  }
  return room3;
}
function readGroupFile(source) {
  const raw = source.value;
  const top = positionOf(source, source.doc.contents);
  const base = source.file.slice(source.file.lastIndexOf("/") + 1).replace(/\.ya?ml$/i, "");
  return {
    file: source.file,
    pos: top,
    name: raw.name ?? base,
    namePos: raw.name !== void 0 ? posOfKey(source, "name") ?? top : top,
    entries: readEntries(source, raw.members)
  };
}
var import_yaml2;
var init_model = __esm({
  "src/desired/model.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    init_yaml_source();
  }
});

// src/desired/did-you-mean.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
function closest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : void 0;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c === void 0 ? "" : ` (did you mean "${c}"?)`;
}
var init_did_you_mean = __esm({
  "src/desired/did-you-mean.ts"() {
    "use strict";
  }
});

// src/desired/resolve.ts
function duplicateEntryErrors(entries, where) {
  const errors = [];
  const first = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const key = `${e.kind === "group" ? "group" : "user"}:${e.value.toLowerCase()}`;
    const prev = first.get(key);
    if (prev) errors.push({ ...e.pos, message: `${describeEntry(e)} is listed twice in ${where} (first at line ${prev.pos.line}); list each once` });
    else first.set(key, e);
  }
  return errors;
}
function unknownGroupErrors(entries, groups) {
  return entries.filter((e) => e.kind === "group" && !groups.has(e.value)).map((e) => ({ ...e.valuePos, message: `unknown group "${e.value}"${didYouMean(e.value, groups.keys())}` }));
}
function cycleErrors(groups) {
  const errors = [];
  const state = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const stack = [];
  const visit = (name) => {
    state.set(name, "open");
    stack.push(name);
    for (const e of groups.get(name)?.entries ?? []) {
      if (e.kind !== "group" || !groups.has(e.value)) continue;
      const s = state.get(e.value);
      if (s === "open") {
        const cycle = stack.slice(stack.indexOf(e.value));
        const key = [...cycle].sort().join("\0");
        if (!reported.has(key)) {
          reported.add(key);
          errors.push({ ...e.valuePos, message: `group cycle: ${[...cycle, e.value].join(" \u2192 ")}; a group cannot include itself` });
        }
      } else if (s === void 0) visit(e.value);
    }
    stack.pop();
    state.set(name, "done");
  };
  for (const name of [...groups.keys()].sort()) if (!state.has(name)) visit(name);
  return errors;
}
function roomClashErrors(rooms) {
  const errors = [];
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const r of rooms) {
    if (r.id !== void 0) {
      const prev = byId.get(r.id.toLowerCase());
      if (prev) errors.push({ ...r.idPos ?? r.pos, message: `room id ${r.id} is also managed by ${prev.file} (${at(prev.idPos ?? prev.pos)}); one file per room` });
      else byId.set(r.id.toLowerCase(), r);
    }
    if (r.name !== void 0) {
      const prev = byName.get(r.name);
      if (prev) errors.push({ ...r.namePos ?? r.pos, message: `room "${r.name}" is also managed by ${prev.file} (${at(prev.namePos ?? prev.pos)}); one file per room` });
      else byName.set(r.name, r);
    }
  }
  return errors;
}
function groupsByName(groupFiles) {
  return new Map(groupFiles.map((g) => [g.name, g]));
}
function groupErrors(groupFiles, withUnknown = true) {
  const errors = [];
  const first = /* @__PURE__ */ new Map();
  for (const g of groupFiles) {
    const prev = first.get(g.name);
    if (prev) errors.push({ ...g.namePos, message: `group "${g.name}" is also defined by ${prev.file} (${at(prev.namePos)}); group names must be unique` });
    else first.set(g.name, g);
  }
  const groups = groupsByName(groupFiles);
  for (const g of groupFiles) {
    errors.push(...duplicateEntryErrors(g.entries, `group "${g.name}"`));
    if (withUnknown) errors.push(...unknownGroupErrors(g.entries, groups));
  }
  errors.push(...cycleErrors(groups));
  return errors;
}
function roomEntryErrors(room3, groups, withUnknown = true) {
  const errors = duplicateEntryErrors(room3.entries, "this room");
  if (withUnknown) errors.push(...unknownGroupErrors(room3.entries, groups));
  return errors;
}
function expandGroup(name, groups, memo) {
  const cached = memo.get(name);
  if (cached) return cached;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of groups.get(name)?.entries ?? []) {
    const brought = e.kind === "group" ? expandGroup(e.value, groups, memo).map((u) => ({ ref: u.ref, via: [name, ...u.via] })) : [{ ref: { kind: e.kind, value: e.value }, via: [name] }];
    for (const u of brought) {
      const key = `${u.ref.kind}:${u.ref.value.toLowerCase()}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(u);
      }
    }
  }
  memo.set(name, out);
  return out;
}
function entryStatus(expires, today) {
  if (expires === void 0) return "active";
  if (expires <= today) return "expired";
  return expires <= addDays(today, LIMITS.expiringWithinDays) ? "expiring" : "active";
}
function effectiveRoom(r, groups, memo, today) {
  const members = /* @__PURE__ */ new Map();
  const expiring = [];
  const expired = [];
  for (const e of r.entries) {
    const status = entryStatus(e.expires, today);
    const brought = e.kind === "group" ? expandGroup(e.value, groups, memo) : [{ ref: { kind: e.kind, value: e.value }, via: [] }];
    if (status === "expired") {
      const expires = e.expires;
      for (const u of brought) expired.push({ ref: { ...u.ref }, tx: e.tx, expires, pos: e.pos, via: u.via });
      continue;
    }
    if (status === "expiring") {
      expiring.push({ ref: e.kind === "group" ? { kind: "group", value: e.value } : { kind: e.kind, value: e.value }, expires: e.expires, pos: e.pos });
    }
    for (const u of brought) {
      const key = `${u.ref.kind}:${u.ref.value.toLowerCase()}`;
      const prev = members.get(key);
      if (prev) prev.tx ||= e.tx;
      else members.set(key, { ref: { ...u.ref }, tx: e.tx, pos: e.pos, via: u.via });
    }
  }
  const room3 = {
    file: r.file,
    pos: r.pos,
    mode: r.mode,
    members: [...members.values()].sort((a, b) => a.ref.value < b.ref.value ? -1 : a.ref.value > b.ref.value ? 1 : 0),
    expiring,
    membersPos: r.membersPos
  };
  if (expired.length > 0) room3.expired = expired;
  if (r.name !== void 0) room3.name = r.name;
  if (r.namePos) room3.namePos = r.namePos;
  if (r.id !== void 0) room3.id = r.id;
  if (r.idPos) room3.idPos = r.idPos;
  if (r.displayName !== void 0) room3.displayName = r.displayName;
  if (r.displayNamePos) room3.displayNamePos = r.displayNamePos;
  if (r.externalId !== void 0) room3.externalId = r.externalId;
  if (r.externalIdPos) room3.externalIdPos = r.externalIdPos;
  return room3;
}
function roomResolver(groupFiles, today) {
  const groups = groupsByName(groupFiles);
  const memo = /* @__PURE__ */ new Map();
  return (r) => effectiveRoom(r, groups, memo, today);
}
function assembleDesiredState(rooms, groupFiles, today) {
  return {
    rooms: rooms.sort(byFile),
    groups: groupFiles.map((g) => ({ name: g.name, file: g.file, pos: g.pos })).sort(byFile),
    today
  };
}
var at, describeEntry, byFile;
var init_resolve = __esm({
  "src/desired/resolve.ts"() {
    "use strict";
    init_dates();
    init_did_you_mean();
    init_limits();
    at = (p) => `${p.file}:${p.line}:${p.column}`;
    describeEntry = (e) => e.kind === "group" ? `group "${e.value}"` : `user "${e.value}"`;
    byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  }
});

// schemas/room.schema.json
var room_schema_default;
var init_room_schema = __esm({
  "schemas/room.schema.json"() {
    room_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/room.schema.json",
      title: "whoot-rooms room file",
      description: "One whoot room and who should be in it. One room per file under rooms/ (sub-folders allowed). Reference: docs/format.md.",
      type: "object",
      additionalProperties: false,
      required: [
        "members"
      ],
      anyOf: [
        {
          required: [
            "name"
          ]
        },
        {
          required: [
            "id"
          ]
        }
      ],
      properties: {
        name: {
          description: "The live room's exact name. Required unless `id` is given. With `id`, it must equal the live room's name (a mismatch is an error showing both: rooms cannot be renamed through the API).",
          type: "string",
          minLength: 1
        },
        id: {
          description: "Optional whoot room id (UUID). Pins the room so a rename in the console cannot detach it from this file.",
          type: "string",
          pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        },
        display_name: {
          description: "Optional display name shown in whoot clients. Managed only when the key is present.",
          type: "string"
        },
        external_id: {
          description: "Optional SCIM group mapping (e.g. an Okta group id). Managed only when the key is present; null removes the mapping.",
          type: [
            "string",
            "null"
          ]
        },
        mode: {
          description: "authoritative (default): members not listed are removed. additive: only adds and transmit changes; nobody is removed.",
          enum: [
            "authoritative",
            "additive"
          ],
          default: "authoritative"
        },
        members: {
          description: "Required. Who should be in the room: emails, user ids, {user: \u2026} or {group: \u2026} entries. Write `members: []` for an empty room.",
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/roomEntry"
          }
        }
      },
      $defs: {
        userRef: {
          description: "A user's email (compared case-insensitively) or whoot user id (UUID).",
          type: "string",
          pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
        },
        groupName: {
          description: "The name of a group defined in groups/ (its `name`, or its file name without extension).",
          type: "string",
          minLength: 1
        },
        tx: {
          description: "Transmit permission (default false: listen only). On a group entry it applies to every user the group brings.",
          type: "boolean"
        },
        expires: {
          description: "Optional YYYY-MM-DD: time-boxed access. From this date (UTC) the entry no longer counts.",
          type: "string",
          format: "date"
        },
        roomEntry: {
          description: "A member entry: a user's email or id (listen only), {user, tx?, expires?} or {group, tx?, expires?}.",
          if: {
            type: "string"
          },
          then: {
            $ref: "#/$defs/userRef"
          },
          else: {
            if: {
              type: "object",
              required: [
                "group"
              ]
            },
            then: {
              $ref: "#/$defs/groupEntry"
            },
            else: {
              $ref: "#/$defs/userEntry"
            }
          }
        },
        userEntry: {
          description: "A user with options.",
          type: "object",
          additionalProperties: false,
          required: [
            "user"
          ],
          properties: {
            user: {
              description: "The user's email (case-insensitive) or whoot user id (UUID).",
              $ref: "#/$defs/userRef"
            },
            tx: {
              description: "Transmit permission for this user (default false: listen only).",
              $ref: "#/$defs/tx"
            },
            expires: {
              description: "Optional YYYY-MM-DD: from this date (UTC) the entry no longer counts.",
              $ref: "#/$defs/expires"
            }
          }
        },
        groupEntry: {
          description: "Every member of a group, recursively.",
          type: "object",
          additionalProperties: false,
          required: [
            "group"
          ],
          properties: {
            group: {
              description: "The name of a group defined in groups/.",
              $ref: "#/$defs/groupName"
            },
            tx: {
              description: "Transmit permission for every user the group brings (default false).",
              $ref: "#/$defs/tx"
            },
            expires: {
              description: "Optional YYYY-MM-DD: from this date (UTC) the whole group entry no longer counts.",
              $ref: "#/$defs/expires"
            }
          }
        }
      }
    };
  }
});

// schemas/group.schema.json
var group_schema_default;
var init_group_schema = __esm({
  "schemas/group.schema.json"() {
    group_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/group.schema.json",
      title: "whoot-rooms group file",
      description: "A named list of users (and other groups) that room files include with `- group: <name>`. One group per file, directly under groups/. Reference: docs/format.md.",
      type: "object",
      additionalProperties: false,
      required: [
        "members"
      ],
      properties: {
        name: {
          description: "The group's name, used by `- group: <name>` entries. Defaults to the file name without extension.",
          type: "string",
          minLength: 1
        },
        members: {
          description: "Required. The group's members: emails, user ids, {user: \u2026} or {group: \u2026} (groups may include groups). Transmit and expiry are set where the group is used in a room.",
          type: "array",
          maxItems: 1e4,
          items: {
            $ref: "#/$defs/groupMember"
          }
        }
      },
      $defs: {
        userRef: {
          description: "A user's email (compared case-insensitively) or whoot user id (UUID).",
          type: "string",
          pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
        },
        groupName: {
          description: "The name of another group defined in groups/.",
          type: "string",
          minLength: 1
        },
        groupMember: {
          description: "A member of a group: a user's email or id, {user: \u2026} or {group: \u2026}.",
          if: {
            type: "string"
          },
          then: {
            $ref: "#/$defs/userRef"
          },
          else: {
            if: {
              type: "object",
              required: [
                "group"
              ]
            },
            then: {
              $ref: "#/$defs/groupRefEntry"
            },
            else: {
              $ref: "#/$defs/userRefEntry"
            }
          }
        },
        userRefEntry: {
          description: "A user.",
          type: "object",
          additionalProperties: false,
          required: [
            "user"
          ],
          properties: {
            user: {
              description: "The user's email (case-insensitive) or whoot user id (UUID).",
              $ref: "#/$defs/userRef"
            }
          }
        },
        groupRefEntry: {
          description: "Every member of another group.",
          type: "object",
          additionalProperties: false,
          required: [
            "group"
          ],
          properties: {
            group: {
              description: "The name of another group defined in groups/.",
              $ref: "#/$defs/groupName"
            }
          }
        }
      }
    };
  }
});

// ../../work/main/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../work/main/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// precompiled-validators:src/desired/schema-validators.precompiled.js
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.group === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "group" || key0 === "tx" || key0 === "expires")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data0 = data.group;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/group", schemaPath: "#/$defs/groupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/group", schemaPath: "#/$defs/groupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tx !== void 0) {
      let data1 = data.tx;
      if (typeof data1 !== "boolean") {
        const err4 = { instancePath: instancePath + "/tx", schemaPath: "#/$defs/tx/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err5 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema37, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.user === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "user" || key0 === "tx" || key0 === "expires")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data0 = data.user;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err2 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/userRef/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, message: 'must match pattern "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"', schema: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/userRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tx !== void 0) {
      let data1 = data.tx;
      if (typeof data1 !== "boolean") {
        const err4 = { instancePath: instancePath + "/tx", schemaPath: "#/$defs/tx/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!formats0.validate(data2)) {
          const err5 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/expires/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema37, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data === "string") {
      if (!pattern5.test(data)) {
        const err1 = { instancePath, schemaPath: "#/$defs/userRef/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, message: 'must match pattern "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"', schema: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/userRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid2 = true;
    const _errs8 = errors;
    if (errors === _errs8) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.group === void 0 && (missing0 = "group")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs10 = errors;
      if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs10 === errors;
      valid2 = _valid1;
      if (valid2) {
        var props0 = true;
      }
      ifClause1 = "then";
    } else {
      const _errs11 = errors;
      if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs11 === errors;
      valid2 = _valid1;
      if (valid2) {
        if (props0 !== true) {
          props0 = true;
        }
      }
      ifClause1 = "else";
    }
    if (!valid2) {
      const err5 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema32.else.if, parentSchema: schema32.else, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema32.if, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.anyOf[0].required, parentSchema: schema31.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.anyOf[1].required, parentSchema: schema31.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.anyOf, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.members === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "id" || key0 === "display_name" || key0 === "external_id" || key0 === "mode" || key0 === "members")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"', schema: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", parentSchema: schema31.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.display_name !== void 0) {
      let data2 = data.display_name;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.display_name.type, parentSchema: schema31.properties.display_name, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.external_id !== void 0) {
      let data3 = data.external_id;
      if (typeof data3 !== "string" && data3 !== null) {
        const err10 = { instancePath: instancePath + "/external_id", schemaPath: "#/properties/external_id/type", keyword: "type", params: { type: schema31.properties.external_id.type }, message: "must be string,null", schema: schema31.properties.external_id.type, parentSchema: schema31.properties.external_id, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data4 = data.mode;
      if (!(data4 === "authoritative" || data4 === "additive")) {
        const err11 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.mode.enum, parentSchema: schema31.properties.mode, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.members !== void 0) {
      let data5 = data.members;
      if (Array.isArray(data5)) {
        if (data5.length > 1e4) {
          const err12 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema31.properties.members, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data5[i0], { instancePath: instancePath + "/members/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.members.type, parentSchema: schema31.properties.members, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.group === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" }, message: "must have required property 'group'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "group")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data0 = data.group;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/group", schemaPath: "#/$defs/groupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/group", schemaPath: "#/$defs/groupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.user === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data0 = data.user;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err2 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/userRef/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, message: 'must match pattern "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"', schema: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/userRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data === "string") {
      if (!pattern5.test(data)) {
        const err1 = { instancePath, schemaPath: "#/$defs/userRef/pattern", keyword: "pattern", params: { pattern: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, message: 'must match pattern "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"', schema: "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/userRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid2 = true;
    const _errs8 = errors;
    if (errors === _errs8) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.group === void 0 && (missing0 = "group")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs10 = errors;
      if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs10 === errors;
      valid2 = _valid1;
      if (valid2) {
        var props0 = true;
      }
      ifClause1 = "then";
    } else {
      const _errs11 = errors;
      if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs11 === errors;
      valid2 = _valid1;
      if (valid2) {
        if (props0 !== true) {
          props0 = true;
        }
      }
      ifClause1 = "else";
    }
    if (!valid2) {
      const err5 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema43.else.if, parentSchema: schema43.else, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema43.if, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate28.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.members === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "members")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.members !== void 0) {
      let data1 = data.members;
      if (Array.isArray(data1)) {
        if (data1.length > 1e4) {
          const err4 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema42.properties.members, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate28(data1[i0], { instancePath: instancePath + "/members/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.members.type, parentSchema: schema42.properties.members, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var DATE_FORMAT, __formats, room, schema31, func1, pattern4, schema32, schema33, pattern5, schema34, schema35, schema36, schema37, formats0, schema38, group, schema42, schema43, schema44, schema45, schema46, schema47, validators;
var init_schema_validators_precompiled = __esm({
  "precompiled-validators:src/desired/schema-validators.precompiled.js"() {
    init_dates();
    DATE_FORMAT = { type: "string", validate: isCalendarDate };
    __formats = { date: DATE_FORMAT };
    room = validate20;
    schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/room.schema.json", "title": "whoot-rooms room file", "description": "One whoot room and who should be in it. One room per file under rooms/ (sub-folders allowed). Reference: docs/format.md.", "type": "object", "additionalProperties": false, "required": ["members"], "anyOf": [{ "required": ["name"] }, { "required": ["id"] }], "properties": { "name": { "description": "The live room's exact name. Required unless `id` is given. With `id`, it must equal the live room's name (a mismatch is an error showing both: rooms cannot be renamed through the API).", "type": "string", "minLength": 1 }, "id": { "description": "Optional whoot room id (UUID). Pins the room so a rename in the console cannot detach it from this file.", "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, "display_name": { "description": "Optional display name shown in whoot clients. Managed only when the key is present.", "type": "string" }, "external_id": { "description": "Optional SCIM group mapping (e.g. an Okta group id). Managed only when the key is present; null removes the mapping.", "type": ["string", "null"] }, "mode": { "description": "authoritative (default): members not listed are removed. additive: only adds and transmit changes; nobody is removed.", "enum": ["authoritative", "additive"], "default": "authoritative" }, "members": { "description": "Required. Who should be in the room: emails, user ids, {user: \u2026} or {group: \u2026} entries. Write `members: []` for an empty room.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/$defs/roomEntry" } } }, "$defs": { "userRef": { "description": "A user's email (compared case-insensitively) or whoot user id (UUID).", "type": "string", "pattern": "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, "groupName": { "description": "The name of a group defined in groups/ (its `name`, or its file name without extension).", "type": "string", "minLength": 1 }, "tx": { "description": "Transmit permission (default false: listen only). On a group entry it applies to every user the group brings.", "type": "boolean" }, "expires": { "description": "Optional YYYY-MM-DD: time-boxed access. From this date (UTC) the entry no longer counts.", "type": "string", "format": "date" }, "roomEntry": { "description": "A member entry: a user's email or id (listen only), {user, tx?, expires?} or {group, tx?, expires?}.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/userRef" }, "else": { "if": { "type": "object", "required": ["group"] }, "then": { "$ref": "#/$defs/groupEntry" }, "else": { "$ref": "#/$defs/userEntry" } } }, "userEntry": { "description": "A user with options.", "type": "object", "additionalProperties": false, "required": ["user"], "properties": { "user": { "description": "The user's email (case-insensitive) or whoot user id (UUID).", "$ref": "#/$defs/userRef" }, "tx": { "description": "Transmit permission for this user (default false: listen only).", "$ref": "#/$defs/tx" }, "expires": { "description": "Optional YYYY-MM-DD: from this date (UTC) the entry no longer counts.", "$ref": "#/$defs/expires" } } }, "groupEntry": { "description": "Every member of a group, recursively.", "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "description": "The name of a group defined in groups/.", "$ref": "#/$defs/groupName" }, "tx": { "description": "Transmit permission for every user the group brings (default false).", "$ref": "#/$defs/tx" }, "expires": { "description": "Optional YYYY-MM-DD: from this date (UTC) the whole group entry no longer counts.", "$ref": "#/$defs/expires" } } } } };
    func1 = require_ucs2length().default;
    pattern4 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
    schema32 = { "description": "A member entry: a user's email or id (listen only), {user, tx?, expires?} or {group, tx?, expires?}.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/userRef" }, "else": { "if": { "type": "object", "required": ["group"] }, "then": { "$ref": "#/$defs/groupEntry" }, "else": { "$ref": "#/$defs/userEntry" } } };
    schema33 = { "description": "A user's email (compared case-insensitively) or whoot user id (UUID).", "type": "string", "pattern": "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" };
    pattern5 = new RegExp("^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", "u");
    schema34 = { "description": "Every member of a group, recursively.", "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "description": "The name of a group defined in groups/.", "$ref": "#/$defs/groupName" }, "tx": { "description": "Transmit permission for every user the group brings (default false).", "$ref": "#/$defs/tx" }, "expires": { "description": "Optional YYYY-MM-DD: from this date (UTC) the whole group entry no longer counts.", "$ref": "#/$defs/expires" } } };
    schema35 = { "description": "The name of a group defined in groups/ (its `name`, or its file name without extension).", "type": "string", "minLength": 1 };
    schema36 = { "description": "Transmit permission (default false: listen only). On a group entry it applies to every user the group brings.", "type": "boolean" };
    schema37 = { "description": "Optional YYYY-MM-DD: time-boxed access. From this date (UTC) the entry no longer counts.", "type": "string", "format": "date" };
    formats0 = __formats.date;
    validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema38 = { "description": "A user with options.", "type": "object", "additionalProperties": false, "required": ["user"], "properties": { "user": { "description": "The user's email (case-insensitive) or whoot user id (UUID).", "$ref": "#/$defs/userRef" }, "tx": { "description": "Transmit permission for this user (default false: listen only).", "$ref": "#/$defs/tx" }, "expires": { "description": "Optional YYYY-MM-DD: from this date (UTC) the entry no longer counts.", "$ref": "#/$defs/expires" } } };
    validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    group = validate27;
    schema42 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/group.schema.json", "title": "whoot-rooms group file", "description": "A named list of users (and other groups) that room files include with `- group: <name>`. One group per file, directly under groups/. Reference: docs/format.md.", "type": "object", "additionalProperties": false, "required": ["members"], "properties": { "name": { "description": "The group's name, used by `- group: <name>` entries. Defaults to the file name without extension.", "type": "string", "minLength": 1 }, "members": { "description": "Required. The group's members: emails, user ids, {user: \u2026} or {group: \u2026} (groups may include groups). Transmit and expiry are set where the group is used in a room.", "type": "array", "maxItems": 1e4, "items": { "$ref": "#/$defs/groupMember" } } }, "$defs": { "userRef": { "description": "A user's email (compared case-insensitively) or whoot user id (UUID).", "type": "string", "pattern": "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" }, "groupName": { "description": "The name of another group defined in groups/.", "type": "string", "minLength": 1 }, "groupMember": { "description": "A member of a group: a user's email or id, {user: \u2026} or {group: \u2026}.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/userRef" }, "else": { "if": { "type": "object", "required": ["group"] }, "then": { "$ref": "#/$defs/groupRefEntry" }, "else": { "$ref": "#/$defs/userRefEntry" } } }, "userRefEntry": { "description": "A user.", "type": "object", "additionalProperties": false, "required": ["user"], "properties": { "user": { "description": "The user's email (case-insensitive) or whoot user id (UUID).", "$ref": "#/$defs/userRef" } } }, "groupRefEntry": { "description": "Every member of another group.", "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "description": "The name of another group defined in groups/.", "$ref": "#/$defs/groupName" } } } } };
    schema43 = { "description": "A member of a group: a user's email or id, {user: \u2026} or {group: \u2026}.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/userRef" }, "else": { "if": { "type": "object", "required": ["group"] }, "then": { "$ref": "#/$defs/groupRefEntry" }, "else": { "$ref": "#/$defs/userRefEntry" } } };
    schema44 = { "description": "A user's email (compared case-insensitively) or whoot user id (UUID).", "type": "string", "pattern": "^(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$" };
    schema45 = { "description": "Every member of another group.", "type": "object", "additionalProperties": false, "required": ["group"], "properties": { "group": { "description": "The name of another group defined in groups/.", "$ref": "#/$defs/groupName" } } };
    schema46 = { "description": "The name of another group defined in groups/.", "type": "string", "minLength": 1 };
    validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    schema47 = { "description": "A user.", "type": "object", "additionalProperties": false, "required": ["user"], "properties": { "user": { "description": "The user's email (case-insensitive) or whoot user id (UUID).", "$ref": "#/$defs/userRef" } } };
    validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validate28.evaluated = { "dynamicProps": true, "dynamicItems": false };
    validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    validators = { room, group };
  }
});

// src/desired/schema.ts
function validateAgainstSchema(kind, source) {
  const validate2 = validators[kind];
  if (validate2(source.value)) return [];
  return describeSchemaErrors(kind, source, validate2.errors ?? []);
}
function typeOfValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `string ${JSON.stringify(v)}`;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return `${typeof v} ${String(v)}`;
  return typeof v;
}
function displayPath(segments) {
  let out = "";
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === "" ? s : `.${s}`;
  return out === "" ? "the file" : out;
}
function badUserRefMessage(value) {
  if (value.includes("@")) return `"${value}" is not a valid email`;
  if (/^[0-9a-fA-F-]+$/.test(value) && value.includes("-")) return `"${value}" is not a valid user id (UUID)`;
  return `"${value}" is neither an email nor a whoot user id (UUID)`;
}
function isMemberEntryPath(segments) {
  return segments.length === 2 && segments[0] === "members" && /^\d+$/.test(segments[1] ?? "");
}
function describe2(kind, err, segments, misspelt) {
  const where = displayPath(segments);
  const last = segments[segments.length - 1];
  const data = err.data;
  switch (err.keyword) {
    case "if":
      return void 0;
    case "anyOf":
      return { message: "a room needs a `name` (the live room's exact name) or an `id` (its UUID)" };
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const allowed = Object.keys(err.parentSchema?.properties ?? {});
      let hint = "";
      if (kind === "group" && isMemberEntryPath(segments) && (key === "tx" || key === "expires")) {
        hint = `; \`${key}\` is set where the group is used in a room, not inside the group`;
      }
      const inWhat = segments.length === 0 ? "" : ` in ${where}`;
      return { message: `unknown key "${key}"${inWhat}${didYouMean(key, allowed)}; allowed keys: ${allowed.join(", ")}${hint}`, keyNode: key };
    }
    case "required": {
      const missing = String(err.params.missingProperty);
      if (err.schemaPath.startsWith("#/anyOf")) return void 0;
      if (misspelt.has(`${err.instancePath}/${missing}`)) return void 0;
      if (missing === "members") {
        return { message: `missing required key \`members\` (write \`members: []\` for an empty ${kind})` };
      }
      if (missing === "user" && isMemberEntryPath(segments)) {
        return { message: `${where}: a member entry needs \`user\` or \`group\`; write ${ENTRY_HINT}` };
      }
      return { message: `${where}: missing required key \`${missing}\`` };
    }
    case "type": {
      if (last === "members" && segments.length === 1 && data === null) {
        return { message: `\`members\` is empty (null): write \`members: []\` to empty a ${kind}, or list its members` };
      }
      if (isMemberEntryPath(segments)) return { message: `${where}: a member entry must be ${ENTRY_HINT}, got ${typeOfValue(data)}` };
      if (last === "tx") return { message: `${where} must be true or false, got ${typeOfValue(data)}` };
      if (last === "expires") return { message: `${where} must be a date written YYYY-MM-DD, got ${typeOfValue(data)}` };
      if (segments.length === 0) return { message: `a ${kind} file must be a mapping of keys (name, members, \u2026), got ${typeOfValue(data)}` };
      const expected = err.params.type;
      const wanted = (Array.isArray(expected) ? expected : [expected]).map((t) => t === "array" ? "a list" : t === "object" ? "a mapping" : t === "null" ? "null" : `a ${t}`).join(" or ");
      const quoteHint = typeof data === "number" || typeof data === "boolean" ? " (quote it to make it text)" : "";
      return { message: `${where} must be ${wanted}, got ${typeOfValue(data)}${quoteHint}` };
    }
    case "enum": {
      const allowed = err.params.allowedValues.map(String);
      return { message: `${where} must be one of ${allowed.join(", ")}, got ${typeOfValue(data)}${typeof data === "string" ? didYouMean(data, allowed) : ""}` };
    }
    case "pattern":
      if (last === "id" && segments.length === 1) return { message: `id "${String(data)}" is not a valid room id (UUID)` };
      return { message: `${where}: ${badUserRefMessage(String(data))}` };
    case "format":
      return { message: `${where} "${String(data)}" is not a valid date: write YYYY-MM-DD (e.g. 2026-12-31)` };
    case "minLength":
      return { message: `${where} must not be empty` };
    case "maxItems":
      return {
        message: `${where} has ${Array.isArray(data) ? data.length : "?"} entries; the limit is ${String(err.params.limit)} per list`
      };
    default:
      return { message: `${where} ${err.message ?? "is invalid"}` };
  }
}
function describeSchemaErrors(kind, source, errors) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const misspelt = /* @__PURE__ */ new Set();
  for (const err of errors) {
    if (err.keyword !== "additionalProperties") continue;
    const key = String(err.params.additionalProperty);
    const allowed = Object.keys(err.parentSchema?.properties ?? {});
    const guess = closest(key, allowed);
    if (guess !== void 0) misspelt.add(`${err.instancePath}/${guess}`);
  }
  for (const err of errors) {
    const segments = pointerSegments(err.instancePath);
    const described = describe2(kind, err, segments, misspelt);
    if (!described) continue;
    const node = described.keyNode !== void 0 ? nodeAt(source, [...segments, described.keyNode], true) : nodeAt(source, segments);
    const e = { ...positionOf(source, node), message: described.message };
    const k = `${e.line}:${e.column}:${e.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}
var TOP_KEYS, ENTRY_HINT;
var init_schema = __esm({
  "src/desired/schema.ts"() {
    "use strict";
    init_room_schema();
    init_group_schema();
    init_did_you_mean();
    init_schema_validators_precompiled();
    init_yaml_source();
    TOP_KEYS = {
      room: Object.keys(room_schema_default.properties),
      group: Object.keys(group_schema_default.properties)
    };
    ENTRY_HINT = "an email, a user id (UUID), {user: \u2026} or {group: \u2026}";
  }
});

// src/desired/load.ts
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
function mib(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
function checkFile(kind, file, bytes) {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const errors = validateAgainstSchema(kind, parsed.source);
  if (errors.length > 0) return { ok: false, errors };
  return kind === "room" ? { ok: true, room: readRoomFile(parsed.source) } : { ok: true, group: readGroupFile(parsed.source) };
}
function readChecked(kind, f) {
  let bytes;
  let fd;
  try {
    fd = openSync(f.abs, "r");
    const { size } = fstatSync(fd);
    if (size > LIMITS.maxFileBytes) {
      return { ok: false, errors: [wholeFile(f.rel, `file is ${mib(size)}; the limit is ${mib(LIMITS.maxFileBytes)} per room or group file`)] };
    }
    bytes = readFileSync(fd);
  } catch (err) {
    return { ok: false, errors: [wholeFile(f.rel, `cannot read file: ${err.code ?? String(err)}`)] };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  return checkFile(kind, f.rel, bytes);
}
async function loadDesiredState(dir, options = {}) {
  const today = options.today ?? utcToday();
  if (!isCalendarDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got "${today}"`);
  const { onRoomFile, onFirstError } = options;
  const cooperative = onRoomFile !== void 0 || onFirstError !== void 0;
  let sliceStart = performance.now();
  const timeToYield = () => cooperative && performance.now() - sliceStart >= SLICE_MS;
  const yieldNow = async () => {
    await nextTurn();
    sliceStart = performance.now();
  };
  const errors = [];
  let reported = false;
  const addErrors = (found) => {
    if (found.length === 0) return;
    errors.push(...found);
    if (!reported) {
      reported = true;
      onFirstError?.();
    }
  };
  const listing = listTree(dir);
  addErrors(listing.errors);
  for (const f of [...listing.groups, ...listing.rooms]) {
    const bidi = bidiInPath(f.rel);
    if (bidi !== null) addErrors([bidi]);
  }
  const groups = [];
  for (const f of listing.groups) {
    if (timeToYield()) await yieldNow();
    const r = readChecked("group", f);
    if (!r.ok) addErrors(r.errors);
    else if (r.group) groups.push(r.group);
  }
  const groupsComplete = !errors.some((e) => e.file.startsWith("groups/"));
  addErrors(groupErrors(groups, groupsComplete));
  const byName = groupsByName(groups);
  const resolveRoom = roomResolver(groups, today);
  const rooms = [];
  const effective = [];
  for (const f of listing.rooms) {
    if (timeToYield()) await yieldNow();
    const r = readChecked("room", f);
    if (!r.ok) addErrors(r.errors);
    else if (r.room) {
      addErrors(roomEntryErrors(r.room, byName, groupsComplete));
      rooms.push(r.room);
      if (errors.length === 0) effective.push(resolveRoom(r.room));
      if (onRoomFile) {
        const seen = { file: r.room.file };
        if (r.room.name !== void 0) seen.name = r.room.name;
        if (r.room.id !== void 0) seen.id = r.room.id;
        onRoomFile(seen);
      }
    }
  }
  if (timeToYield()) await yieldNow();
  addErrors(roomClashErrors(rooms));
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, desired: assembleDesiredState(effective, groups, today) };
}
var SLICE_MS;
var init_load = __esm({
  "src/desired/load.ts"() {
    "use strict";
    init_bidi();
    init_dates();
    init_format();
    init_limits();
    init_model();
    init_resolve();
    init_schema();
    init_tree();
    init_yaml_source();
    SLICE_MS = 0.25;
  }
});

// src/desired/index.ts
var init_desired = __esm({
  "src/desired/index.ts"() {
    "use strict";
    init_load();
    init_format();
    init_resolve();
    init_limits();
    init_tree();
  }
});

// src/commands/validate.ts
var validate_exports = {};
__export(validate_exports, {
  default: () => validate
});
import { resolve } from "node:path";
async function validate(argv, io) {
  const { values } = parseCommandArgs(argv, { dir: { type: "string" }, format: { type: "string" }, today: { type: "string" } });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, got "${textEscape(format)}"`);
  if (values.today !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError(`--today must be YYYY-MM-DD, got "${textEscape(values.today)}"`);
  }
  const dir = resolve(io.cwd, values.dir ?? ".");
  const result = await loadDesiredState(dir, values.today !== void 0 ? { today: values.today } : {});
  if (format === "json") {
    const body = result.ok ? { valid: true, rooms: result.desired.rooms.length, groups: result.desired.groups.length, errors: [] } : { valid: false, errors: sortErrors(result.errors).map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })) };
    io.stdout.write(`${JSON.stringify(body, null, 2)}
`);
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    const lines = formatSourceErrors(result.errors);
    const files = new Set(result.errors.map((e) => e.file)).size;
    io.stdout.write(`${lines.join("\n")}
`);
    io.stdout.write(`\u2717 ${result.errors.length} error${result.errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}
`);
    return 1;
  }
  const { rooms, groups } = result.desired;
  const expiring = rooms.reduce((n, r) => n + r.expiring.length, 0);
  io.stdout.write(`\u2713 ${rooms.length} room${rooms.length === 1 ? "" : "s"}, ${groups.length} group${groups.length === 1 ? "" : "s"} valid
`);
  for (const r of rooms) {
    for (const e of r.expiring) {
      const what = `${e.ref.kind === "group" ? "group " : ""}${textEscape(e.ref.value)}`;
      io.stdout.write(`${textEscape(e.pos.file)}:${e.pos.line}:${e.pos.column}: notice: ${what} expires on ${textEscape(e.expires)}
`);
    }
  }
  for (const w of expiredEntryWarnings(rooms)) io.stdout.write(`${w}
`);
  if (expiring > 0) io.stdout.write(`${expiring} entr${expiring === 1 ? "y expires" : "ies expire"} within 7 days
`);
  return 0;
}
function expiredEntryWarnings(rooms) {
  const lines = [];
  for (const r of rooms) {
    const seen = /* @__PURE__ */ new Set();
    for (const g of r.expired ?? []) {
      const at4 = `${textEscape(g.pos.file)}:${g.pos.line}:${g.pos.column}`;
      if (seen.has(at4)) continue;
      seen.add(at4);
      const what = g.via[0] === void 0 ? textEscape(g.ref.value) : `group ${textEscape(g.via[0])}`;
      lines.push(`${at4}: warning: entry for ${what} expired on ${textEscape(g.expires)}; remove it from the file`);
    }
  }
  return lines;
}
var USAGE;
var init_validate = __esm({
  "src/commands/validate.ts"() {
    "use strict";
    init_desired();
    init_escape();
    init_common();
    USAGE = `Usage: whoot-rooms validate [--dir DIR] [--format text|json]

Check the desired-state tree offline: YAML, the JSON Schemas, group references, clashes between files.
No token and no network needed.

Options:
  --dir DIR         the folder holding rooms/ and groups/ (default: .)
  --format FORMAT   text (default): one line per error, file:line:col: error: message
                    json: {"valid":bool,"errors":[{"file","line","column","message"}]}
  --today DATE      YYYY-MM-DD (UTC) to evaluate \`expires\` against (default: today)
  -h, --help        show this help

Exit status: 0 when the tree is valid, 1 when it is not.
`;
  }
});

// ../../work/main/node_modules/yocto-queue/index.js
var Node, Queue;
var init_yocto_queue = __esm({
  "../../work/main/node_modules/yocto-queue/index.js"() {
    Node = class {
      value;
      next;
      constructor(value) {
        this.value = value;
      }
    };
    Queue = class {
      #head;
      #tail;
      #size;
      constructor() {
        this.clear();
      }
      enqueue(value) {
        const node = new Node(value);
        if (this.#head) {
          this.#tail.next = node;
          this.#tail = node;
        } else {
          this.#head = node;
          this.#tail = node;
        }
        this.#size++;
      }
      dequeue() {
        const current = this.#head;
        if (!current) {
          return;
        }
        this.#head = this.#head.next;
        this.#size--;
        if (!this.#head) {
          this.#tail = void 0;
        }
        return current.value;
      }
      peek() {
        if (!this.#head) {
          return;
        }
        return this.#head.value;
      }
      clear() {
        this.#head = void 0;
        this.#tail = void 0;
        this.#size = 0;
      }
      get size() {
        return this.#size;
      }
      *[Symbol.iterator]() {
        let current = this.#head;
        while (current) {
          yield current.value;
          current = current.next;
        }
      }
      *drain() {
        while (this.#head) {
          yield this.dequeue();
        }
      }
    };
  }
});

// ../../work/main/node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve6, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve6(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve6, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve6, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve6, reject) => {
    enqueue(function_, resolve6, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}
var init_p_limit = __esm({
  "../../work/main/node_modules/p-limit/index.js"() {
    init_yocto_queue();
  }
});

// src/plan/match.ts
function at2(pos, message) {
  return { file: pos.file, line: pos.line, column: pos.column, message };
}
function roomLabel(room3) {
  return room3.name ?? room3.id ?? "(unnamed room)";
}
function selects(only, room3) {
  if (only === void 0 || only.length === 0) return true;
  return only.some((o) => o === room3.name || room3.file !== void 0 && o === room3.file || room3.id !== void 0 && o === room3.id);
}
function inScope(room3, only) {
  return selects(only, room3);
}
function indexLiveRooms(liveRooms) {
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const r of liveRooms) {
    byId.set(r.id, r);
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }
  return { byId, byName };
}
function findLiveRoom(room3, index) {
  if (room3.id !== void 0) {
    const found = index.byId.get(room3.id);
    if (found === void 0) return { kind: "unknown_id" };
    if (room3.name !== void 0 && room3.name !== found.name) return { kind: "name_differs", live: found };
    return { kind: "matched", live: found };
  }
  if (room3.name === void 0) return { kind: "unnamed" };
  const candidates = index.byName.get(room3.name) ?? [];
  if (candidates.length === 1 && candidates[0]) return { kind: "matched", live: candidates[0] };
  return candidates.length === 0 ? { kind: "unknown_name" } : { kind: "ambiguous_name", candidates };
}
function compareRooms(a, b) {
  return cmp(a.file, b.file) || a.pos.line - b.pos.line || a.pos.column - b.pos.column;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function suggestRoom(name, liveRooms, sortedNames) {
  const lower = name.toLowerCase();
  const caseOnly = liveRooms.filter((r) => r.name.toLowerCase() === lower).map((r) => r.name).sort(cmp);
  const hint = caseOnly[0] ?? closest(name, sortedNames);
  return hint === void 0 ? "" : ` (did you mean "${hint}"?)`;
}
function matchRooms(desired, liveRooms, only) {
  const index = indexLiveRooms(liveRooms);
  const sortedNames = [...new Set(liveRooms.map((r) => r.name))].sort(cmp);
  const rooms = [...desired.rooms].sort(compareRooms);
  const matched = /* @__PURE__ */ new Map();
  const all = [];
  for (const room3 of rooms) {
    const errors = [];
    let live = null;
    const found = findLiveRoom(room3, index);
    switch (found.kind) {
      case "matched":
        live = found.live;
        break;
      case "unknown_id":
        errors.push(
          at2(
            room3.idPos ?? room3.pos,
            `no whoot room has id "${room3.id}"; rooms cannot be created through the API (create it in the whoot console)`
          )
        );
        break;
      case "name_differs":
        errors.push(
          at2(
            room3.namePos ?? room3.pos,
            `room id "${room3.id}" is named "${found.live.name}" in whoot, but this file says "${room3.name}"; fix the name or the id`
          )
        );
        break;
      case "unknown_name":
        errors.push(
          at2(
            room3.namePos ?? room3.pos,
            `no whoot room is named "${room3.name}"${suggestRoom(room3.name ?? "", liveRooms, sortedNames)}; rooms cannot be created through the API (create it in the whoot console)`
          )
        );
        break;
      case "ambiguous_name": {
        const ids = found.candidates.map((c) => c.id).sort(cmp);
        errors.push(
          at2(
            room3.namePos ?? room3.pos,
            `${found.candidates.length} whoot rooms are named "${room3.name}" (ids ${ids.join(", ")}); pin the one you mean with \`id:\``
          )
        );
        break;
      }
      case "unnamed":
        errors.push(at2(room3.pos, "a room needs a `name` or an `id`"));
        break;
    }
    if (live !== null) {
      const other = matched.get(live.id);
      if (other !== void 0) {
        errors.push(
          at2(
            room3.idPos ?? room3.namePos ?? room3.pos,
            `whoot room "${live.name}" (${live.id}) is already managed by ${other.file}:${other.pos.line}; a room may be managed by one file only`
          )
        );
        live = null;
      } else {
        matched.set(live.id, room3);
      }
    }
    all.push({ desired: room3, live, errors });
  }
  const matches = all.filter((m) => inScope(m.desired, only));
  const managedRoomIds = matches.filter((m) => m.live !== null && m.errors.length === 0).map((m) => m.live.id).sort(cmp);
  const unknownScope = only === void 0 ? [] : [...new Set(only)].filter((o) => !rooms.some((r) => inScope(r, [o]))).sort(cmp);
  return { matches, managedRoomIds, unmanaged: liveRooms.length - matched.size, unknownScope };
}
var init_match = __esm({
  "src/plan/match.ts"() {
    "use strict";
    init_did_you_mean();
  }
});

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function canonicalRoomChanges(room3) {
  const md = room3.metadata;
  return JSON.stringify([
    "room",
    room3.id,
    ["add", [...room3.add].sort(byUserId).map((m) => [m.user_id, m.tx_permission])],
    ["remove", [...room3.remove].sort(byUserId).map((m) => m.user_id)],
    ["update", [...room3.update].sort(byUserId).map((m) => [m.user_id, m.tx_permission])],
    [
      "metadata",
      md.display_name ? ["display_name", md.display_name.from, md.display_name.to] : null,
      md.external_id ? ["external_id", md.external_id.from, md.external_id.to] : null
    ],
    ["errors", room3.errors.map((e) => [e.file, e.line, e.column, e.message])]
  ]);
}
function roomFingerprint(room3) {
  return `sha256:${sha256Hex(canonicalRoomChanges(room3))}`;
}
function planFingerprint(rooms) {
  const parts = rooms.map((r) => `${r.id}\0${r.fingerprint}`).sort(cmp);
  return `sha256:${sha256Hex(JSON.stringify(["plan", 1, parts]))}`;
}
function roomDigest(roomId, fingerprint) {
  return sha256Hex(`${roomId}:${fingerprint}`).slice(0, 12);
}
var byUserId;
var init_fingerprint = __esm({
  "src/plan/fingerprint.ts"() {
    "use strict";
    init_match();
    byUserId = (a, b) => cmp(a.user_id, b.user_id);
  }
});

// src/review/match.ts
function matchesReview(roomId, freshFingerprint, reviewed) {
  if (reviewed.startsWith("sha256:")) return reviewed === freshFingerprint;
  const given = reviewed.toLowerCase();
  if (!/^[0-9a-f]{8,}$/.test(given)) return false;
  const fresh = roomDigest(roomId, freshFingerprint);
  const n = Math.min(given.length, fresh.length);
  return given.length <= fresh.length ? fresh.startsWith(given) : given.slice(0, n) === fresh;
}
var init_match2 = __esm({
  "src/review/match.ts"() {
    "use strict";
    init_fingerprint();
  }
});

// src/apply/verify.ts
function planBasis(room3) {
  const basis = /* @__PURE__ */ new Map();
  for (const m of room3.put ?? []) basis.set(m.user_id, m.tx_permission);
  for (const m of room3.add) basis.delete(m.user_id);
  for (const m of room3.update) basis.set(m.user_id, !m.tx_permission);
  for (const m of room3.remove) basis.set(m.user_id, m.tx_permission);
  return basis;
}
function memberDrift(basis, fresh, emailOf2) {
  const name = (id, email) => email ?? emailOf2(id) ?? id;
  const drift = { appeared: [], disappeared: [], changed: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const m of fresh) {
    seen.add(m.user_id);
    const before = basis.get(m.user_id);
    if (before === void 0) drift.appeared.push(`${name(m.user_id, m.email)} (${perm(m.tx_permission)})`);
    else if (before !== m.tx_permission) {
      drift.changed.push(`${name(m.user_id, m.email)} (${perm(before)} \u2192 ${perm(m.tx_permission)})`);
    }
  }
  for (const id of basis.keys()) if (!seen.has(id)) drift.disappeared.push(name(id));
  for (const list of [drift.appeared, drift.disappeared, drift.changed]) list.sort();
  return drift.appeared.length + drift.disappeared.length + drift.changed.length === 0 ? null : drift;
}
function describeDrift(d) {
  const parts = [];
  if (d.appeared.length > 0) parts.push(`${d.appeared.join(", ")} appeared`);
  if (d.disappeared.length > 0) parts.push(`${d.disappeared.join(", ")} disappeared`);
  if (d.changed.length > 0) parts.push(`${d.changed.join(", ")} changed permission`);
  return parts.join("; ");
}
function replanAdditive(room3, fresh) {
  const next = /* @__PURE__ */ new Map();
  for (const m of fresh) next.set(m.user_id, m.tx_permission);
  const expected = { added: 0, updated: 0, removed: 0 };
  for (const m of [...room3.add, ...room3.update]) {
    const now = next.get(m.user_id);
    if (now === void 0) expected.added += 1;
    else if (now !== m.tx_permission) expected.updated += 1;
    next.set(m.user_id, m.tx_permission);
  }
  const put = [...next].map(([user_id, tx_permission]) => ({ user_id, tx_permission }));
  return { kind: "write", put, expected };
}
function decideWrite(room3, fresh, emailOf2) {
  const drift = memberDrift(planBasis(room3), fresh, emailOf2);
  const planned = { added: room3.add.length, updated: room3.update.length, removed: room3.remove.length };
  if (drift === null) return { kind: "write", put: room3.put ?? [], expected: planned };
  if (room3.mode === "additive") return { ...replanAdditive(room3, fresh), drift };
  return {
    kind: "skip",
    drift,
    message: `changed since plan: ${describeDrift(drift)} after the plan read it; the write would act on a list nobody reviewed, so nothing was written (re-run plan and review again)`
  };
}
var perm;
var init_verify = __esm({
  "src/apply/verify.ts"() {
    "use strict";
    perm = (tx) => tx ? "transmit" : "listen";
  }
});

// src/apply/execute.ts
async function executePlanWithApi(api, plan3, opts) {
  const outcomes = [];
  const toWrite = [];
  for (const room3 of plan3.rooms) {
    const skip = reasonToSkip(room3, plan3, opts);
    if (skip) outcomes.push({ kind: "skipped", room: skip });
    else if (room3.put !== null || hasMetadata(room3)) toWrite.push(room3);
  }
  const limit = pLimit(opts.concurrency);
  const inFlight = /* @__PURE__ */ new Set();
  let done = 0;
  const tasks = toWrite.map(
    (room3) => limit(async () => {
      if (opts.signal?.aborted) {
        return { kind: "skipped", room: { id: room3.id, name: room3.name, reason: "interrupted", message: "not started: apply was interrupted" } };
      }
      inFlight.add(room3);
      try {
        return await writeRoom(api, room3, opts);
      } finally {
        inFlight.delete(room3);
        done += 1;
        opts.onProgress?.(done, toWrite.length);
      }
    })
  );
  const settled = await settleOrDrain(tasks, opts.signal, opts.drainTimeoutMs ?? 2e4);
  settled.forEach((result, i) => {
    const room3 = toWrite[i];
    if (result === void 0 && inFlight.has(room3)) {
      const error = "interrupted while its write was in flight: the outcome is unknown; re-run apply to converge";
      outcomes.push({ kind: "failed", room: { id: room3.id, name: room3.name, error } });
    } else if (result === void 0) {
      outcomes.push({ kind: "skipped", room: { id: room3.id, name: room3.name, reason: "interrupted", message: "not started: apply was interrupted" } });
    } else if (result.status === "fulfilled") {
      outcomes.push(result.value);
    } else {
      outcomes.push({ kind: "failed", room: { id: room3.id, name: room3.name, error: errorMessage(result.reason) } });
    }
  });
  if (opts.signal?.aborted) limit.clearQueue();
  const byName = (a, b) => cmp(a.name, b.name) || cmp(a.id, b.id);
  const applied = outcomes.flatMap((o) => o.kind === "applied" ? [o.room] : []).sort(byName);
  const skipped = outcomes.flatMap((o) => o.kind === "skipped" ? [o.room] : []).sort(byName);
  const failed = outcomes.flatMap((o) => o.kind === "failed" ? [o.room] : []).sort(byName);
  return {
    applied,
    skipped,
    failed,
    summary: {
      applied: applied.length,
      skipped: skipped.length,
      failed: failed.length,
      unchanged: plan3.summary.rooms_unchanged,
      interrupted: opts.signal?.aborted === true
    }
  };
}
function reasonToSkip(room3, plan3, opts) {
  const base = { id: room3.id, name: room3.name };
  if (room3.errors.length > 0) {
    const first = room3.errors[0];
    const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : "errors in the plan";
    return { ...base, reason: "errored", message: `not written: ${where}` };
  }
  if (room3.blocked !== null && !opts.force && opts.forceRooms?.has(room3.id) !== true) {
    return { ...base, reason: "blocked", message: `blocked by the mass-removal guard: ${room3.blocked} (use --force to apply it)` };
  }
  const { reviewed } = opts;
  if (reviewed) {
    if (reviewed.rooms === null) {
      if (reviewed.fingerprint !== plan3.fingerprint) {
        return { ...base, reason: "changed_since_review", message: "changed since review: the plan differs from the reviewed one, which recorded only the whole-plan fingerprint, so nothing is applied" };
      }
    } else {
      const seen = reviewed.rooms[room3.id];
      if (seen === void 0) return { ...base, reason: "not_reviewed", message: "changed since review: this room was not in the reviewed plan" };
      if (!matchesReview(room3.id, room3.fingerprint, seen)) {
        return { ...base, reason: "changed_since_review", message: "changed since review: its changes differ from the reviewed plan (re-run plan and review again)" };
      }
    }
  }
  return void 0;
}
function hasMetadata(room3) {
  return room3.metadata.display_name !== void 0 || room3.metadata.external_id !== void 0;
}
async function writeRoom(api, room3, opts) {
  const { logger } = opts;
  const decision = room3.put === null ? null : await verifyMembers(api, room3, opts.emailOf ?? (() => void 0));
  if (decision?.kind === "skip") {
    logger?.warn({ room: room3.name, room_id: room3.id, ...decision.drift }, "room changed since plan: not written");
    const skipped = {
      id: room3.id,
      name: room3.name,
      reason: "changed_since_plan",
      message: decision.message,
      changed: decision.drift
    };
    return { kind: "skipped", room: skipped };
  }
  const metadata = [];
  const { display_name: displayName, external_id: externalId } = room3.metadata;
  if (externalId !== void 0 && externalId.to === null) {
    await api.deleteRoomMapping(room3.id);
    metadata.push("external_id");
  }
  const patch = {};
  if (displayName !== void 0 && displayName.to !== null) patch.display_name = displayName.to;
  if (externalId !== void 0 && externalId.to !== null) patch.external_id = externalId.to;
  if (Object.keys(patch).length > 0) {
    await api.patchRoom(room3.id, patch);
    metadata.unshift(...Object.keys(patch));
  }
  const applied = {
    id: room3.id,
    name: room3.name,
    members_added: 0,
    members_updated: 0,
    members_removed: 0,
    metadata: metadata.sort()
  };
  if (decision !== null) {
    const result = await api.replaceMembers(room3.id, decision.put);
    applied.members_added = result.members_added;
    applied.members_updated = result.members_updated;
    applied.members_removed = result.members_removed;
    const expected = decision.expected;
    const got = { added: result.members_added, updated: result.members_updated, removed: result.members_removed };
    const replanned = decision.drift === void 0 ? "" : `changed since plan (${describeDrift(decision.drift)}): additive room, so the reviewed additions were made on top of the fresh list and nobody was removed`;
    if (expected.added !== got.added || expected.updated !== got.updated || expected.removed !== got.removed) {
      const noChange = got.added === 0 && got.updated === 0 && got.removed === 0;
      const counts2 = noChange ? `whoot reported no change but the plan expected +${expected.added} ~${expected.updated} -${expected.removed}: the room already matched the tree (a retried write whose first answer was lost, or the same edit made meanwhile); it now matches the tree` : `whoot reported +${got.added} ~${got.updated} -${got.removed} but the plan expected +${expected.added} ~${expected.updated} -${expected.removed}: the room changed after it was read (someone edited it meanwhile); it now matches the tree`;
      applied.warning = replanned === "" ? counts2 : `${replanned}; ${counts2}`;
      logger?.warn({ room: room3.name, room_id: room3.id, expected, got }, "member counts differ from the plan");
    } else if (replanned !== "") {
      applied.warning = replanned;
    }
  }
  logger?.debug({ room: room3.name, room_id: room3.id }, "room applied");
  return { kind: "applied", room: applied };
}
async function verifyMembers(api, room3, emailOf2) {
  const fresh = await api.listMembers(room3.id);
  const decision = decideWrite(room3, fresh, emailOf2);
  if (decision.kind === "skip" || decision.drift === void 0) return decision;
  return decideWrite(room3, await readCompleteMembers(api, room3.id, fresh), emailOf2);
}
async function readCompleteMembers(api, roomId, first) {
  let list = first;
  let expected = (await api.getRoom(roomId)).member_count;
  if (expected === void 0 || expected === list.length) return list;
  [list, expected] = await Promise.all([api.listMembers(roomId), api.getRoom(roomId).then((r) => r.member_count)]);
  if (expected === void 0 || expected === list.length) return list;
  throw new Error(`member list incomplete: read ${list.length} of ${expected} members (twice); nothing was written`);
}
async function settleOrDrain(tasks, signal, drainMs) {
  const results = tasks.map(() => void 0);
  const all = Promise.all(
    tasks.map(
      (task, i) => task.then(
        (value) => {
          results[i] = { status: "fulfilled", value };
        },
        (reason) => {
          results[i] = { status: "rejected", reason };
        }
      )
    )
  );
  if (!signal) {
    await all;
    return results;
  }
  let timer;
  const drained = new Promise((resolve6) => {
    const onAbort = () => {
      timer = setTimeout(resolve6, drainMs);
      timer.unref();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    void all.then(() => signal.removeEventListener("abort", onAbort));
  });
  await Promise.race([all, drained]);
  if (timer) clearTimeout(timer);
  return [...results];
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
var init_execute = __esm({
  "src/apply/execute.ts"() {
    "use strict";
    init_p_limit();
    init_match();
    init_match2();
    init_verify();
  }
});

// src/live/readLiveState.ts
function isAsyncIterable(x) {
  return typeof x[Symbol.asyncIterator] === "function";
}
async function readLiveState(api, opts) {
  const limit = opts.schedule ?? pLimitSchedule(opts.concurrency);
  const { signal } = opts;
  let failure;
  let stop = () => void 0;
  const stopped = new Promise((resolve6) => {
    stop = () => resolve6({ done: true, value: void 0 });
  });
  const onAbort = () => stop();
  signal?.addEventListener("abort", onAbort, { once: true });
  const call = (task) => limit(async () => {
    signal?.throwIfAborted();
    if (failure) throw failure.error;
    try {
      return await task();
    } catch (error) {
      failure ??= { error };
      stop();
      throw error;
    }
  });
  const unread = {};
  const readMembers = async (rooms) => {
    const known = /* @__PURE__ */ new Map();
    for (const r of rooms) known.set(r.id, r);
    const readComplete = async (id) => {
      const list = await call(() => api.listMembers(id));
      const expected = known.get(id)?.member_count;
      if (expected === void 0 || expected === list.length) return list;
      const [again, room3] = await Promise.all([call(() => api.listMembers(id)), call(() => api.getRoom(id))]);
      if (room3.member_count === void 0 || room3.member_count === again.length) return again;
      return `member list incomplete: read ${again.length} of ${room3.member_count} members (twice, against the room's member_count); nothing is written to this room`;
    };
    const selection = opts.selectRooms(rooms);
    const taken = /* @__PURE__ */ new Set();
    let total = 0;
    let nextId;
    let finish = () => void 0;
    if (isAsyncIterable(selection)) {
      const iterator = selection[Symbol.asyncIterator]();
      finish = () => void iterator.return?.();
      nextId = async () => {
        for (; ; ) {
          const r = await Promise.race([iterator.next(), stopped]);
          if (r.done === true) return void 0;
          if (!known.has(r.value) || taken.has(r.value)) continue;
          taken.add(r.value);
          total += 1;
          return r.value;
        }
      };
    } else {
      const ids = [];
      for (const id of selection) {
        if (!known.has(id) || taken.has(id)) continue;
        taken.add(id);
        ids.push(id);
      }
      total = ids.length;
      let at4 = 0;
      nextId = () => Promise.resolve(ids[at4++]);
    }
    const read = /* @__PURE__ */ new Map();
    let done = 0;
    const worker = async () => {
      for (; ; ) {
        if (failure || signal?.aborted) return;
        const id = await nextId();
        if (id === void 0) return;
        const list = await readComplete(id);
        if (typeof list === "string") unread[id] = list;
        else {
          read.set(id, list);
          opts.onMembers?.(id, list);
        }
        done += 1;
        opts.onProgress?.(done, total);
      }
    };
    const workers = await Promise.allSettled(Array.from({ length: 2 * Math.max(1, opts.concurrency) }, worker));
    finish();
    for (const w of workers) if (w.status === "rejected") throw failure ? failure.error : w.reason;
    signal?.throwIfAborted();
    const members = {};
    for (const id of taken) {
      const list = read.get(id);
      if (list !== void 0) members[id] = list;
    }
    return members;
  };
  const usersPromise = call(() => api.listUsers()).then((users) => {
    opts.onUsers?.(users);
    return users;
  });
  const roomsAndMembers = (async () => {
    const rooms = await call(() => api.listRooms());
    const members = await readMembers(rooms);
    return { rooms, members };
  })();
  try {
    const [users, rest] = await Promise.allSettled([usersPromise, roomsAndMembers]);
    if (users.status === "rejected") throw users.reason;
    if (rest.status === "rejected") throw rest.reason;
    const live = { users: users.value, rooms: rest.value.rooms, members: rest.value.members };
    if (Object.keys(unread).length > 0) live.unread = unread;
    return live;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}
function pLimitSchedule(concurrency) {
  const limiter = pLimit(concurrency);
  return (task) => limiter(task);
}
var init_readLiveState = __esm({
  "src/live/readLiveState.ts"() {
    "use strict";
    init_p_limit();
  }
});

// src/plan/unicode.ts
function codePointLabel(cp) {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}
function describeCodePoint(cp) {
  const name = TABLE.get(cp)?.[1] ?? NAMES2.get(cp);
  return name === void 0 ? codePointLabel(cp) : `${codePointLabel(cp)} ${name}`;
}
function isAscii(s) {
  return !NON_ASCII.test(s);
}
function prototypeOf(ch) {
  const mapped = TABLE.get(ch.codePointAt(0) ?? 0);
  if (mapped !== void 0) return mapped[0];
  const compat = ch.normalize("NFKC");
  if (compat !== ch) return [...compat].map((c) => TABLE.get(c.codePointAt(0) ?? 0)?.[0] ?? c).join("");
  return ch;
}
function foldAscii(s) {
  let out = s;
  if (out.includes("rn")) out = out.replaceAll("rn", "m");
  if (out.includes("0")) out = out.replaceAll("0", "O");
  if (out.includes("1")) out = out.replaceAll("1", "l");
  if (out.includes("I")) out = out.replaceAll("I", "l");
  if (out.includes("|")) out = out.replaceAll("|", "l");
  return out;
}
function skeleton(s) {
  if (isAscii(s)) return foldAscii(s);
  let out = "";
  for (const ch of s.normalize("NFD").replace(IGNORABLE, "")) out += prototypeOf(ch);
  return foldAscii(out).normalize("NFD");
}
function nonAsciiChars(s) {
  const found = [];
  let position = 0;
  for (const ch of s) {
    position += 1;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 127) found.push({ codePoint: cp, position });
  }
  return found;
}
function nonAsciiNote(email) {
  if (isAscii(email)) return null;
  const cps = [...new Set(nonAsciiChars(email).map((c) => c.codePoint))];
  return `contains ${cps.map(codePointLabel).join(", ")}`;
}
var TABLE, NAMES2, IGNORABLE, NON_ASCII;
var init_unicode = __esm({
  "src/plan/unicode.ts"() {
    "use strict";
    TABLE = /* @__PURE__ */ new Map([
      [1072, ["a", "CYRILLIC SMALL LETTER A"]],
      [1077, ["e", "CYRILLIC SMALL LETTER IE"]],
      [1086, ["o", "CYRILLIC SMALL LETTER O"]],
      [1088, ["p", "CYRILLIC SMALL LETTER ER"]],
      [1089, ["c", "CYRILLIC SMALL LETTER ES"]],
      [1091, ["y", "CYRILLIC SMALL LETTER U"]],
      [1093, ["x", "CYRILLIC SMALL LETTER HA"]],
      [1109, ["s", "CYRILLIC SMALL LETTER DZE"]],
      [1110, ["i", "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"]],
      [1112, ["j", "CYRILLIC SMALL LETTER JE"]],
      [1211, ["h", "CYRILLIC SMALL LETTER SHHA"]],
      [1231, ["l", "CYRILLIC SMALL LETTER PALOCHKA"]],
      [1199, ["y", "CYRILLIC SMALL LETTER STRAIGHT U"]],
      [1281, ["d", "CYRILLIC SMALL LETTER KOMI DE"]],
      [1307, ["q", "CYRILLIC SMALL LETTER QA"]],
      [1309, ["w", "CYRILLIC SMALL LETTER WE"]],
      [1040, ["A", "CYRILLIC CAPITAL LETTER A"]],
      [1045, ["E", "CYRILLIC CAPITAL LETTER IE"]],
      [1054, ["O", "CYRILLIC CAPITAL LETTER O"]],
      [1056, ["P", "CYRILLIC CAPITAL LETTER ER"]],
      [1057, ["C", "CYRILLIC CAPITAL LETTER ES"]],
      [1061, ["X", "CYRILLIC CAPITAL LETTER HA"]],
      [945, ["a", "GREEK SMALL LETTER ALPHA"]],
      [947, ["y", "GREEK SMALL LETTER GAMMA"]],
      [953, ["i", "GREEK SMALL LETTER IOTA"]],
      [957, ["v", "GREEK SMALL LETTER NU"]],
      [959, ["o", "GREEK SMALL LETTER OMICRON"]],
      [961, ["p", "GREEK SMALL LETTER RHO"]],
      [965, ["u", "GREEK SMALL LETTER UPSILON"]],
      [967, ["x", "GREEK SMALL LETTER CHI"]],
      [927, ["O", "GREEK CAPITAL LETTER OMICRON"]],
      [913, ["A", "GREEK CAPITAL LETTER ALPHA"]],
      [305, ["i", "LATIN SMALL LETTER DOTLESS I"]],
      [609, ["g", "LATIN SMALL LETTER SCRIPT G"]],
      [617, ["i", "LATIN SMALL LETTER IOTA"]],
      [618, ["i", "LATIN LETTER SMALL CAPITAL I"]],
      [7424, ["a", "LATIN LETTER SMALL CAPITAL A"]],
      [8467, ["l", "SCRIPT SMALL L"]],
      [8572, ["l", "SMALL ROMAN NUMERAL FIFTY"]],
      [1400, ["n", "ARMENIAN SMALL LETTER VO"]],
      [1405, ["u", "ARMENIAN SMALL LETTER SEH"]],
      [1413, ["o", "ARMENIAN SMALL LETTER OH"]]
    ]);
    NAMES2 = /* @__PURE__ */ new Map([
      [173, "SOFT HYPHEN"],
      [1564, "ARABIC LETTER MARK"],
      [8203, "ZERO WIDTH SPACE"],
      [8204, "ZERO WIDTH NON-JOINER"],
      [8205, "ZERO WIDTH JOINER"],
      [8206, "LEFT-TO-RIGHT MARK"],
      [8207, "RIGHT-TO-LEFT MARK"],
      [8232, "LINE SEPARATOR"],
      [8233, "PARAGRAPH SEPARATOR"],
      [8234, "LEFT-TO-RIGHT EMBEDDING"],
      [8235, "RIGHT-TO-LEFT EMBEDDING"],
      [8236, "POP DIRECTIONAL FORMATTING"],
      [8237, "LEFT-TO-RIGHT OVERRIDE"],
      [8238, "RIGHT-TO-LEFT OVERRIDE"],
      [8288, "WORD JOINER"],
      [8294, "LEFT-TO-RIGHT ISOLATE"],
      [8295, "RIGHT-TO-LEFT ISOLATE"],
      [8296, "FIRST STRONG ISOLATE"],
      [8297, "POP DIRECTIONAL ISOLATE"],
      [65279, "ZERO WIDTH NO-BREAK SPACE"]
    ]);
    IGNORABLE = new RegExp(
      // eslint-disable-next-line no-misleading-character-class -- a class of single ignorable code points
      "[\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff]",
      "gu"
    );
    NON_ASCII = /[^\x00-\x7f]/;
  }
});

// src/plan/users.ts
function indexUsers(users) {
  const byEmail = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const emailOf2 = /* @__PURE__ */ new Map();
  const bySkeleton = /* @__PURE__ */ new Map();
  for (const u of users) {
    const email = u.email.toLowerCase();
    emailOf2.set(u.id, email);
    if (!byEmail.has(email)) {
      const key = skeleton(email);
      const same = bySkeleton.get(key);
      if (same === void 0) bySkeleton.set(key, [email]);
      else same.push(email);
    }
    byEmail.set(email, u);
    byId.set(u.id, u);
    byId.set(u.id.toLowerCase(), u);
  }
  const flagged = /* @__PURE__ */ new Set();
  for (const same of bySkeleton.values()) {
    for (const email of same) if (same.length > 1 || !isAscii(email)) flagged.add(email);
  }
  return { byEmail, byId, emailOf: emailOf2, bySkeleton, flagged };
}
function indexLiveUsers(users) {
  return indexUsers([...users].sort((a, b) => cmp(a.id, b.id)));
}
function resolveMember(index, m) {
  return m.ref.kind === "email" ? index.byEmail.get(m.ref.value.toLowerCase()) : index.byId.get(m.ref.value) ?? index.byId.get(m.ref.value.toLowerCase());
}
function emailOf(index, userId, fallback) {
  return index.emailOf.get(userId) ?? (fallback ?? userId).toLowerCase();
}
function confusableReason(index, email) {
  const lower = email.toLowerCase();
  if (index.byEmail.has(lower) && !index.flagged.has(lower)) return null;
  const ascii = isAscii(lower);
  const others = (index.bySkeleton.get(skeleton(lower)) ?? []).filter((e) => e !== lower).sort(cmp);
  if (ascii && others.length === 0) return null;
  const what = ascii ? `email ${lower}` : `email ${lower} contains ${nonAsciiList(lower)}`;
  if (others.length === 0) return `${what}: no other whoot user looks like it; check it is the intended person`;
  const list = others.map((e) => isAscii(e) ? e : `${e} (${nonAsciiList(e)})`).join(", ");
  const who2 = others.length === 1 ? "a different whoot user" : "different whoot users";
  return `${what}: it looks like ${list}, ${who2}; check it is the intended person`;
}
function nonAsciiList(email) {
  return nonAsciiChars(email).map((c) => `${describeCodePoint(c.codePoint)} at position ${c.position}`).join(", ");
}
var init_users = __esm({
  "src/plan/users.ts"() {
    "use strict";
    init_match();
    init_unicode();
  }
});

// src/plan/expire.ts
function expiryCauses(room3, index) {
  const causes = { access: /* @__PURE__ */ new Map(), transmit: /* @__PURE__ */ new Map() };
  const keep = (into, id, g) => {
    const prev = into.get(id);
    if (prev === void 0 || g.expires > prev.date) into.set(id, cause(g));
  };
  for (const g of room3.expired ?? []) {
    const user = resolveMember(index, g);
    if (user === void 0) continue;
    keep(causes.access, user.id, g);
    if (g.tx) keep(causes.transmit, user.id, g);
  }
  return causes;
}
function markExpired(diff, room3, index) {
  if (room3.expired === void 0) return diff;
  const causes = expiryCauses(room3, index);
  const mark = (m, c) => c === void 0 ? m : { ...m, expired: c };
  return {
    ...diff,
    remove: diff.remove.map((m) => mark(m, causes.access.get(m.user_id))),
    update: diff.update.map((m) => mark(m, m.tx_permission ? void 0 : causes.transmit.get(m.user_id)))
  };
}
function wantedToday(room3, index) {
  const wanted = /* @__PURE__ */ new Map();
  for (const m of room3.members) {
    const user = resolveMember(index, m);
    if (user === void 0) continue;
    const prev = wanted.get(user.id);
    if (prev) prev.tx ||= m.tx;
    else wanted.set(user.id, { tx: m.tx, pos: m.pos });
  }
  return wanted;
}
function dueToExpiry(room3, live, index) {
  const due = /* @__PURE__ */ new Map();
  if (room3.expired === void 0) return due;
  const causes = expiryCauses(room3, index);
  const wanted = wantedToday(room3, index);
  for (const m of live) {
    const w = wanted.get(m.user_id);
    if (w === void 0) {
      if (causes.access.has(m.user_id)) due.set(m.user_id, "remove");
    } else if (m.tx_permission && !w.tx && causes.transmit.has(m.user_id)) {
      due.set(m.user_id, "downgrade");
    }
  }
  return due;
}
function expiryRoom(room3, live, index) {
  const due = dueToExpiry(room3, live, index);
  const wanted = wantedToday(room3, index);
  const members = [];
  for (const m of live) {
    const change2 = due.get(m.user_id);
    if (change2 === "remove") continue;
    const pos = wanted.get(m.user_id)?.pos ?? room3.membersPos;
    const tx = change2 === "downgrade" ? false : m.tx_permission;
    members.push({ ref: { kind: "id", value: m.user_id }, tx, pos, via: [] });
  }
  const { displayName: _d, displayNamePos: _dp, externalId: _e, externalIdPos: _ep, ...kept } = room3;
  return { ...kept, mode: "authoritative", members, expiring: [] };
}
function expiryTarget(desired, live) {
  const index = indexLiveUsers(live.users);
  const matched = new Map(matchRooms(desired, live.rooms).matches.map((m) => [m.desired, m]));
  const rooms = desired.rooms.flatMap((room3) => {
    const m = matched.get(room3);
    const members = m?.live && m.errors.length === 0 ? live.members[m.live.id] : void 0;
    if (members !== void 0) return [expiryRoom(room3, members, index)];
    return room3.expired === void 0 ? [] : [room3];
  });
  return { ...desired, rooms };
}
function expiredChangesOf(room3) {
  const entry = (m, change2) => m.expired === void 0 ? [] : [{
    email: m.email,
    user_id: m.user_id,
    expired: m.expired.date,
    file: m.expired.file,
    line: m.expired.line,
    change: change2
  }];
  return [...room3.remove.flatMap((m) => entry(m, "remove")), ...room3.update.flatMap((m) => entry(m, "downgrade"))];
}
var cause;
var init_expire = __esm({
  "src/plan/expire.ts"() {
    "use strict";
    init_match();
    init_users();
    cause = (g) => ({ date: g.expires, file: g.pos.file, line: g.pos.line });
  }
});

// src/plan/room.ts
function via(m) {
  return m.via.length === 0 ? "" : ` (via group ${m.via.map((g) => `"${g}"`).join(" \u2192 ")})`;
}
function posBefore(a, b) {
  return (cmp(a.file, b.file) || a.line - b.line || a.column - b.column) < 0;
}
function guardReason(before, after, removed, maxRemovalPercent) {
  if (before > 0 && after === 0) {
    const who2 = before === 1 ? "its only member" : `all ${before} members`;
    return `would remove ${who2} (the room would become empty)`;
  }
  if (removed >= 3 && removed * 100 > maxRemovalPercent * before) {
    const pct = Math.round(removed * 100 / before);
    return `would remove ${removed} of ${before} members (${pct}% > ${maxRemovalPercent}%)`;
  }
  return null;
}
function resolveMembers(desired, index, errors, suspects) {
  const wanted = /* @__PURE__ */ new Map();
  const anyFlagged = index.flagged.size > 0;
  for (const m of desired.members) {
    const user = resolveMember(index, m);
    if (user === void 0) {
      errors.push(at3(m.pos, `unknown user ${m.ref.value}${via(m)}: no whoot user has this ${m.ref.kind}`));
      if (m.ref.kind === "email") suspects.push({ email: m.ref.value, pos: m.pos });
      continue;
    }
    if (anyFlagged) {
      const email = emailOf(index, user.id);
      if (index.flagged.has(email)) suspects.push({ email, pos: m.pos });
    }
    const prev = wanted.get(user.id);
    if (prev) {
      prev.tx ||= m.tx;
      if (posBefore(m.pos, prev.pos)) prev.pos = m.pos;
    } else {
      wanted.set(user.id, { user, email: emailOf(index, user.id), tx: m.tx, pos: m.pos });
    }
  }
  return wanted;
}
function memberDiff(desired, wanted, liveMembers, index) {
  const current = /* @__PURE__ */ new Map();
  for (const m of liveMembers) current.set(m.user_id, m);
  const add = [];
  const update = [];
  const remove = [];
  for (const [userId, w] of wanted) {
    const had = current.get(userId);
    const change2 = { user_id: userId, email: w.email, tx_permission: w.tx };
    if (had === void 0) add.push(change2);
    else if (had.tx_permission !== w.tx) update.push(change2);
  }
  if (desired.mode === "authoritative") {
    for (const m of liveMembers) {
      if (!wanted.has(m.user_id)) {
        remove.push({ user_id: m.user_id, email: emailOf(index, m.user_id, m.email), tx_permission: m.tx_permission });
      }
    }
  }
  add.sort(byEmailThenId);
  update.sort(byEmailThenId);
  remove.sort(byEmailThenId);
  if (add.length + remove.length + update.length === 0) return { add, update, remove, put: null };
  const next = /* @__PURE__ */ new Map();
  if (desired.mode === "additive") for (const m of liveMembers) next.set(m.user_id, m.tx_permission);
  for (const [userId, w] of wanted) next.set(userId, w.tx);
  const put = [...next.entries()].map(([user_id, tx_permission]) => ({ user_id, tx_permission })).sort((a, b) => cmp(a.user_id, b.user_id));
  return { add, update, remove, put };
}
function metadataDiff(desired, liveRoom) {
  const metadata = {};
  if (desired.displayName !== void 0) {
    const from = liveRoom.display_name ?? null;
    if (from !== desired.displayName) metadata.display_name = { from, to: desired.displayName };
  }
  if (desired.externalId !== void 0) {
    const from = liveRoom.external_id ?? null;
    if (from !== desired.externalId) metadata.external_id = { from, to: desired.externalId };
  }
  return metadata;
}
function scimWarning(desired, liveRoom, name) {
  const liveExternal = liveRoom.external_id ?? null;
  if (liveExternal === null || desired.externalId === null) return null;
  return {
    code: "scim_mapped",
    message: `room "${name}" is mapped to identity-provider group "${liveExternal}": SCIM may push membership too, and it and whoot-rooms will undo each other on every sync (set \`external_id: null\` to remove the mapping)`,
    file: desired.file,
    line: (desired.externalIdPos ?? desired.pos).line,
    room_id: liveRoom.id
  };
}
function guard(diff, before, desired, name, roomId, options, warnings) {
  if (diff.put === null) return null;
  const blocked = guardReason(before, diff.put.length, diff.remove.length, options.maxRemovalPercent);
  if (blocked === null) return null;
  warnings.push({
    code: "blocked",
    message: options.force ? `mass-removal guard lifted by --force for room "${name}": it ${blocked}` : `room "${name}" is blocked by the mass-removal guard: it ${blocked}; it will not be applied without --force`,
    file: desired.file,
    line: desired.membersPos.line,
    room_id: roomId
  });
  return options.force ? null : blocked;
}
function expiringNotices(room3, warnings, roomId) {
  const notices = room3.expiring.map((e) => ({
    email: e.ref.kind === "group" ? `group:${e.ref.value}` : e.ref.value.toLowerCase(),
    expires: e.expires,
    file: e.pos.file,
    line: e.pos.line
  })).sort((a, b) => cmp(a.expires, b.expires) || cmp(a.email, b.email) || a.line - b.line);
  for (const n of notices) {
    warnings.push({
      code: "expiring",
      message: `${n.email} leaves room "${roomLabel(room3)}" on ${n.expires} (entry expires)`,
      file: n.file,
      line: n.line,
      ...roomId === "" ? {} : { room_id: roomId }
    });
  }
  return notices;
}
function confusableWarnings(desired, index, suspects, remove, roomId, warnings) {
  const membersAt = { file: desired.file, line: desired.membersPos.line };
  const removed = remove.filter((m) => index.flagged.has(m.email) || !index.byEmail.has(m.email));
  if (suspects.length === 0 && removed.length === 0) return;
  const all = [...suspects, ...removed.map((m) => ({ email: m.email, pos: membersAt }))];
  const seen = /* @__PURE__ */ new Set();
  for (const { email, pos } of all) {
    const key = `${email}\0${pos.file}\0${pos.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = confusableReason(index, email);
    if (reason === null) continue;
    const w = { code: "confusable_email", message: reason, file: pos.file, line: pos.line };
    warnings.push(roomId === "" ? w : { ...w, room_id: roomId });
  }
}
function inactiveWarnings(wanted, name, roomId, warnings) {
  for (const w of wanted.values()) {
    if (w.user.active) continue;
    warnings.push({
      code: "inactive_user",
      message: `${w.email} is deactivated in whoot: kept in room "${name}" but cannot sign in`,
      file: w.pos.file,
      line: w.pos.line,
      room_id: roomId
    });
  }
}
function peopleOf(diff, index) {
  const people = /* @__PURE__ */ new Map();
  for (const m of [...diff.add, ...diff.update, ...diff.remove]) {
    const user = index.byId.get(m.user_id);
    if (user === void 0 || people.has(m.user_id)) continue;
    const person = { display_name: user.display_name };
    const others = index.flagged.has(m.email) ? lookAlikes(index, m.email) : [];
    people.set(m.user_id, others.length > 0 ? { ...person, looks_like: others } : person);
  }
  return people;
}
function lookAlikes(index, email) {
  return (index.bySkeleton.get(skeleton(email)) ?? []).filter((e) => e !== email).sort(cmp);
}
function planRoom(match, liveMembers, index, options, unread) {
  const { desired, live: liveRoom } = match;
  const warnings = [];
  const errors = [...match.errors];
  const roomId = liveRoom?.id ?? "";
  const name = liveRoom?.name ?? roomLabel(desired);
  if (liveRoom && liveMembers === void 0) {
    const room4 = `whoot room "${liveRoom.name}" (${liveRoom.id})`;
    errors.push(at3(desired.pos, unread === void 0 ? `the members of ${room4} were not read` : `${room4}: ${unread}`));
  }
  const suspects = [];
  const wanted = resolveMembers(desired, index, errors, suspects);
  const expiring = expiringNotices(desired, warnings, roomId);
  const base = { id: roomId, name, file: desired.file, expiring, mode: desired.mode };
  if (errors.length > 0 || liveRoom === null || liveMembers === void 0) {
    confusableWarnings(desired, index, suspects, [], roomId, warnings);
    const count = liveMembers?.length ?? 0;
    const room4 = {
      ...base,
      add: [],
      remove: [],
      update: [],
      metadata: {},
      members_before: count,
      members_after: count,
      blocked: null,
      errors: errors.sort(errorOrder),
      put: null
    };
    return { room: { ...room4, fingerprint: roomFingerprint(room4) }, warnings, people: /* @__PURE__ */ new Map() };
  }
  inactiveWarnings(wanted, name, roomId, warnings);
  const diff = markExpired(memberDiff(desired, wanted, liveMembers, index), desired, index);
  confusableWarnings(desired, index, suspects, diff.remove, roomId, warnings);
  const metadata = metadataDiff(desired, liveRoom);
  const scim = scimWarning(desired, liveRoom, name);
  if (scim !== null) warnings.push(scim);
  const before = liveMembers.length;
  const blocked = guard(diff, before, desired, name, roomId, options, warnings);
  const room3 = {
    ...base,
    add: diff.add,
    remove: diff.remove,
    update: diff.update,
    metadata,
    members_before: before,
    members_after: diff.put === null ? before : diff.put.length,
    blocked,
    errors: [],
    put: diff.put
  };
  return { room: { ...room3, fingerprint: roomFingerprint(room3) }, warnings, people: peopleOf(diff, index) };
}
var at3, byEmailThenId, errorOrder;
var init_room = __esm({
  "src/plan/room.ts"() {
    "use strict";
    init_fingerprint();
    init_expire();
    init_match();
    init_unicode();
    init_users();
    at3 = (pos, message) => ({ ...pos, message });
    byEmailThenId = (a, b) => cmp(a.email, b.email) || cmp(a.user_id, b.user_id);
    errorOrder = (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message);
  }
});

// src/plan/plan.ts
function noRoomChanges(room3) {
  return room3.add.length === 0 && room3.remove.length === 0 && room3.update.length === 0 && room3.metadata.display_name === void 0 && room3.metadata.external_id === void 0;
}
function roomOrder(a, b) {
  const rank = (r) => r.blocked !== null ? 0 : r.errors.length > 0 ? 1 : 2;
  return rank(a) - rank(b) || cmp(a.name, b.name) || cmp(a.id, b.id) || cmp(a.file, b.file);
}
function warningOrder(a, b) {
  return cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message) || cmp(a.room_id ?? "", b.room_id ?? "");
}
function plan(desired, live, options) {
  const match = matchRooms(desired, live.rooms, options.only);
  const index = indexLiveUsers(live.users);
  return assemblePlan(
    match,
    match.matches.map(
      (m) => planRoom(m, m.live ? live.members[m.live.id] : void 0, index, options, m.live ? live.unread?.[m.live.id] : void 0)
    )
  );
}
function assemblePlan(match, planned) {
  const warnings = [];
  for (const o of match.unknownScope) {
    warnings.push({ code: "unmanaged_scope", message: `--room "${o}" matches no room file in the tree` });
  }
  for (const p of planned) for (const w of p.warnings) warnings.push(w);
  const rooms = planned.map((p) => p.room);
  const listed = rooms.filter((r) => r.errors.length > 0 || !noRoomChanges(r)).sort(roomOrder);
  const changed = listed.filter((r) => r.errors.length === 0);
  const summary = {
    rooms_managed: rooms.length,
    rooms_changed: changed.length,
    rooms_unchanged: rooms.length - listed.length,
    rooms_unmanaged: match.unmanaged,
    add: sum(changed, (r) => r.add.length),
    remove: sum(changed, (r) => r.remove.length),
    update: sum(changed, (r) => r.update.length),
    metadata: sum(changed, (r) => Object.keys(r.metadata).length),
    blocked: changed.filter((r) => r.blocked !== null).length,
    errored: listed.length - changed.length
  };
  return {
    format_version: 1,
    fingerprint: planFingerprint(listed),
    summary,
    rooms: listed,
    warnings: warnings.sort(warningOrder),
    people: peopleOf2(planned)
  };
}
function peopleOf2(planned) {
  const all = /* @__PURE__ */ new Map();
  for (const p of planned) for (const [id, person] of p.people) all.set(id, person);
  const people = {};
  for (const id of [...all.keys()].sort(cmp)) people[id] = all.get(id);
  return people;
}
function sum(items, f) {
  let total = 0;
  for (const i of items) total += f(i);
  return total;
}
var init_plan = __esm({
  "src/plan/plan.ts"() {
    "use strict";
    init_match();
    init_fingerprint();
    init_room();
    init_users();
  }
});

// src/pipeline/early-planner.ts
var EarlyRoomPlanner;
var init_early_planner = __esm({
  "src/pipeline/early-planner.ts"() {
    "use strict";
    init_match();
    init_plan();
    init_room();
    init_users();
    EarlyRoomPlanner = class {
      constructor(options, scheduler) {
        this.options = options;
        this.scheduler = scheduler;
      }
      options;
      scheduler;
      desired;
      rooms;
      users;
      match;
      index;
      /** live room id → index of its match, for the matches whose members are read */
      matchOf = /* @__PURE__ */ new Map();
      arrived = /* @__PURE__ */ new Map();
      planned = /* @__PURE__ */ new Map();
      disabled = false;
      plannedEarly = 0;
      roomsRead(rooms) {
        this.rooms = rooms;
        this.bestEffort(() => this.ready());
      }
      usersRead(users) {
        this.users = users;
        this.bestEffort(() => {
          this.index = indexLiveUsers(users);
          this.ready();
        });
      }
      treeLoaded(desired) {
        this.desired = desired;
        this.bestEffort(() => this.ready());
      }
      membersRead(roomId, members) {
        if (this.disabled) return;
        if (this.match === void 0 || this.arrived.size > 0) this.arrived.set(roomId, members);
        else this.bestEffort(() => this.planEarly(roomId, members));
      }
      /** The plan of `desired` against `live`, reusing the rooms planned early. */
      finish(desired, live) {
        this.arrived.clear();
        const match = this.match !== void 0 && this.desired === desired && this.rooms === live.rooms ? this.match : matchRooms(desired, live.rooms, this.options.only);
        const index = this.index !== void 0 && this.users === live.users ? this.index : indexLiveUsers(live.users);
        const reuse = match === this.match && index === this.index;
        return assemblePlan(
          match,
          match.matches.map((m, i) => {
            const members = m.live ? live.members[m.live.id] : void 0;
            const early = reuse ? this.planned.get(i) : void 0;
            if (early !== void 0 && early.members === members) return early.result;
            return planRoom(m, members, index, this.options, m.live ? live.unread?.[m.live.id] : void 0);
          })
        );
      }
      /**
       * Planning early is an optimisation only: it must never fail a read. Whatever it could not do, `finish` does
       * again, on the main path (where the same failure surfaces as it would without this class).
       */
      bestEffort(step) {
        try {
          step();
        } catch {
          this.disabled = true;
          this.match = void 0;
          this.index = void 0;
          this.planned.clear();
          this.arrived.clear();
        }
      }
      ready() {
        if (this.disabled) return;
        if (this.match !== void 0 || this.desired === void 0 || this.rooms === void 0 || this.users === void 0) return;
        const match = matchRooms(this.desired, this.rooms, this.options.only);
        this.index ??= indexLiveUsers(this.users);
        match.matches.forEach((m, i) => {
          if (m.live !== null && m.errors.length === 0) this.matchOf.set(m.live.id, i);
        });
        this.match = match;
        this.catchUp();
      }
      /**
       * The member lists that arrived before the match was known are planned a slice at a time, giving the event
       * loop back in between: hundreds of rooms in one go would hold up every answer in flight meanwhile.
       */
      catchUp() {
        const s = this.scheduler;
        const sliceStart = s?.now() ?? 0;
        for (const [id, members] of this.arrived) {
          if (this.disabled) return;
          this.arrived.delete(id);
          this.planEarly(id, members);
          if (s && this.arrived.size > 0 && s.now() - sliceStart >= s.sliceMs) {
            s.defer(() => this.bestEffort(() => this.catchUp()));
            return;
          }
        }
      }
      planEarly(roomId, members) {
        const i = this.matchOf.get(roomId);
        const m = i === void 0 ? void 0 : this.match?.matches[i];
        if (i === void 0 || m === void 0 || this.index === void 0) return;
        this.planned.set(i, { members, result: planRoom(m, members, this.index, this.options) });
        this.plannedEarly += 1;
      }
    };
  }
});

// src/pipeline/async-queue.ts
var AsyncQueue;
var init_async_queue = __esm({
  "src/pipeline/async-queue.ts"() {
    "use strict";
    AsyncQueue = class {
      values = [];
      head = 0;
      waiting = [];
      closed = false;
      /** Queue a value; ignored once the queue is closed. */
      push(value) {
        if (this.closed) return;
        const waiter = this.waiting.shift();
        if (waiter) waiter({ done: false, value });
        else this.values.push(value);
      }
      /** No more values: consumers get what is queued, then the end. */
      close() {
        this.closed = true;
        if (this.head >= this.values.length) this.release();
      }
      /** Whether `close()` or `return()` was called. */
      get isClosed() {
        return this.closed;
      }
      next() {
        if (this.head < this.values.length) {
          const value = this.values[this.head];
          this.head++;
          if (this.head > 1024 && this.head * 2 > this.values.length) {
            this.values.splice(0, this.head);
            this.head = 0;
          }
          return Promise.resolve({ done: false, value });
        }
        if (this.closed) return Promise.resolve({ done: true, value: void 0 });
        return new Promise((resolve6) => this.waiting.push(resolve6));
      }
      return() {
        this.closed = true;
        this.values.length = 0;
        this.head = 0;
        this.release();
        return Promise.resolve({ done: true, value: void 0 });
      }
      [Symbol.asyncIterator]() {
        return this;
      }
      release() {
        for (const waiter of this.waiting.splice(0)) waiter({ done: true, value: void 0 });
      }
    };
  }
});

// src/pipeline/managed-room-feed.ts
var ManagedRoomFeed;
var init_managed_room_feed = __esm({
  "src/pipeline/managed-room-feed.ts"() {
    "use strict";
    init_match();
    init_async_queue();
    ManagedRoomFeed = class {
      constructor(only) {
        this.only = only;
      }
      only;
      parsed = [];
      queue = new AsyncQueue();
      named = /* @__PURE__ */ new Set();
      index;
      rooms;
      finalIds;
      /** the authoritative managed set, once the tree is valid and the room list is in */
      managed;
      /** The room list is in: match what has parsed so far, and everything that parses from now on. */
      start(rooms) {
        this.rooms = rooms;
        this.index = indexLiveRooms(rooms);
        for (const room3 of this.parsed.splice(0)) this.match(room3);
        if (this.finalIds) this.end(this.finalIds);
        return this.queue;
      }
      fileParsed(room3) {
        if (this.queue.isClosed) return;
        if (this.index === void 0) this.parsed.push(room3);
        else this.match(room3);
      }
      /** The tree is valid: `ids` gives the authoritative managed set once the room list is known. */
      finish(ids) {
        this.finalIds = ids;
        if (this.rooms !== void 0) this.end(ids);
      }
      /** The tree is invalid: name nothing more. */
      cancel() {
        this.parsed.length = 0;
        this.queue.close();
      }
      end(ids) {
        if (this.queue.isClosed) return;
        const managed = ids(this.rooms ?? []);
        this.managed = new Set(managed);
        for (const id of managed) this.name(id);
        this.queue.close();
      }
      match(room3) {
        if (this.index === void 0 || !selects(this.only, room3)) return;
        const found = findLiveRoom(room3, this.index);
        if (found.kind === "matched") this.name(found.live.id);
      }
      name(id) {
        if (this.named.has(id)) return;
        this.named.add(id);
        this.queue.push(id);
      }
    };
  }
});

// src/pipeline/overlapped-plan.ts
import { setImmediate as afterIoTurn } from "node:timers/promises";
function startOverlappedPlan(opts, read) {
  const only = opts.planOptions.only;
  const invalidTree = new AbortController();
  const signal = opts.signal === void 0 ? invalidTree.signal : AbortSignal.any([opts.signal, invalidTree.signal]);
  const feed = new ManagedRoomFeed(only);
  const early = new EarlyRoomPlanner(opts.planOptions, {
    now: () => performance.now(),
    defer: (step) => setImmediate(step),
    sliceMs: 1
  });
  const network = read(
    signal,
    (rooms) => {
      early.roomsRead(rooms);
      return feed.start(rooms);
    },
    { onUsers: (users) => early.usersRead(users), onMembers: (id, list) => early.membersRead(id, list) }
  );
  const networkSettled = network.then(
    () => void 0,
    () => void 0
  );
  const tree = opts.desired ? Promise.resolve({ ok: true, desired: opts.desired }) : afterIoTurn().then(
    () => loadDesiredState(opts.dir, {
      ...opts.today === void 0 ? {} : { today: opts.today },
      onRoomFile: (room3) => feed.fileParsed(room3),
      onFirstError: () => {
        opts.logger.debug("the tree is invalid: cancelling live reads");
        feed.cancel();
        invalidTree.abort(new Error("the tree is invalid: live reads cancelled"));
      }
    })
  );
  const managedIds = (desired, rooms) => matchRooms(desired, rooms, only).managedRoomIds;
  return {
    tree,
    async cancel(reason) {
      feed.cancel();
      invalidTree.abort(reason);
      await networkSettled;
    },
    async plan(desired) {
      early.treeLoaded(desired);
      feed.finish((rooms) => managedIds(desired, rooms));
      const got = await network;
      const managed = feed.managed ?? new Set(managedIds(desired, got.rooms));
      const members = {};
      for (const id of Object.keys(got.members)) if (managed.has(id)) members[id] = got.members[id];
      const live = { users: got.users, rooms: got.rooms, members };
      if (got.unread !== void 0) live.unread = got.unread;
      const started = Date.now();
      const plan3 = early.finish(desired, live);
      opts.logger.debug({ ms: Date.now() - started, early: early.plannedEarly, fingerprint: plan3.fingerprint }, "planned");
      return { plan: plan3, live };
    }
  };
}
var init_overlapped_plan = __esm({
  "src/pipeline/overlapped-plan.ts"() {
    "use strict";
    init_desired();
    init_match();
    init_early_planner();
    init_managed_room_feed();
  }
});

// src/whoot/errors.ts
function codeForStatus(status) {
  return STATUS_CODES[status] ?? `http_${status}`;
}
function parseErrorBody(status, statusText, text) {
  const fallback = { code: codeForStatus(status), message: statusText || `HTTP ${status}` };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    const line = text.trim();
    if (line && line.length <= 200 && !line.includes("\n") && !line.startsWith("<")) return { ...fallback, message: `${fallback.message} (${line})` };
    return fallback;
  }
  if (typeof data !== "object" || data === null) return fallback;
  const d = data;
  if (typeof d.error === "object" && d.error !== null) {
    const e = d.error;
    return { code: typeof e.code === "string" ? e.code : fallback.code, message: typeof e.message === "string" ? e.message : fallback.message };
  }
  if (typeof d.error === "string") {
    if (typeof d.error_description === "string") return { code: d.error, message: d.error_description };
    if (typeof d.message === "string") return { code: d.error, message: d.message };
    return { code: typeof d.code === "string" ? d.code : fallback.code, message: d.error };
  }
  if (typeof d.message === "string") return { code: typeof d.code === "string" ? d.code : fallback.code, message: d.message };
  return fallback;
}
function secretForms(token2) {
  const forms = [token2, encodeURIComponent(token2)];
  for (const raw of [token2, `Bearer ${token2}`]) {
    const b64 = Buffer.from(raw, "utf8").toString("base64");
    forms.push(b64, b64.replace(/=+$/, ""), b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""));
  }
  return [...new Set(forms)].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}
function redactSecret(text, token2) {
  if (token2.length < 4) return text;
  let out = text;
  for (const form of secretForms(token2)) out = out.split(form).join("[REDACTED]");
  return out;
}
var WhootApiError, WhootScopeError, WhootConfigError, STATUS_CODES;
var init_errors = __esm({
  "src/whoot/errors.ts"() {
    "use strict";
    WhootApiError = class extends Error {
      name = "WhootApiError";
      method;
      /** the API path with its query string, relative to the base URL (e.g. `/rooms/abc/members`) */
      path;
      status;
      /** the server's snake_case code, or one derived from the status (`not_found`, `network_error`, …) */
      code;
      /** the server's message (or the status text), without the method/path/status prefix */
      detail;
      /** true when the failure was transient (429, 5xx, network, timeout): a later re-run may succeed */
      transient;
      constructor(init) {
        const statusPart = init.status > 0 ? `${init.status} ` : "";
        super(init.message ?? `${init.method} ${init.path} \u2192 ${statusPart}${init.code}: ${init.detail}`, init.cause === void 0 ? void 0 : { cause: init.cause });
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.code = init.code;
        this.detail = init.detail;
        this.transient = init.transient ?? (init.status === 0 || init.status === 429 || init.status >= 500);
      }
    };
    WhootScopeError = class extends WhootApiError {
      name = "WhootScopeError";
      missing;
      constructor(missing, granted) {
        const list = missing.join(", ");
        super({
          method: "GET",
          path: "/me",
          status: 403,
          code: "missing_scope",
          detail: `the API key lacks ${missing.length === 1 ? "the scope" : "the scopes"} ${list}`,
          transient: false,
          message: `the API key lacks ${missing.length === 1 ? "the scope" : "the scopes"} ${list} needed for this command (GET /me lists: ${granted.length ? granted.join(", ") : "no scopes"}); create a key with ${list} in the whoot console`
        });
        this.missing = missing;
      }
    };
    WhootConfigError = class extends Error {
      name = "WhootConfigError";
    };
    STATUS_CODES = {
      400: "bad_request",
      401: "unauthorized",
      403: "forbidden",
      404: "not_found",
      405: "method_not_allowed",
      409: "conflict",
      413: "payload_too_large",
      422: "unprocessable_entity",
      429: "rate_limited",
      500: "internal_error",
      502: "bad_gateway",
      503: "service_unavailable",
      504: "gateway_timeout"
    };
  }
});

// src/whoot/retry.ts
function retryDelay(attempt, baseMs, capMs, random) {
  return random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === null || value.trim() === "") return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1e3;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
var MAX_GATE_PAUSE_MS, RateGate;
var init_retry = __esm({
  "src/whoot/retry.ts"() {
    "use strict";
    MAX_GATE_PAUSE_MS = 3e4;
    RateGate = class {
      openAt = 0;
      /** Wait until the gate is open (re-checking: another answer may have extended the pause); false when cancelled. */
      async wait(sleep2) {
        for (; ; ) {
          const ms = this.openAt - Date.now();
          if (ms <= 0) return true;
          if (!await sleep2(ms)) return false;
        }
      }
      /** Close the gate for `ms` (capped) or keep it closed that long; returns `ms` when the gate was open, else 0. */
      pause(ms) {
        const now = Date.now();
        const until = now + Math.min(ms, MAX_GATE_PAUSE_MS);
        const wasOpen = this.openAt <= now;
        if (until > this.openAt) this.openAt = until;
        return wasOpen ? until - now : 0;
      }
      /**
       * Read `RateLimit-Remaining` / `RateLimit-Reset` (seconds; an epoch timestamp is tolerated) from an answer;
       * `reserve` is how many other requests may already be on their way (each will take a token). Returns the
       * pause started, 0 if none.
       */
      observe(headers, reserve) {
        const remainingRaw = headers.get("ratelimit-remaining");
        if (remainingRaw === null) return 0;
        const remaining = Number(remainingRaw);
        if (!Number.isFinite(remaining) || remaining > reserve) return 0;
        const resetRaw = Number(headers.get("ratelimit-reset"));
        let resetMs = 1e3;
        if (Number.isFinite(resetRaw) && resetRaw > 0) {
          resetMs = resetRaw > 1e9 ? resetRaw * 1e3 - Date.now() : resetRaw * 1e3;
        }
        return this.pause(resetMs);
      }
    };
  }
});

// src/whoot/transport.ts
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
function nodeTransport() {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (req) => new Promise((resolve6, reject) => {
    if (req.signal.aborted) {
      reject(req.signal.reason);
      return;
    }
    const secure = req.url.startsWith("https:");
    const headers = { ...req.headers };
    if (req.body !== void 0) headers["Content-Length"] = Buffer.byteLength(req.body);
    const onAnswer = (res) => {
      res.setEncoding("utf8");
      let text = "";
      res.on("data", (chunk) => text += chunk);
      res.on(
        "end",
        () => resolve6({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: { get: (name) => headerValue(res.headers[name.toLowerCase()]) },
          text
        })
      );
      res.on("error", reject);
    };
    const options = { method: req.method, headers, signal: req.signal, agent: secure ? agents.https : agents.http };
    const outgoing = secure ? httpsRequest(req.url, options, onAnswer) : httpRequest(req.url, options, onAnswer);
    outgoing.on("error", reject);
    outgoing.end(req.body);
  });
}
function headerValue(v) {
  return v === void 0 ? null : Array.isArray(v) ? v.join(", ") : v;
}
function fetchTransport(fetchImpl) {
  return async (req) => {
    const init = { method: req.method, headers: req.headers, redirect: "manual", signal: req.signal };
    if (req.body !== void 0) init.body = req.body;
    const res = await fetchImpl(req.url, init);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
  };
}
var init_transport = __esm({
  "src/whoot/transport.ts"() {
    "use strict";
  }
});

// src/whoot/url.ts
function isLoopbackHost(hostname) {
  const h = hostname.toLowerCase();
  if (h === "localhost" || h === "[::1]" || h === "::1") return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((o) => Number(o) <= 255);
}
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new WhootConfigError(`the API URL "${raw}" is not a valid URL (expected e.g. ${DEFAULT_API_URL})`);
  }
  if (url.username || url.password) throw new WhootConfigError("the API URL must not contain credentials; the token is read from WHOOT_API_TOKEN");
  if (url.search || url.hash) throw new WhootConfigError(`the API URL must not contain a query or fragment, got "${url.origin}${url.pathname}${url.search}${url.hash}"`);
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) {
      throw new WhootConfigError(
        `refusing to send the API token over plain http to ${url.host}: use https:// (plain http is allowed only for loopback hosts: 127.0.0.0/8, localhost, [::1])`
      );
    }
  } else if (url.protocol !== "https:") {
    throw new WhootConfigError(`the API URL must start with https:// (got ${url.protocol}//)`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
var DEFAULT_API_URL;
var init_url = __esm({
  "src/whoot/url.ts"() {
    "use strict";
    init_errors();
    DEFAULT_API_URL = "https://api.whoot.me";
  }
});

// src/whoot/client.ts
import { setImmediate as nextTurn2 } from "node:timers/promises";
function sameKeys(a, b) {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function createWhootClient(opts) {
  return new WhootClient(opts);
}
var PAGE_LIMIT, GATE_RESERVE_CAP, MAX_RESCANS, IDEMPOTENT, WhootClient;
var init_client = __esm({
  "src/whoot/client.ts"() {
    "use strict";
    init_p_limit();
    init_log();
    init_errors();
    init_retry();
    init_transport();
    init_url();
    PAGE_LIMIT = 100;
    GATE_RESERVE_CAP = 8;
    MAX_RESCANS = 4;
    IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "PATCH", "DELETE"]);
    WhootClient = class {
      constructor(opts) {
        this.opts = opts;
        this.base = normaliseBaseUrl(opts.baseUrl);
        if (!opts.token) throw new WhootApiError({ method: "-", path: "-", status: 0, code: "no_token", detail: "no API token", message: "no API token: set WHOOT_API_TOKEN" });
        this.transport = opts.fetch ? fetchTransport(opts.fetch) : nodeTransport();
        this.log = opts.logger ?? silentLogger();
        this.timeoutMs = opts.timeoutMs ?? 3e4;
        this.maxAttempts = Math.max(1, opts.maxAttempts ?? 6);
        this.maxRetryWaitMs = opts.maxRetryWaitMs ?? 6e4;
        this.pageConcurrency = Math.max(1, opts.pageConcurrency ?? 4);
        this.retryBaseMs = opts.retryBaseMs ?? 250;
        this.retryMaxDelayMs = opts.retryMaxDelayMs ?? 8e3;
        this.maxPages = opts.maxPages ?? 1e4;
        this.random = opts.random ?? Math.random;
        this.slots = opts.maxConcurrency ? pLimit(Math.max(1, opts.maxConcurrency)) : null;
      }
      opts;
      base;
      transport;
      log;
      timeoutMs;
      maxAttempts;
      maxRetryWaitMs;
      pageConcurrency;
      retryBaseMs;
      retryMaxDelayMs;
      maxPages;
      random;
      gate = new RateGate();
      slots;
      inFlight = 0;
      /** Replace every occurrence of the token, whatever a server or a network layer echoed back. */
      redact(text) {
        return redactSecret(text, this.opts.token);
      }
      /** Wait `ms`; false when the caller's signal aborted the wait. */
      sleep(ms) {
        const signal = this.opts.signal;
        if (signal?.aborted) return Promise.resolve(false);
        if (ms <= 0) return Promise.resolve(true);
        return new Promise((resolve6) => {
          const onAbort = () => {
            clearTimeout(timer);
            resolve6(false);
          };
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve6(true);
          }, ms);
          signal?.addEventListener("abort", onAbort, { once: true });
        });
      }
      abortedError(method, path) {
        return new WhootApiError({ method, path, status: 0, code: "aborted", detail: "cancelled", transient: false });
      }
      /**
       * One API call with the retry policy: idempotent methods are retried on 429, 5xx, network errors and
       * timeouts (exponential backoff with full jitter, `Retry-After` honoured, bounded attempts and total wait);
       * POST never is. Returns the parsed JSON body (undefined for an empty body).
       */
      async call(method, path, body) {
        const url = this.base + path;
        const idempotent = IDEMPOTENT.has(method);
        const headers = { Authorization: `Bearer ${this.opts.token}`, Accept: "application/json", "User-Agent": "whoot-rooms" };
        const payload = body === void 0 ? void 0 : JSON.stringify(body);
        if (payload !== void 0) headers["Content-Type"] = "application/json";
        let waited = 0;
        for (let attempt = 1; ; attempt++) {
          if (this.opts.signal?.aborted) throw this.abortedError(method, path);
          const started = performance.now();
          let failure;
          let retryAfterMs = null;
          try {
            const res = await this.attempt(url, method, headers, payload, () => this.abortedError(method, path));
            await nextTurn2();
            const { text } = res;
            this.log.trace({ method, path, status: res.status, ms: Math.round(performance.now() - started), attempt }, "whoot api");
            if (res.status >= 200 && res.status < 300) return this.parseSuccess(method, path, res.status, text);
            if (res.status >= 300 && res.status < 400) {
              const location = res.headers.get("location") ?? "(no Location)";
              throw new WhootApiError({
                method,
                path,
                status: res.status,
                code: "redirect_refused",
                detail: this.redact(`the API answered with a redirect to ${location}; whoot-rooms does not follow redirects (the token would travel with it): set the API URL to the final address`),
                transient: false
              });
            }
            const parsed = parseErrorBody(res.status, res.statusText, text);
            failure = new WhootApiError({ method, path, status: res.status, code: this.redact(parsed.code), detail: this.redact(parsed.message) });
            if (res.status === 429 || res.status === 503) retryAfterMs = parseRetryAfter(res.headers.get("retry-after"));
            if (res.status === 429) {
              const paused = this.gate.pause(retryAfterMs ?? 1e3);
              if (paused > 0) this.log.debug({ pauseMs: Math.round(paused) }, "rate limited (429): pausing new requests");
            }
          } catch (err) {
            if (err instanceof WhootApiError) throw err;
            if (this.opts.signal?.aborted) throw this.abortedError(method, path);
            failure = this.networkError(method, path, err);
          }
          if (!failure.transient || !idempotent) {
            if (!idempotent && failure.status === 0) {
              throw new WhootApiError({
                method,
                path,
                status: 0,
                code: failure.code,
                detail: `${failure.detail}; not retried (${method} is not idempotent): the change may or may not have been applied`,
                transient: true
              });
            }
            throw failure;
          }
          const delay = retryAfterMs ?? retryDelay(attempt, this.retryBaseMs, this.retryMaxDelayMs, this.random);
          if (attempt >= this.maxAttempts || waited + delay > this.maxRetryWaitMs) {
            const why = attempt >= this.maxAttempts ? `gave up after ${attempt} attempts` : `gave up: the next retry would exceed the ${Math.round(this.maxRetryWaitMs / 1e3)} s retry budget`;
            throw new WhootApiError({ method, path, status: failure.status, code: failure.code, detail: `${failure.detail} (${why})`, transient: true });
          }
          this.log.debug({ method, path, attempt, reason: failure.status ? `${failure.status} ${failure.code}` : failure.code, delayMs: Math.round(delay) }, "retrying whoot api call");
          if (!await this.sleep(delay)) throw this.abortedError(method, path);
          waited += delay;
        }
      }
      /** One exchange under a concurrency slot, after the rate-limit gate; its answer feeds the gate. */
      attempt(url, method, headers, body, aborted) {
        const run = async () => {
          if (!await this.gate.wait((ms) => this.sleep(ms))) throw aborted();
          this.inFlight++;
          try {
            const answer = await this.exchange(url, method, headers, body);
            this.inFlight--;
            const paused = this.gate.observe(answer.headers, Math.min(this.inFlight, this.opts.maxConcurrency ?? GATE_RESERVE_CAP));
            if (paused > 0) this.log.debug({ pauseMs: Math.round(paused) }, "rate limit nearly used up: pausing new requests");
            return answer;
          } catch (err) {
            this.inFlight--;
            throw err;
          }
        };
        return this.slots ? this.slots(run) : run();
      }
      /**
       * One request with the per-attempt timeout covering the body too. A plain controller and timer rather than
       * AbortSignal.any/timeout: cheaper per request and nothing stays attached to the long-lived caller signal.
       */
      async exchange(url, method, headers, body) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${this.timeoutMs} ms`, "TimeoutError")), this.timeoutMs);
        const outer = this.opts.signal;
        const onAbort = () => controller.abort(outer?.reason);
        outer?.addEventListener("abort", onAbort, { once: true });
        try {
          const req = { method, url, headers, signal: controller.signal };
          if (body !== void 0) req.body = body;
          return await this.transport(req);
        } catch (err) {
          if (controller.signal.aborted && !outer?.aborted) throw controller.signal.reason;
          throw err;
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener("abort", onAbort);
        }
      }
      networkError(method, path, err) {
        const e = err;
        if (e.name === "TimeoutError") {
          return new WhootApiError({ method, path, status: 0, code: "timeout", detail: `no answer within ${this.timeoutMs} ms` });
        }
        const code = e.code ?? e.cause?.code;
        const reason = this.redact([e.message, e.cause?.message].filter(Boolean).join(": ") || String(err));
        if (code === "ENOTFOUND") return new WhootApiError({ method, path, status: 0, code: "network_error", detail: reason, transient: false });
        return new WhootApiError({ method, path, status: 0, code: code ? code.toLowerCase() : "network_error", detail: reason, transient: true });
      }
      parseSuccess(method, path, status, text) {
        if (text === "") return void 0;
        try {
          return JSON.parse(text);
        } catch {
          throw new WhootApiError({ method, path, status, code: "invalid_response", detail: "the answer is not JSON", transient: false });
        }
      }
      shapeError(path, what) {
        return new WhootApiError({ method: "GET", path, status: 200, code: "invalid_response", detail: `unexpected answer: ${what}`, transient: false });
      }
      // ---------- normalisation of answers (tolerating the documented alternatives) ----------
      toUser(raw, path) {
        if (!isObject(raw) || typeof raw.id !== "string" || typeof raw.email !== "string") throw this.shapeError(path, "a user without a string id and email");
        return {
          id: raw.id,
          email: raw.email,
          display_name: typeof raw.display_name === "string" ? raw.display_name : "",
          active: typeof raw.active === "boolean" ? raw.active : true
        };
      }
      toRoom(raw, path) {
        if (!isObject(raw) || typeof raw.id !== "string" || typeof raw.name !== "string") throw this.shapeError(path, "a room without a string id and name");
        const room3 = {
          id: raw.id,
          name: raw.name,
          display_name: typeof raw.display_name === "string" ? raw.display_name : null,
          external_id: typeof raw.external_id === "string" ? raw.external_id : null
        };
        if (typeof raw.member_count === "number") room3.member_count = raw.member_count;
        return room3;
      }
      toMember(raw, path) {
        if (!isObject(raw) || typeof raw.user_id !== "string") throw this.shapeError(path, "a member without a string user_id");
        if (raw.tx_permission !== void 0 && typeof raw.tx_permission !== "boolean") throw this.shapeError(path, `tx_permission ${JSON.stringify(raw.tx_permission)} for ${raw.user_id}`);
        const member2 = { user_id: raw.user_id, tx_permission: raw.tx_permission === true };
        if (typeof raw.email === "string") member2.email = raw.email;
        return member2;
      }
      // ---------- pagination ----------
      async getPage(path, key, offset) {
        const pagePath = `${path}?limit=${PAGE_LIMIT}&offset=${offset}`;
        const data = await this.call("GET", pagePath);
        if (Array.isArray(data)) return { items: data };
        if (!isObject(data) || !Array.isArray(data[key])) throw this.shapeError(pagePath, `expected {"${key}":[\u2026]} or an array`);
        const page2 = { items: data[key] };
        if (typeof data.total === "number" && Number.isInteger(data.total) && data.total >= 0) page2.total = data.total;
        if (typeof data.limit === "number" && Number.isInteger(data.limit) && data.limit > 0) page2.limit = data.limit;
        return page2;
      }
      /**
       * Read a whole offset-paginated list. Fast path: the first page gives `total` and the page size, the rest
       * are read concurrently. If anything looks off (a short non-final page, `total` changing, a count that
       * does not add up), the list is re-read sequentially (offset advancing by what each page returned) until
       * an empty page or `offset >= total`; if the distinct count still falls short of `total`, this fails
       * rather than return a list silently missing someone. Items are deduplicated by id.
       */
      async listAll(path, key, idOf, normalise) {
        const first = await this.getPage(path, key, 0);
        const byId = /* @__PURE__ */ new Map();
        const add = (target, items) => {
          let fresh = 0;
          for (const raw of items) {
            const item = normalise(raw, path);
            const id = idOf(item);
            if (!target.has(id)) {
              target.set(id, item);
              fresh++;
            }
          }
          return fresh;
        };
        add(byId, first.items);
        if (first.total === void 0) return this.scanWithoutTotal(path, key, byId, first.items.length, add);
        const total = first.total;
        const step = first.items.length > 0 && first.items.length < total ? Math.min(first.items.length, first.limit ?? PAGE_LIMIT) : first.limit ?? PAGE_LIMIT;
        const offsets = [];
        for (let o = step; o < total; o += step) offsets.push(o);
        if (offsets.length + 1 > this.maxPages) throw this.shapeError(path, `total ${total} needs more than ${this.maxPages} pages`);
        let anomaly = null;
        const limit = pLimit(this.pageConcurrency);
        const pages = await Promise.all(offsets.map((o) => limit(() => this.getPage(path, key, o))));
        for (const [i, p] of pages.entries()) {
          const offset = offsets[i];
          if (p.total !== total) anomaly ??= `total changed from ${total} to ${String(p.total)} at offset ${offset}`;
          if (p.items.length < step && offset + step < total) anomaly ??= `a short page (${p.items.length} items) at offset ${offset}`;
          add(byId, p.items);
        }
        if (!anomaly && byId.size !== total) anomaly = `${byId.size} distinct items for total ${total}`;
        if (!anomaly) return [...byId.values()];
        this.log.debug({ path, anomaly }, "inconsistent pagination: re-reading the list sequentially");
        let previous = byId;
        let lastProblem = anomaly;
        for (let scan = 1; scan <= MAX_RESCANS; scan++) {
          const result = await this.sequentialScan(path, key, idOf, normalise);
          if (result.problem === null && sameKeys(result.items, previous)) return [...result.items.values()];
          lastProblem = result.problem ?? `two reads disagree (${previous.size} and ${result.items.size} ${key})`;
          this.log.debug({ path, scan, problem: lastProblem }, "the list changed while it was read: reading it again");
          previous = result.items;
        }
        throw new WhootApiError({
          method: "GET",
          path,
          status: 200,
          code: "inconsistent_pagination",
          detail: `the list of ${key} kept changing while it was read (${MAX_RESCANS + 1} reads, last: ${lastProblem}), so it cannot be trusted to be complete: re-run`,
          transient: true
        });
      }
      /** One sequential read from offset 0, each page starting where the previous one ended. */
      async sequentialScan(path, key, idOf, normalise) {
        const items = /* @__PURE__ */ new Map();
        let problem = null;
        let total;
        let offset = 0;
        for (let n = 0; ; n++) {
          if (n >= this.maxPages) throw this.shapeError(path, `pagination did not end after ${this.maxPages} pages`);
          const p = await this.getPage(path, key, offset);
          if (p.items.length === 0) break;
          for (const raw of p.items) {
            const item = normalise(raw, path);
            const id = idOf(item);
            if (items.has(id)) problem ??= `${id} appeared twice`;
            else items.set(id, item);
          }
          if (total !== void 0 && p.total !== total) problem ??= `total changed from ${total} to ${String(p.total)}`;
          total = p.total ?? total;
          offset += p.items.length;
          if (total !== void 0 && offset >= total) break;
        }
        if (problem === null && total !== void 0 && items.size !== total) problem = `${items.size} distinct ${key} for a total of ${total}`;
        return { items, problem };
      }
      /** No `total` (a bare array or a partial envelope): read on until an empty page or a page with nothing new. */
      async scanWithoutTotal(path, key, byId, firstCount, add) {
        let offset = firstCount;
        for (let n = 1; firstCount > 0; n++) {
          if (n >= this.maxPages) throw this.shapeError(path, `pagination did not end after ${this.maxPages} pages`);
          const p = await this.getPage(path, key, offset);
          if (p.items.length === 0 || add(byId, p.items) === 0) break;
          offset += p.items.length;
        }
        return [...byId.values()];
      }
      // ---------- WhootApi ----------
      async me() {
        try {
          const data = await this.call("GET", "/me");
          if (!isObject(data) || !isObject(data.key) || !Array.isArray(data.key.scopes)) throw this.shapeError("/me", 'expected {"key":{"scopes":[\u2026]}}');
          return data;
        } catch (err) {
          if (err instanceof WhootApiError && err.status === 404) {
            this.log.debug("GET /me answered 404 (an older deployment): skipping the pre-flight scope check");
            return null;
          }
          throw err;
        }
      }
      async preflight(required) {
        const me = await this.me();
        if (!me) return;
        const granted = me.key.scopes.filter((s) => typeof s === "string");
        const missing = required.filter((s) => !granted.includes(s));
        if (missing.length > 0) throw new WhootScopeError(missing, granted);
        this.log.debug({ scopes: granted }, "pre-flight: the API key has the required scopes");
      }
      listUsers() {
        return this.listAll("/users", "users", (u) => u.id, (raw, p) => this.toUser(raw, p));
      }
      async getUser(id) {
        const path = `/users/${encodeURIComponent(id)}`;
        return this.toUser(await this.call("GET", path), path);
      }
      async patchUser(id, patch) {
        const path = `/users/${encodeURIComponent(id)}`;
        return this.toUser(await this.call("PATCH", path, patch), path);
      }
      async deactivateUser(id) {
        await this.call("DELETE", `/users/${encodeURIComponent(id)}`);
      }
      listRooms() {
        return this.listAll("/rooms", "rooms", (r) => r.id, (raw, p) => this.toRoom(raw, p));
      }
      async getRoom(id) {
        const path = `/rooms/${encodeURIComponent(id)}`;
        return this.toRoom(await this.call("GET", path), path);
      }
      async patchRoom(id, patch) {
        const path = `/rooms/${encodeURIComponent(id)}`;
        return this.toRoom(await this.call("PATCH", path, patch), path);
      }
      async deleteRoomMapping(id) {
        await this.call("DELETE", `/rooms/${encodeURIComponent(id)}`);
      }
      /**
       * All members of a room. Documented as unpaginated; when `total` exceeds what came back, the rest is read
       * with `limit`/`offset` (deduplicated by user id) and a count still short of `total` is an error.
       */
      async listMembers(roomId) {
        const path = `/rooms/${encodeURIComponent(roomId)}/members`;
        const parse = (data, where) => {
          if (Array.isArray(data)) return { items: data };
          if (!isObject(data) || !Array.isArray(data.members)) throw this.shapeError(where, 'expected {"members":[\u2026]} or an array');
          return { items: data.members, total: typeof data.total === "number" ? data.total : void 0 };
        };
        const first = parse(await this.call("GET", path), path);
        const byId = /* @__PURE__ */ new Map();
        const add = (items) => {
          let fresh = 0;
          for (const raw of items) {
            const m = this.toMember(raw, path);
            if (!byId.has(m.user_id)) {
              byId.set(m.user_id, m);
              fresh++;
            }
          }
          return fresh;
        };
        add(first.items);
        let total = first.total;
        let offset = first.items.length;
        for (let n = 1; total !== void 0 && offset < total && first.items.length > 0; n++) {
          if (n >= this.maxPages) throw this.shapeError(path, `member pagination did not end after ${this.maxPages} pages`);
          const pagePath = `${path}?limit=${PAGE_LIMIT}&offset=${offset}`;
          const p = parse(await this.call("GET", pagePath), pagePath);
          if (p.items.length === 0 || add(p.items) === 0) break;
          offset += p.items.length;
          if (p.total !== void 0) total = p.total;
        }
        if (total !== void 0 && byId.size < total) {
          throw new WhootApiError({
            method: "GET",
            path,
            status: 200,
            code: "inconsistent_pagination",
            detail: `read ${byId.size} distinct members but the API reports a total of ${total}: re-run`,
            transient: true
          });
        }
        return [...byId.values()];
      }
      async addMember(roomId, userId, txPermission = false) {
        const path = `/rooms/${encodeURIComponent(roomId)}/members`;
        const data = await this.call("POST", path, { user_id: userId, tx_permission: txPermission });
        if (!isObject(data)) return { user_id: userId, room_id: roomId, tx_permission: txPermission };
        return {
          user_id: typeof data.user_id === "string" ? data.user_id : userId,
          room_id: typeof data.room_id === "string" ? data.room_id : roomId,
          tx_permission: typeof data.tx_permission === "boolean" ? data.tx_permission : txPermission
        };
      }
      async replaceMembers(roomId, members) {
        const path = `/rooms/${encodeURIComponent(roomId)}/members`;
        const data = await this.call("PUT", path, { members: members.map((m) => ({ user_id: m.user_id, tx_permission: m.tx_permission })) });
        const count = (v) => typeof v === "number" ? v : 0;
        const d = isObject(data) ? data : {};
        return {
          room_id: typeof d.room_id === "string" ? d.room_id : roomId,
          members_added: count(d.members_added),
          members_updated: count(d.members_updated),
          members_removed: count(d.members_removed)
        };
      }
      async removeMember(roomId, userId) {
        await this.call("DELETE", `/rooms/${encodeURIComponent(roomId)}/members/${encodeURIComponent(userId)}`);
      }
    };
  }
});

// src/whoot/connection.ts
function connectionFromEnv(env, flags = {}) {
  const baseUrl = flags.apiUrl ?? (env.WHOOT_API_URL || DEFAULT_API_URL);
  normaliseBaseUrl(baseUrl);
  const token2 = env.WHOOT_API_TOKEN?.trim();
  if (!token2) throw new WhootConfigError("WHOOT_API_TOKEN is not set: export the whoot API key in WHOOT_API_TOKEN (it is never accepted as a flag)");
  if (/[^\x21-\x7e]/.test(token2)) {
    throw new WhootConfigError(
      "WHOOT_API_TOKEN contains a character that cannot be sent in an HTTP header (a space, a control character or a non-ASCII character such as a typographic quote, often from copy-paste): export the key exactly as issued"
    );
  }
  const out = { baseUrl, token: token2 };
  for (const [name, field] of Object.entries(NUMERIC_ENV)) {
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new WhootConfigError(`${name} must be a positive integer, got "${raw}"`);
    out[field] = Number(raw);
  }
  return out;
}
var NUMERIC_ENV;
var init_connection = __esm({
  "src/whoot/connection.ts"() {
    "use strict";
    init_errors();
    init_url();
    NUMERIC_ENV = {
      WHOOT_API_TIMEOUT_MS: "timeoutMs",
      WHOOT_API_MAX_ATTEMPTS: "maxAttempts",
      WHOOT_API_MAX_RETRY_WAIT_MS: "maxRetryWaitMs"
    };
  }
});

// src/whoot/index.ts
var init_whoot = __esm({
  "src/whoot/index.ts"() {
    "use strict";
    init_client();
    init_errors();
    init_connection();
    init_url();
  }
});

// src/engine.ts
async function validateTree(dir, ctx) {
  const started = Date.now();
  const result = await loadDesiredState(dir, ctx.today === void 0 ? {} : { today: ctx.today });
  ctx.logger.debug(
    { dir, ms: Date.now() - started, ok: result.ok, ...result.ok ? { rooms: result.desired.rooms.length } : { errors: result.errors.length } },
    "tree loaded"
  );
  return result;
}
function requiredScopes(needWrite) {
  return needWrite ? ["api:users:read", "api:rooms:read", "api:rooms:write"] : ["api:users:read", "api:rooms:read"];
}
async function planTree(opts, conn, ctx) {
  const only = opts.only !== void 0 && opts.only.length > 0 ? opts.only : void 0;
  if (opts.desired === void 0 && treeFolderProblem(opts.dir) !== null) {
    const loaded2 = await loadDesiredState(opts.dir, ctx.today === void 0 ? {} : { today: ctx.today });
    if (!loaded2.ok) return { kind: "invalid", errors: loaded2.errors };
  }
  const planOptions = {
    maxRemovalPercent: opts.maxRemovalPercent,
    ...opts.force === void 0 ? {} : { force: opts.force },
    ...only === void 0 ? {} : { only }
  };
  const scopes = requiredScopes(ctx.needWrite === true);
  const run = startOverlappedPlan(
    {
      dir: opts.dir,
      planOptions,
      logger: ctx.logger,
      ...opts.desired === void 0 ? {} : { desired: opts.desired },
      ...ctx.today === void 0 ? {} : { today: ctx.today },
      ...ctx.signal === void 0 ? {} : { signal: ctx.signal }
    },
    (signal, select, observe) => readLive(conn, { ...ctx, signal }, scopes, select, observe)
  );
  const startedLoad = Date.now();
  let loaded;
  try {
    loaded = await run.tree;
  } catch (err) {
    await run.cancel(err);
    throw err;
  }
  ctx.logger.debug(
    { dir: opts.dir, ms: Date.now() - startedLoad, ok: loaded.ok, ...loaded.ok ? { rooms: loaded.desired.rooms.length } : { errors: loaded.errors.length } },
    "tree loaded"
  );
  if (!loaded.ok) {
    await run.cancel(new Error("the tree is invalid: live reads cancelled"));
    return { kind: "invalid", errors: loaded.errors };
  }
  const { plan: plan3, live } = await run.plan(loaded.desired);
  return { kind: "planned", plan: plan3, live };
}
async function readLive(conn, ctx, scopes, select, observe = {}) {
  const { api, schedule } = connect(conn, ctx, ctx.signal);
  ctx.signal?.throwIfAborted();
  await api.preflight(scopes);
  const started = Date.now();
  let lastShown = 0;
  const live = await readLiveState(api, {
    ...observe,
    selectRooms: select,
    concurrency: conn.concurrency,
    schedule,
    ...ctx.signal === void 0 ? {} : { signal: ctx.signal },
    onProgress: (done, total) => {
      if (done === total || done - lastShown >= Math.max(1, Math.floor(total / 50))) {
        lastShown = done;
        ctx.progress?.(`reading members ${done}/${total} rooms`);
      }
    }
  });
  ctx.logger.debug(
    { ms: Date.now() - started, users: live.users.length, rooms: live.rooms.length, rooms_read: Object.keys(live.members).length },
    "live state read"
  );
  return live;
}
async function executePlan(planned, conn, opts, ctx) {
  const drainTimeoutMs = opts.drainTimeoutMs ?? 2e4;
  const hardStop = new AbortController();
  let report;
  try {
    const { api } = connect(conn, ctx, hardStop.signal);
    const emails = new Map((opts.users ?? []).map((u) => [u.id, u.email]));
    report = await executePlanWithApi(api, planned, {
      emailOf: (id) => emails.get(id),
      concurrency: conn.concurrency,
      logger: ctx.logger,
      drainTimeoutMs,
      ...opts.force === void 0 ? {} : { force: opts.force },
      ...opts.forceRooms === void 0 ? {} : { forceRooms: opts.forceRooms },
      ...opts.reviewed === void 0 ? {} : { reviewed: opts.reviewed },
      ...ctx.signal === void 0 ? {} : { signal: ctx.signal },
      onProgress: (done, total) => ctx.progress?.(`applied ${done}/${total} rooms`)
    });
  } finally {
    if (ctx.signal?.aborted) hardStop.abort();
  }
  ctx.logger.debug({ ...report.summary }, "apply finished");
  return report;
}
function connect(conn, ctx, signal) {
  if (ctx.api) return { api: ctx.api };
  if (conn.token === void 0 || conn.token === "") {
    throw new Error("WHOOT_API_TOKEN is not set: plan, apply and export read the whoot API key from that environment variable only");
  }
  const api = createWhootClient({
    ...conn.tuning,
    baseUrl: conn.apiUrl,
    token: conn.token,
    logger: ctx.logger,
    maxConcurrency: conn.concurrency,
    pageConcurrency: conn.concurrency,
    ...signal === void 0 ? {} : { signal }
  });
  return { api, schedule: (task) => task() };
}
var init_engine = __esm({
  "src/engine.ts"() {
    "use strict";
    init_execute();
    init_desired();
    init_readLiveState();
    init_overlapped_plan();
    init_whoot();
  }
});

// src/render/room-diff.ts
function who(m, people, withName) {
  const person = people?.[m.user_id];
  const out = { email: m.email };
  if (withName && person !== void 0 && person.display_name !== "") out.name = person.display_name;
  const note = nonAsciiNote(m.email) ?? (person?.looks_like?.length ? `looks like ${person.looks_like.join(", ")}` : null);
  if (note !== null) out.note = note;
  return out;
}
function roomDiff(r, people) {
  const rows = [];
  for (const m of r.add) rows.push({ kind: "add", who: who(m, people, true), perm: perm2(m.tx_permission) });
  const expired = (m) => m.expired === void 0 ? {} : { expired: m.expired };
  for (const m of r.remove) rows.push({ kind: "remove", who: who(m, people, false), ...expired(m) });
  for (const m of r.update) {
    rows.push({
      kind: "update",
      who: who(m, people, true),
      from: perm2(!m.tx_permission),
      to: perm2(m.tx_permission),
      ...expired(m)
    });
  }
  for (const [key, c] of Object.entries(r.metadata)) {
    rows.push({ kind: "metadata", key, from: metaValue(c.from), to: metaValue(c.to) });
  }
  for (const x of r.expiring) {
    rows.push({
      kind: "expiring",
      who: who({ user_id: "", email: x.email }, void 0, false),
      expires: x.expires,
      file: x.file,
      line: x.line
    });
  }
  return rows;
}
function emailText(w, esc) {
  return w.note === void 0 ? esc(w.email) : `\u26A0 ${esc(w.email)} (${esc(w.note)})`;
}
function expiredText(c, esc) {
  return c === void 0 ? "" : ` (expired ${esc(c.date)}, ${esc(c.file)}:${c.line})`;
}
function nameText(w, esc) {
  return w.name === void 0 ? "" : ` (${esc(w.name)})`;
}
var perm2, metaValue;
var init_room_diff = __esm({
  "src/render/room-diff.ts"() {
    "use strict";
    init_unicode();
    perm2 = (tx) => tx ? "transmit" : "listen";
    metaValue = (v) => v === null ? "(none)" : JSON.stringify(v);
  }
});

// src/render/summary.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function renderSummaryLine(plan3, guardLifted = false) {
  const s = plan3.summary;
  const tail = [];
  if (s.blocked > 0) {
    tail.push(`${plural(s.blocked, "room")} ${guardLifted ? "over the mass-removal guard (lifted)" : "blocked by the mass-removal guard"}`);
  }
  if (s.errored > 0) tail.push(`${plural(s.errored, "room")} with errors (not planned)`);
  const suffix = tail.length > 0 ? `; ${tail.join(", ")}` : "";
  if (s.rooms_changed === 0 && s.errored === 0) {
    return `No changes. whoot matches the tree (${plural(s.rooms_managed, "room")}, ${s.rooms_unmanaged} unmanaged).`;
  }
  if (s.rooms_changed === 0) {
    return `Plan: no rooms to change, ${s.rooms_unchanged} unchanged, ${s.rooms_unmanaged} unmanaged${suffix}.`;
  }
  const metadata = s.metadata > 0 ? `, ${plural(s.metadata, "metadata change")}` : "";
  return `Plan: ${plural(s.rooms_changed, "room")} to change: +${s.add} -${s.remove} ~${s.update}${metadata}, ${s.rooms_unchanged} unchanged, ${s.rooms_unmanaged} unmanaged${suffix}`;
}
var init_summary = __esm({
  "src/render/summary.ts"() {
    "use strict";
  }
});

// src/render/text.ts
function painter(color) {
  return color ? (code, s) => `\x1B[${code}m${s}\x1B[0m` : (_code, s) => s;
}
function diffLine(row, p) {
  switch (row.kind) {
    case "add":
      return `    ${p(SGR.green, `+ ${emailText(row.who, textEscape)}`)}${nameText(row.who, textEscape)} ${row.perm}`;
    case "remove":
      return `    ${p(SGR.red, `- ${emailText(row.who, textEscape)}`)}${expiredText(row.expired, textEscape)}`;
    case "update":
      return `    ${p(SGR.yellow, `~ ${emailText(row.who, textEscape)}`)}${nameText(row.who, textEscape)} ${row.from} \u2192 ${row.to}` + expiredText(row.expired, textEscape);
    case "metadata":
      return `    ${p(SGR.yellow, `~ ${row.key}`)}: ${textEscape(row.from)} \u2192 ${textEscape(row.to)}`;
    case "expiring":
      return `    ${p(SGR.cyan, `\u23F2 ${emailText(row.who, textEscape)}`)} expires ${textEscape(row.expires)} (${textEscape(row.file)}:${row.line})`;
  }
}
function roomLines(r, p, people) {
  const lines = [];
  const where = `${textEscape(r.file)}${r.id ? `, ${textEscape(r.id)}` : ""}`;
  if (r.errors.length > 0) {
    lines.push(p(`${SGR.bold};${SGR.red}`, `x room "${textEscape(r.name)}" (${where}): not planned, ${r.errors.length} error${r.errors.length === 1 ? "" : "s"}`));
    for (const e of r.errors) lines.push(`    ${p(SGR.red, "error:")} ${textEscape(e.file)}:${e.line}:${e.column}: ${textEscape(e.message)}`);
    return lines;
  }
  if (r.blocked !== null) {
    lines.push(
      p(`${SGR.bold};${SGR.red}`, `! room "${textEscape(r.name)}" (${where}): BLOCKED by the mass-removal guard`) + p(SGR.dim, `  ${r.members_before} \u2192 ${r.members_after} members`)
    );
    lines.push(`    ${p(SGR.red, `${textEscape(r.blocked)}; not applied unless --force`)}`);
  } else {
    lines.push(p(SGR.bold, `~ room "${textEscape(r.name)}" (${where})`) + p(SGR.dim, `  ${r.members_before} \u2192 ${r.members_after} members${r.mode === "additive" ? ", additive" : ""}`));
  }
  for (const row of roomDiff(r, people)) lines.push(diffLine(row, p));
  return lines;
}
function renderText(plan3, options) {
  const p = painter(options.color);
  const out = [];
  for (const r of plan3.rooms) {
    out.push(...roomLines(r, p, plan3.people), "");
  }
  if (plan3.warnings.length > 0) {
    for (const w of plan3.warnings) {
      const where = w.file !== void 0 ? `${textEscape(w.file)}${w.line !== void 0 ? `:${w.line}` : ""}: ` : "";
      out.push(`${where}${p(SGR.yellow, `warning[${w.code}]:`)} ${textEscape(w.message)}`);
    }
    out.push("");
  }
  out.push(p(SGR.bold, renderSummaryLine(plan3)));
  return `${out.join("\n")}
`;
}
var SGR;
var init_text = __esm({
  "src/render/text.ts"() {
    "use strict";
    init_escape();
    init_room_diff();
    init_summary();
    SGR = { bold: "1", red: "31", green: "32", yellow: "33", cyan: "36", dim: "2" };
  }
});

// src/render/json.ts
function member(m) {
  return { user_id: m.user_id, email: m.email, tx_permission: m.tx_permission };
}
function change(m) {
  return m.expired === void 0 ? member(m) : { ...member(m), expired: m.expired.date };
}
function room2(r) {
  const metadata = {};
  if (r.metadata.display_name) metadata.display_name = { from: r.metadata.display_name.from, to: r.metadata.display_name.to };
  if (r.metadata.external_id) metadata.external_id = { from: r.metadata.external_id.from, to: r.metadata.external_id.to };
  return {
    id: r.id,
    name: r.name,
    file: r.file,
    fingerprint: r.fingerprint,
    mode: r.mode,
    add: r.add.map(member),
    remove: r.remove.map(change),
    update: r.update.map(change),
    metadata,
    members_before: r.members_before,
    members_after: r.members_after,
    blocked: r.blocked,
    errors: r.errors.map((e) => ({ message: e.message, file: e.file, line: e.line, column: e.column })),
    expiring: r.expiring.map((e) => ({ email: e.email, expires: e.expires, file: e.file, line: e.line }))
  };
}
function planToJson(plan3) {
  const s = plan3.summary;
  return {
    format_version: plan3.format_version,
    fingerprint: plan3.fingerprint,
    summary: {
      rooms_managed: s.rooms_managed,
      rooms_changed: s.rooms_changed,
      rooms_unchanged: s.rooms_unchanged,
      rooms_unmanaged: s.rooms_unmanaged,
      add: s.add,
      remove: s.remove,
      update: s.update,
      metadata: s.metadata,
      blocked: s.blocked,
      errored: s.errored
    },
    rooms: plan3.rooms.map(room2),
    warnings: plan3.warnings.map((w) => {
      const out = {
        code: w.code,
        message: w.message
      };
      if (w.file !== void 0) out.file = w.file;
      if (w.line !== void 0) out.line = w.line;
      if (w.room_id !== void 0) out.room_id = w.room_id;
      return out;
    })
  };
}
function renderJson(plan3) {
  return `${JSON.stringify(planToJson(plan3), null, 2)}
`;
}
var init_json = __esm({
  "src/render/json.ts"() {
    "use strict";
  }
});

// src/review/comment-block.ts
function reviewableRooms(plan3) {
  return plan3.rooms.filter((r) => r.errors.length === 0 && r.id !== "");
}
function machineBlockData(plan3, meta, detail = "map") {
  const rooms = reviewableRooms(plan3);
  const lifted = meta.guardLiftedBy ? rooms.filter((r) => r.blocked !== null).map((r) => r.id).sort(cmp) : [];
  const block = {
    v: 2,
    path: meta.path,
    fingerprint: plan3.fingerprint,
    head_sha: meta.headSha ?? null,
    rooms: null,
    lifted
  };
  const effective = detail === "map" && rooms.some((r) => r.id.length > MAX_ROOM_ID) ? "digests" : detail;
  if (effective === "map") {
    const map = {};
    for (const r of [...rooms].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
      map[r.id] = roomDigest(r.id, r.fingerprint);
    }
    block.rooms = map;
  } else if (effective === "digests") {
    block.digests = rooms.map((r) => roomDigest(r.id, r.fingerprint)).sort().join(" ");
  }
  return block;
}
function renderMachineBlock(plan3, meta, detail = "map") {
  return `${START}${jsonForHtmlComment(machineBlockData(plan3, meta, detail))}${END}`;
}
var START, MAX_ROOM_ID, END;
var init_comment_block = __esm({
  "src/review/comment-block.ts"() {
    "use strict";
    init_fingerprint();
    init_match();
    init_escape();
    START = "<!-- whoot-rooms:plan ";
    MAX_ROOM_ID = 200;
    END = " -->";
  }
});

// src/render/critical.ts
function isCritical(row) {
  return row.kind === "add" && row.perm === "transmit" || row.kind === "update" && row.to === "transmit" || row.kind === "remove";
}
function criticalRows(rooms, diff) {
  const out = [];
  for (const room3 of rooms) {
    const rows = diff(room3).filter(isCritical);
    if (rows.length > 0) out.push({ room: room3, rows });
  }
  return out;
}
function criticalItem(room3, row) {
  const c = (s) => mdCode(s);
  const where = `${mdSpan(room3.name)}${room3.blocked !== null ? " \u26D4" : ""}`;
  switch (row.kind) {
    case "add":
      return `- ${where}: **+ transmit** ${emailText(row.who, c)}${nameText(row.who, mdEscape)}`;
    case "update":
      return `- ${where}: **listen \u2192 transmit** ${emailText(row.who, c)}${nameText(row.who, mdEscape)}`;
    case "remove":
      return `- ${where}: **removed** ${emailText(row.who, c)}${expiredText(row.expired, mdEscape)}`;
    default:
      return "";
  }
}
function renderCriticalSection(critical, limit, where) {
  const items = critical.flatMap(({ room: room3, rows }) => rows.map((row) => criticalItem(room3, row)));
  if (items.length === 0) return [];
  const grants = critical.reduce((n, c) => n + c.rows.filter((r) => r.kind !== "remove").length, 0);
  const removals = items.length - grants;
  const out = [
    `#### Transmit grants and removals (${plural2(grants, "grant")}, ${plural2(removals, "removal")}: always listed)`,
    ""
  ];
  const shown = Math.min(limit, items.length);
  if (shown < items.length) {
    out.push(
      "> [!WARNING]",
      `> **${items.length - shown} of ${items.length} transmit grants and removals are not shown here**: the comment is at GitHub's size limit. ${mdEscape(where)} has them all; read it before approving.`,
      ""
    );
  }
  out.push(...items.slice(0, shown), "");
  return out;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var init_critical = __esm({
  "src/render/critical.ts"() {
    "use strict";
    init_escape();
    init_room_diff();
  }
});

// src/render/markdown.ts
function plural3(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function diffLine2(row) {
  const c = (s) => codeLine(s);
  const whoText = (w) => emailText(w, c) + nameText(w, c);
  switch (row.kind) {
    case "add":
      return `+ ${whoText(row.who)} ${row.perm}`;
    case "remove":
      return `- ${whoText(row.who)}${expiredText(row.expired, c)}`;
    case "update":
      return `! ${whoText(row.who)} ${row.from} \u2192 ${row.to}${expiredText(row.expired, c)}`;
    case "metadata":
      return `! ${row.key}: ${c(row.from)} \u2192 ${c(row.to)}`;
    case "expiring":
      return `# ${whoText(row.who)} expires ${c(row.expires)}`;
  }
}
function diffLines(r, people) {
  return roomDiff(r, people).map(diffLine2);
}
function trimmedDiff(r, people, maxLines) {
  const rows = roomDiff(r, people);
  if (rows.length <= maxLines) return { lines: rows.map(diffLine2), cut: 0 };
  let others = 0;
  const kept = rows.filter((row) => isCritical(row) || (others += 1) <= maxLines);
  return { lines: kept.map(diffLine2), cut: rows.length - kept.length };
}
function counts(r) {
  const parts = [`+${r.add.length} -${r.remove.length} ~${r.update.length}`];
  const md = Object.keys(r.metadata);
  if (md.length > 0) parts.push(md.join(", "));
  parts.push(`${r.members_before} \u2192 ${r.members_after} members`);
  return parts.join(", ");
}
function roomDetails(r, people, maxLines) {
  const { lines: shown, cut } = trimmedDiff(r, people, maxLines);
  if (cut > 0) shown.push(`\u2026 ${cut} more lines not shown (listen adds, downgrades, metadata)`);
  const body = shown.join("\n");
  const f = fence(body);
  const mark = r.blocked !== null ? "\u26D4 " : "";
  return [
    `<details><summary>${mark}<b>${mdEscape(r.name)}</b> ${mdCode(r.file)}: ${counts(r)}</summary>`,
    "",
    `${f}diff`,
    body,
    f,
    "",
    "</details>"
  ].join("\n");
}
function errorItem(room3, err) {
  return `- ${mdSpan(room3.name)} ${mdCode(`${err.file}:${err.line}:${err.column}`)}: ${mdText(err.message, 500)}`;
}
function capped(items, limit, render, what) {
  const lines = items.slice(0, limit).map(render);
  if (items.length > limit) lines.push(`- \u2026and ${plural3(items.length - limit, what)} more (omitted here)`);
  return lines;
}
function footerLine(footer) {
  const parts = [];
  if (footer.headSha) parts.push(`commit ${mdCode(footer.headSha, 64)}`);
  if (footer.runUrl) {
    parts.push(
      /^https?:\/\/[^\s()<>"'`]+$/.test(footer.runUrl) && footer.runUrl.length < 500 ? `[workflow run](${footer.runUrl})` : `run ${mdCode(footer.runUrl)}`
    );
  }
  if (footer.path) parts.push(`tree ${mdCode(footer.path)}`);
  return parts.length === 0 ? null : `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function renderStage(plan3, opts, stage, machine) {
  const out = [];
  const listLimit = stage.kind === "full" ? Infinity : stage.listItems;
  out.push(`### ${mdEscape(opts.title ?? "whoot-rooms plan")}`, "", `**${renderSummaryLine(plan3, Boolean(opts.guardLiftedBy))}**`, "");
  if (opts.notice) out.push("> [!WARNING]", `> **${mdEscape(opts.notice, 1e3)}**`, "");
  const blocked = plan3.rooms.filter((r) => r.blocked !== null);
  const lifted = opts.guardLiftedBy ?? null;
  if (blocked.length > 0 && lifted !== null) {
    const item = (r) => `${blockedItem(r)}: guard lifted by label ${mdCode(lifted)}`;
    out.push(
      "> [!CAUTION]",
      `> **${plural3(blocked.length, "room")} over the mass-removal guard: guard lifted by label ${mdCode(lifted)}**. Review these removals: on merge they are applied as shown, as long as the label is still on the pull request.`,
      ...capped(blocked, listLimit, item, "blocked room").map((l) => l.startsWith(">") ? l : `> ${l}`),
      ""
    );
  } else if (blocked.length > 0) {
    out.push(
      "> [!CAUTION]",
      `> **${plural3(blocked.length, "room")} blocked by the mass-removal guard**: not applied unless the guard is lifted (\`--force\`, or the override label on the pull request when it is planned).`,
      ...capped(blocked, listLimit, blockedItem, "blocked room").map((l) => l.startsWith(">") ? l : `> ${l}`),
      ""
    );
  }
  const errored = plan3.rooms.filter((r) => r.errors.length > 0);
  if (errored.length > 0) {
    const errors = errored.flatMap((r) => r.errors.map((err) => ({ room: r, err })));
    out.push(
      `#### Errors: ${plural3(errored.length, "room")} not planned`,
      "",
      ...capped(
        errors,
        listLimit,
        ({ room: room3, err }) => errorItem(room3, err),
        "error"
      ),
      ""
    );
  }
  if (plan3.warnings.length > 0) {
    out.push(
      "#### Warnings",
      "",
      ...capped(
        plan3.warnings,
        listLimit,
        (w) => `- ${w.file !== void 0 ? `${mdCode(w.line !== void 0 ? `${w.file}:${w.line}` : w.file)} ` : ""}**${mdEscape(w.code)}**: ${mdText(w.message, 500)}`,
        "warning"
      ),
      ""
    );
  }
  const changed = plan3.rooms.filter((r) => r.errors.length === 0);
  const omitted = [];
  if (changed.length > 0) {
    out.push("#### Changes", "");
    if (stage.kind === "full" || stage.kind === "trimmed") {
      const maxLines = stage.kind === "full" ? Infinity : stage.diffLines;
      for (const r of changed) out.push(roomDetails(r, plan3.people, maxLines), "");
      if (stage.kind === "trimmed" && changed.some((r) => diffLines(r, plan3.people).length > maxLines)) {
        omitted.push(`diffs longer than ${maxLines} lines are cut short (transmit grants and removals are all shown)`);
      }
    } else {
      const where = opts.fullPlanHint ?? "The job summary";
      out.push(...renderCriticalSection(criticalRows(changed, (r) => roomDiff(r, plan3.people)), stage.critical, where));
      const rows = stage.kind === "partial" ? Math.min(stage.rows, changed.length) : changed.length;
      out.push(
        "| Room | File | +listen | +transmit | - | ~ | Metadata | Members |",
        "|---|---|--:|--:|--:|--:|---|---|"
      );
      for (const r of changed.slice(0, rows)) {
        const md = Object.keys(r.metadata).join(", ");
        const tx = r.add.filter((m) => m.tx_permission).length;
        out.push(
          `| ${r.blocked !== null ? "\u26D4 " : ""}${mdEscape(r.name)} | ${mdCode(r.file)} | ${r.add.length - tx} | ${tx} | ${r.remove.length} | ${r.update.length} | ${md} | ${r.members_before} \u2192 ${r.members_after} |`
        );
      }
      out.push("");
      omitted.push("per-member diffs are left out (counts only)");
      if (rows < changed.length) {
        out.push(`\u2026and ${plural3(changed.length - rows, "more room")} to change, not shown here.`, "");
        omitted.push(`${plural3(changed.length - rows, "changed room")} not listed`);
      }
    }
  }
  if (listLimit !== Infinity) {
    const over = (n) => n > listLimit;
    if (over(blocked.length) || over(plan3.warnings.length) || over(errored.flatMap((r) => r.errors).length)) {
      omitted.push(`lists longer than ${listLimit} items are cut short`);
    }
  }
  const s = plan3.summary;
  out.push(
    `${plural3(s.rooms_unchanged, "room")} unchanged, ${s.rooms_unmanaged} unmanaged (not in any file, never touched).`,
    ""
  );
  if (omitted.length > 0) {
    out.push(
      `> [!NOTE]`,
      `> This plan is too large for one comment: ${omitted.join("; ")}. The full plan is in ${mdEscape(opts.fullPlanHint ?? "the job summary and the plan file")}.`,
      ""
    );
  }
  const footer = opts.footer ? footerLine(opts.footer) : null;
  if (footer !== null) out.push("---", footer, "");
  if (machine !== null) out.push(machine, "");
  return out.join("\n");
}
function renderMarkdown(plan3, opts = {}) {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const blocks = /* @__PURE__ */ new Map();
  const machine = (detail) => {
    if (!opts.machine) return null;
    let b = blocks.get(detail);
    if (b === void 0) {
      b = renderMachineBlock(plan3, opts.machine, detail);
      blocks.set(detail, b);
    }
    return b;
  };
  const details = opts.machine ? ["map", "digests"] : ["none"];
  const stages = [
    { kind: "full" },
    { kind: "trimmed", diffLines: 20, listItems: 50 },
    { kind: "trimmed", diffLines: 5, listItems: 20 },
    { kind: "counts", listItems: 20, critical: Infinity }
  ];
  for (const stage of stages) {
    for (const d of details) {
      if ((machine(d)?.length ?? 0) > max) continue;
      const body = renderStage(plan3, opts, stage, machine(d));
      if (body.length <= max) return body;
    }
  }
  const changedCount = plan3.rooms.filter((r) => r.errors.length === 0).length;
  const lastResort = opts.machine ? ["map", "digests", "none"] : ["none"];
  const largest = (hi0, fits) => {
    let lo = 0;
    let hi = hi0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const listItems of [10, 3, 0]) {
    for (const d of lastResort) {
      const at4 = (rows) => renderStage(plan3, opts, { kind: "partial", rows, listItems, critical: Infinity }, machine(d));
      if (at4(0).length > max) continue;
      return at4(largest(changedCount, (n) => at4(n).length <= max));
    }
  }
  const criticalCount = plan3.rooms.reduce((n, r) => n + r.remove.length + r.update.length + r.add.length, 0);
  for (const d of lastResort) {
    const at4 = (critical) => renderStage(plan3, opts, { kind: "partial", rows: 0, listItems: 0, critical }, machine(d));
    if (at4(0).length > max) continue;
    return at4(largest(criticalCount, (n) => at4(n).length <= max));
  }
  const bare = { ...opts, footer: void 0 };
  const tiny = { kind: "partial", rows: 0, listItems: 0, critical: 0 };
  const withoutFooter = renderStage(plan3, bare, tiny, machine("none"));
  if (withoutFooter.length <= max) return withoutFooter;
  return renderStage(plan3, bare, tiny, null);
}
var DEFAULT_MAX_CHARS, blockedItem;
var init_markdown = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_escape();
    init_room_diff();
    init_comment_block();
    init_summary();
    init_critical();
    DEFAULT_MAX_CHARS = 65e3;
    blockedItem = (r) => `> - ${mdSpan(r.name)} (${mdCode(r.file)}): ${mdEscape(r.blocked ?? "")}`;
  }
});

// src/render/apply-report.ts
function plural4(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function renderApplySummaryLine(report) {
  const s = report.summary;
  return `Applied ${plural4(s.applied, "room")}, skipped ${s.skipped}, failed ${s.failed}, ${s.unchanged} unchanged${s.interrupted ? " (interrupted: rooms not started were skipped)" : ""}.`;
}
function changeCounts(r) {
  const parts = [`+${r.members_added} -${r.members_removed} ~${r.members_updated}`];
  if (r.metadata.length > 0) parts.push(r.metadata.join(", "));
  return parts.join(", ");
}
function label(r) {
  return r.id === "" ? textEscape(r.name) : `${textEscape(r.name)} (${textEscape(r.id)})`;
}
function renderText2(report) {
  const out = [];
  for (const r of report.applied) {
    out.push(`\u2713 applied ${label(r)}: ${textEscape(changeCounts(r))}`);
    if (r.warning) out.push(`    warning: ${textEscape(r.warning)}`);
  }
  for (const r of report.skipped) out.push(`- skipped ${label(r)}: ${r.reason}: ${textEscape(r.message)}`);
  for (const r of report.failed) out.push(`\u2717 failed ${label(r)}: ${textEscape(r.error)}`);
  if (out.length > 0) out.push("");
  out.push(renderApplySummaryLine(report));
  return `${out.join("\n")}
`;
}
function renderMd(report) {
  const out = ["### whoot-rooms apply", "", `**${renderApplySummaryLine(report)}**`, ""];
  if (report.failed.length > 0) {
    out.push("#### Failed", "", ...report.failed.map((r) => `- **${mdEscape(r.name)}** ${mdCode(r.id)}: ${mdEscape(r.error, 500)}`), "");
  }
  if (report.skipped.length > 0) {
    out.push(
      "#### Skipped",
      "",
      ...report.skipped.map((r) => `- **${mdEscape(r.name)}** ${mdCode(r.id)}: ${mdEscape(r.reason)}: ${mdEscape(r.message, 500)}`),
      ""
    );
  }
  if (report.applied.length > 0) {
    out.push(
      "#### Applied",
      "",
      ...report.applied.map(
        (r) => `- **${mdEscape(r.name)}** ${mdCode(r.id)}: ${mdEscape(changeCounts(r))}${r.warning ? `. \u26A0\uFE0F ${mdEscape(r.warning, 500)}` : ""}`
      ),
      ""
    );
  }
  return out.join("\n");
}
function renderJson2(report) {
  const data = {
    applied: report.applied.map((r) => ({
      id: r.id,
      name: r.name,
      members_added: r.members_added,
      members_updated: r.members_updated,
      members_removed: r.members_removed,
      metadata: [...r.metadata],
      ...r.warning !== void 0 ? { warning: r.warning } : {}
    })),
    skipped: report.skipped.map((r) => ({
      id: r.id,
      name: r.name,
      reason: r.reason,
      message: r.message,
      ...r.changed === void 0 ? {} : { changed: r.changed }
    })),
    failed: report.failed.map((r) => ({ id: r.id, name: r.name, error: r.error })),
    summary: {
      applied: report.summary.applied,
      skipped: report.summary.skipped,
      failed: report.summary.failed,
      unchanged: report.summary.unchanged,
      interrupted: report.summary.interrupted
    }
  };
  return `${JSON.stringify(data, null, 2)}
`;
}
function renderApplyReport(report, format) {
  switch (format) {
    case "text":
      return renderText2(report);
    case "markdown":
      return renderMd(report);
    case "json":
      return renderJson2(report);
  }
}
var init_apply_report = __esm({
  "src/render/apply-report.ts"() {
    "use strict";
    init_escape();
  }
});

// src/render/index.ts
var init_render = __esm({
  "src/render/index.ts"() {
    "use strict";
    init_text();
    init_json();
    init_markdown();
    init_summary();
    init_apply_report();
  }
});

// src/commands/connection.ts
function connectionFrom(values, io) {
  const flagUrl = typeof values["api-url"] === "string" ? values["api-url"] : void 0;
  const concurrency = intOption("concurrency", typeof values.concurrency === "string" ? values.concurrency : void 0, 4, 1, 64);
  const token2 = io.env.WHOOT_API_TOKEN?.trim() || void 0;
  if (token2 === void 0) return { apiUrl: flagUrl ?? (io.env.WHOOT_API_URL || DEFAULT_API_URL2), token: token2, concurrency };
  const { baseUrl, token: _token, ...tuning } = connectionFromEnv(io.env, flagUrl === void 0 ? {} : { apiUrl: flagUrl });
  return { apiUrl: baseUrl, token: token2, concurrency, tuning };
}
function requireToken(conn) {
  if (conn.token === void 0) {
    throw new UsageError("WHOOT_API_TOKEN is not set: export the whoot API key in that environment variable (it is never read from a flag)");
  }
}
function maxRemovalPercentFrom(value) {
  return intOption("max-removal-percent", typeof value === "string" ? value : void 0, 25, 0, 100);
}
function useColor(io) {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
function progressLine(io) {
  if (io.stderr.isTTY !== true) return { done: () => void 0 };
  let shown = false;
  return {
    progress: (message) => {
      shown = true;
      io.stderr.write(`\r\x1B[K${message}`);
    },
    done: () => {
      if (shown) io.stderr.write("\r\x1B[K");
      shown = false;
    }
  };
}
function formatOption(value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, got "${String(value)}"`);
}
function todayOption(value) {
  if (value === void 0) return {};
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`--today must be a YYYY-MM-DD date, got "${String(value)}"`);
  }
  return { today: value };
}
var DEFAULT_API_URL2, CONNECTION_OPTIONS, CONNECTION_HELP, ENVIRONMENT_HELP;
var init_connection2 = __esm({
  "src/commands/connection.ts"() {
    "use strict";
    init_whoot();
    init_common();
    DEFAULT_API_URL2 = "https://api.whoot.me";
    CONNECTION_OPTIONS = {
      "api-url": { type: "string" },
      concurrency: { type: "string" }
    };
    CONNECTION_HELP = [
      "  --api-url URL          whoot Management API base URL (default: $WHOOT_API_URL, else https://api.whoot.me)",
      "  --concurrency N        API requests in flight at once, 1-64 (default 4)"
    ];
    ENVIRONMENT_HELP = [
      "Environment:",
      "  WHOOT_API_TOKEN        the whoot API key (required; never passed as a flag)",
      "  WHOOT_API_URL          the API base URL when --api-url is not given",
      "  NO_COLOR               disable colour on a terminal",
      "  LOG_LEVEL              log level when --log-level is not given (logs go to stderr)"
    ];
  }
});

// src/commands/plan.ts
var plan_exports = {};
__export(plan_exports, {
  default: () => plan2
});
import { writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
async function plan2(argv, io) {
  const { values } = parseCommandArgs(argv, {
    dir: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    "detailed-exitcode": { type: "boolean" },
    room: { type: "string", multiple: true },
    today: { type: "string" },
    "max-removal-percent": { type: "string" },
    ...CONNECTION_OPTIONS
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = formatOption(values.format, FORMATS, "text");
  const maxRemovalPercent = maxRemovalPercentFrom(values["max-removal-percent"]);
  const conn = connectionFrom(values, io);
  requireToken(conn);
  const logger = commandLogger(values, io);
  const today = todayOption(values.today);
  const dir = resolve2(io.cwd, values.dir ?? ".");
  const line = progressLine(io);
  let outcome;
  try {
    outcome = await planTree(
      { dir, maxRemovalPercent, ...values.room ? { only: values.room } : {} },
      conn,
      { logger, ...today, ...line.progress ? { progress: line.progress } : {} }
    );
  } finally {
    line.done();
  }
  if (outcome.kind === "invalid") {
    for (const l of formatSourceErrors(outcome.errors)) io.stderr.write(`${l}
`);
    io.stderr.write(`${outcome.errors.length} error${outcome.errors.length === 1 ? "" : "s"} in the tree; no plan was made and nothing was written to whoot.
`);
    return 1;
  }
  const planned = outcome.plan;
  if (values.out !== void 0) writeFileSync(resolve2(io.cwd, values.out), renderJson(planned));
  if (format === "json") io.stdout.write(renderJson(planned));
  else if (format === "markdown") io.stdout.write(renderMarkdown(planned, { maxChars: 1e6 }));
  else io.stdout.write(renderText(planned, { color: useColor(io) }));
  if (planned.summary.errored > 0) return 1;
  return values["detailed-exitcode"] && planned.summary.rooms_changed > 0 ? 2 : 0;
}
var FORMATS, HELP;
var init_plan2 = __esm({
  "src/commands/plan.ts"() {
    "use strict";
    init_desired();
    init_engine();
    init_render();
    init_common();
    init_connection2();
    FORMATS = ["text", "markdown", "json"];
    HELP = [
      "Usage: whoot-rooms plan [options]",
      "",
      "Show what `apply` would change in whoot: reads the tree, then the live users, rooms and the members of the",
      "managed rooms (never any other room), and prints the changes per room. Writes nothing to whoot.",
      "",
      "Options:",
      "  --dir DIR              the desired-state tree (holds rooms/ and groups/; default .)",
      "  --format FORMAT        text (default), markdown or json (the JSON plan contract)",
      "  --out FILE             also write the JSON plan to FILE (review it, then `apply --plan-file FILE`)",
      "  --detailed-exitcode    exit 0 when there are no changes, 2 when there are changes",
      "  --today DATE           YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)",
      "  --room NAME            plan only this room (its name, file or id); repeat for several",
      "  --max-removal-percent P  mass-removal guard: block a room losing \u22653 members and more than P% (default 25)",
      ...CONNECTION_HELP,
      "  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent",
      "  --log-format FORMAT    text (default) or json; logs always go to stderr",
      "  -h, --help             show this help",
      "",
      "Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes (only with --detailed-exitcode),",
      "            1 any error: invalid tree, a room with errors, an API failure.",
      "",
      ...ENVIRONMENT_HELP,
      ""
    ].join("\n");
  }
});

// src/review/plan-file.ts
function reviewedPlanFromJson(text, source = "plan file") {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(`${source}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(data) || data.format_version !== 1) {
    throw new PlanFileError(`${source}: not a whoot-rooms plan (expected "format_version": 1; write one with \`plan --out FILE\`)`);
  }
  if (typeof data.fingerprint !== "string" || !data.fingerprint.startsWith("sha256:")) {
    throw new PlanFileError(`${source}: "fingerprint" is missing or not a sha256: value`);
  }
  if (!Array.isArray(data.rooms)) throw new PlanFileError(`${source}: "rooms" must be a list`);
  const rooms = {};
  data.rooms.forEach((room3, i) => {
    if (!isRecord(room3) || typeof room3.id !== "string" || typeof room3.fingerprint !== "string") {
      throw new PlanFileError(`${source}: rooms[${i}] needs a string "id" and "fingerprint"`);
    }
    if (room3.id !== "") rooms[room3.id] = room3.fingerprint;
  });
  return { fingerprint: data.fingerprint, rooms };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var PlanFileError;
var init_plan_file = __esm({
  "src/review/plan-file.ts"() {
    "use strict";
    PlanFileError = class extends Error {
      name = "PlanFileError";
    };
  }
});

// src/commands/apply.ts
var apply_exports = {};
__export(apply_exports, {
  ask: () => ask,
  default: () => apply
});
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";
import { createInterface } from "node:readline";
async function apply(argv, io) {
  const { values } = parseCommandArgs(argv, {
    dir: { type: "string" },
    "auto-approve": { type: "boolean" },
    force: { type: "boolean" },
    "plan-file": { type: "string" },
    "max-removal-percent": { type: "string" },
    room: { type: "string", multiple: true },
    today: { type: "string" },
    format: { type: "string" },
    ...CONNECTION_OPTIONS
  });
  if (values.help) {
    io.stdout.write(HELP2);
    return 0;
  }
  const format = formatOption(values.format, FORMATS2, "text");
  const maxRemovalPercent = maxRemovalPercentFrom(values["max-removal-percent"]);
  const conn = connectionFrom(values, io);
  const autoApprove = values["auto-approve"] === true;
  if (!autoApprove && io.stdin.isTTY !== true) {
    throw new UsageError("refusing to apply without confirmation: stdin is not a terminal. Review the changes with `whoot-rooms plan`, then re-run with --auto-approve (or --plan-file FILE --auto-approve to apply exactly what was reviewed)");
  }
  if (!autoApprove && format === "json") {
    throw new UsageError("--format json needs --auto-approve: the confirmation prompt would mix into the JSON output");
  }
  requireToken(conn);
  const reviewed = values["plan-file"] === void 0 ? void 0 : readReviewedPlan(resolve3(io.cwd, values["plan-file"]));
  const logger = commandLogger(values, io);
  const today = todayOption(values.today);
  const dir = resolve3(io.cwd, values.dir ?? ".");
  const force = values.force === true;
  const controller = new AbortController();
  let received;
  const onSignal = (sig) => {
    if (received !== void 0) {
      io.stderr.write(`
${sig} again: exiting now; writes in flight may or may not have landed. Re-run apply to converge.
`);
      process.exit(SIGNAL_EXIT[sig]);
    }
    received = sig;
    io.stderr.write(`
${sig} received: no new rooms will be started; waiting for the writes in flight (press again to exit now)
`);
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  const onInt = () => onSignal("SIGINT");
  const onTerm = () => onSignal("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  const line = progressLine(io);
  const ctx = { logger, signal: controller.signal, ...today, ...line.progress ? { progress: line.progress } : {} };
  try {
    let outcome;
    try {
      outcome = await planTree(
        { dir, maxRemovalPercent, force, ...values.room ? { only: values.room } : {} },
        conn,
        { ...ctx, needWrite: true }
      );
    } catch (err) {
      if (received !== void 0) {
        io.stderr.write(`interrupted by ${received} while reading live state: nothing was written.
`);
        return SIGNAL_EXIT[received];
      }
      throw err;
    } finally {
      line.done();
    }
    if (outcome.kind === "invalid") {
      for (const l of formatSourceErrors(outcome.errors)) io.stderr.write(`${l}
`);
      io.stderr.write(`${outcome.errors.length} error${outcome.errors.length === 1 ? "" : "s"} in the tree; nothing was written to whoot.
`);
      return 1;
    }
    const planned = outcome.plan;
    const planOut = format === "json" ? io.stderr : io.stdout;
    planOut.write(renderText(planned, { color: format === "text" ? useColor(io) : io.stderr.isTTY === true && !io.env.NO_COLOR }));
    if (planned.rooms.length === 0) {
      if (format === "json") io.stdout.write(renderApplyReport(emptyReport(planned.summary.rooms_unchanged), "json"));
      else io.stdout.write("\nNothing to apply: whoot already matches the tree.\n");
      return 0;
    }
    const writable = planned.rooms.filter((r) => r.errors.length === 0 && (r.blocked === null || force));
    if (!autoApprove && writable.length > 0) {
      const answer = await ask(io, '\nDo you want to apply these changes to whoot? Only "yes" will be accepted: ', controller.signal);
      if (answer !== "yes" && received === void 0) {
        io.stdout.write("Apply cancelled: nothing was written.\n");
        return 1;
      }
    }
    if (received !== void 0) {
      io.stderr.write(`interrupted by ${received} before writing: nothing was written.
`);
      return SIGNAL_EXIT[received];
    }
    const report = await executePlan(planned, conn, { force, users: outcome.live.users, ...reviewed ? { reviewed } : {} }, ctx);
    line.done();
    if (format === "json") io.stdout.write(renderApplyReport(report, "json"));
    else io.stdout.write(`
${renderApplyReport(report, "text")}`);
    if (report.summary.interrupted) {
      const notDone = report.skipped.filter((s) => s.reason === "interrupted").length;
      io.stderr.write(`apply was interrupted by ${received ?? "a signal"}: ${report.summary.applied} room(s) applied, ${notDone} not started. Re-run apply to converge.
`);
      return received ? SIGNAL_EXIT[received] : 1;
    }
    return report.summary.failed > 0 || report.summary.skipped > 0 ? 1 : 0;
  } finally {
    line.done();
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  }
}
function readReviewedPlan(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (err) {
    throw new UsageError(`--plan-file: cannot read ${file}: ${err.code ?? String(err)}`);
  }
  try {
    return reviewedPlanFromJson(text, file);
  } catch (err) {
    if (err instanceof PlanFileError) throw new UsageError(`--plan-file ${err.message}`);
    throw err;
  }
}
function emptyReport(unchanged) {
  return { applied: [], skipped: [], failed: [], summary: { applied: 0, skipped: 0, failed: 0, unchanged, interrupted: false } };
}
async function ask(io, prompt, signal) {
  io.stdout.write(prompt);
  const rl = createInterface({ input: io.stdin, terminal: false });
  const onAbort = () => rl.close();
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const answer of rl) return answer.trim();
    return "";
  } finally {
    signal.removeEventListener("abort", onAbort);
    rl.close();
  }
}
var FORMATS2, HELP2, SIGNAL_EXIT;
var init_apply = __esm({
  "src/commands/apply.ts"() {
    "use strict";
    init_plan_file();
    init_desired();
    init_engine();
    init_render();
    init_common();
    init_connection2();
    FORMATS2 = ["text", "json"];
    HELP2 = [
      "Usage: whoot-rooms apply [options]",
      "",
      "Make whoot match the tree. Always re-reads live state and plans again first, then writes one full-replace",
      "`PUT /rooms/{id}/members` per room whose membership changes (and PATCH/DELETE /rooms/{id} for display_name",
      "and external_id changes). Unchanged rooms get no request. One room failing does not stop the others.",
      "",
      "Options:",
      "  --dir DIR              the desired-state tree (default .)",
      "  --auto-approve         do not ask for confirmation (required when stdin is not a terminal)",
      "  --plan-file FILE       a JSON plan from `plan --out FILE`: apply only rooms whose changes are exactly the",
      "                         reviewed ones; rooms changed since review, or not in it, are skipped (exit 1)",
      "  --force                lift the mass-removal guard: also write rooms it blocks",
      "  --max-removal-percent P  block a room losing \u22653 members and more than P% of them (default 25)",
      "  --today DATE           YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)",
      "  --room NAME            apply only this room (its name, file or id); repeat for several",
      '  --format FORMAT        text (default) or json: {"applied","skipped","failed","summary"} on stdout',
      ...CONNECTION_HELP,
      "  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent",
      "  --log-format FORMAT    text (default) or json; logs always go to stderr",
      "  -h, --help             show this help",
      "",
      "Exit codes: 0 everything applied (or nothing to do); 1 a room failed, was skipped (blocked, changed since",
      "            review, errored) or the run failed; 130 / 143 interrupted by SIGINT / SIGTERM (writes already",
      "            sent were let finish; the rest were not started: re-run apply to converge).",
      "",
      ...ENVIRONMENT_HELP,
      ""
    ].join("\n");
    SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
  }
});

// src/plan/index.ts
var init_plan3 = __esm({
  "src/plan/index.ts"() {
    "use strict";
    init_plan();
    init_room();
    init_users();
    init_match();
    init_fingerprint();
  }
});

// src/commands/expire.ts
var expire_exports = {};
__export(expire_exports, {
  default: () => expire
});
import { resolve as resolve4 } from "node:path";
async function expire(argv, io) {
  const { values } = parseCommandArgs(argv, {
    dir: { type: "string" },
    "auto-approve": { type: "boolean" },
    today: { type: "string" },
    format: { type: "string" },
    ...CONNECTION_OPTIONS
  });
  if (values.help) {
    io.stdout.write(HELP3);
    return 0;
  }
  const format = formatOption(values.format, FORMATS3, "text");
  const conn = connectionFrom(values, io);
  const autoApprove = values["auto-approve"] === true;
  if (!autoApprove && io.stdin.isTTY !== true) {
    throw new UsageError(
      "refusing to expire without confirmation: stdin is not a terminal. Re-run with --auto-approve"
    );
  }
  if (!autoApprove && format === "json") {
    throw new UsageError("--format json needs --auto-approve: the confirmation prompt would mix into the JSON output");
  }
  requireToken(conn);
  const logger = commandLogger(values, io);
  const ctx = { logger, ...todayOption(values.today) };
  const dir = resolve4(io.cwd, values.dir ?? ".");
  const loaded = await validateTree(dir, ctx);
  if (!loaded.ok) {
    for (const l of formatSourceErrors(loaded.errors)) io.stderr.write(`${l}
`);
    const n = loaded.errors.length;
    io.stderr.write(`${n} error${n === 1 ? "" : "s"} in the tree; nothing was written to whoot.
`);
    return 1;
  }
  const { desired } = loaded;
  const line = progressLine(io);
  let live;
  try {
    live = await readLive(
      conn,
      { ...ctx, ...line.progress ? { progress: line.progress } : {} },
      requiredScopes(true),
      (rooms) => matchRooms(desired, rooms).managedRoomIds
    );
  } finally {
    line.done();
  }
  const planned = plan(expiryTarget(desired, live), live, { maxRemovalPercent: MAX_REMOVAL_PERCENT });
  const planOut = format === "json" ? io.stderr : io.stdout;
  if (planned.rooms.length === 0) {
    planOut.write(`Nothing has expired that is still in whoot: nothing to write (today is ${desired.today}).
`);
    if (format === "json") io.stdout.write(expireJson(emptyReport2(planned.summary.rooms_unchanged), planned));
    return 0;
  }
  const color = format === "text" ? useColor(io) : io.stderr.isTTY === true && !io.env.NO_COLOR;
  planOut.write(renderText(planned, { color }));
  if (!autoApprove) {
    const answer = await ask(
      io,
      '\nDo you want to write these expiries to whoot? Only "yes" will be accepted: ',
      new AbortController().signal
    );
    if (answer !== "yes") {
      io.stdout.write("Expire cancelled: nothing was written.\n");
      return 1;
    }
  }
  const report = await executePlan(planned, conn, { users: live.users }, ctx);
  if (format === "json") io.stdout.write(expireJson(report, planned));
  else io.stdout.write(`
${renderApplyReport(report, "text")}`);
  return report.summary.failed > 0 || report.summary.skipped > 0 ? 1 : 0;
}
function emptyReport2(unchanged) {
  const summary = { applied: 0, skipped: 0, failed: 0, unchanged, interrupted: false };
  return { applied: [], skipped: [], failed: [], summary };
}
function expireJson(report, planned) {
  const expired = new Map(planned.rooms.map((r) => [r.id, expiredChangesOf(r)]));
  const body = JSON.parse(renderApplyReport(report, "json"));
  for (const list of [body.applied, body.skipped, body.failed]) {
    for (const room3 of list) Object.assign(room3, { expired: expired.get(room3.id) ?? [] });
  }
  return `${JSON.stringify(body, null, 2)}
`;
}
var FORMATS3, MAX_REMOVAL_PERCENT, HELP3;
var init_expire2 = __esm({
  "src/commands/expire.ts"() {
    "use strict";
    init_desired();
    init_engine();
    init_expire();
    init_plan3();
    init_render();
    init_apply();
    init_common();
    init_connection2();
    FORMATS3 = ["text", "json"];
    MAX_REMOVAL_PERCENT = 25;
    HELP3 = [
      "Usage: whoot-rooms expire [options]",
      "",
      "Enforce `expires` on its date: remove the access, and downgrade the transmit, that entries whose date has",
      "passed gave, and nothing else. A user still brought by another entry stays (with listen, if only transmit",
      "expired). Drift, console additions and unmerged changes are left alone: each room gets one full-replace",
      "`PUT /rooms/{id}/members` of its live list minus the expired access, checked against a fresh read first.",
      "",
      "Options:",
      "  --dir DIR              the desired-state tree (default .)",
      "  --auto-approve         do not ask for confirmation (required when stdin is not a terminal)",
      "  --today DATE           YYYY-MM-DD (UTC) to evaluate `expires` against (default: today)",
      `  --format FORMAT        text (default) or json: apply's {"applied","skipped","failed","summary"}, each`,
      '                         room with its "expired" changes',
      ...CONNECTION_HELP,
      "  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent",
      "  --log-format FORMAT    text (default) or json; logs always go to stderr",
      "  -h, --help             show this help",
      "",
      "Exit codes: 0 everything due was applied (or nothing was due); 1 a room was skipped (blocked by the",
      "            mass-removal guard, changed since it was read, errored) or failed, or the run failed.",
      "",
      ...ENVIRONMENT_HELP,
      ""
    ].join("\n");
  }
});

// src/export/tree.ts
function exportTree(live, rooms, schemaUrl) {
  const emails = new Map(live.users.map((u) => [u.id, u.email.toLowerCase()]));
  const sorted = [...rooms].sort((a, b) => cmp2(a.name, b.name) || cmp2(a.id, b.id));
  const nameCount = /* @__PURE__ */ new Map();
  for (const r of live.rooms) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  const paths = uniquePaths(sorted);
  return sorted.map((room3) => {
    const members = (live.members[room3.id] ?? []).map((m) => ({
      ref: emails.get(m.user_id) ?? m.email?.toLowerCase() ?? m.user_id,
      tx: m.tx_permission
    }));
    members.sort((a, b) => cmp2(a.ref, b.ref));
    const sharedName = (nameCount.get(room3.name) ?? 0) > 1;
    const doc = {};
    if (!sharedName) doc.name = room3.name;
    doc.id = room3.id;
    if (room3.display_name !== null && room3.display_name !== void 0 && room3.display_name !== room3.name) doc.display_name = room3.display_name;
    if (room3.external_id !== null && room3.external_id !== void 0) doc.external_id = room3.external_id;
    doc.members = members.map((m) => m.tx ? { user: m.ref, tx: true } : m.ref);
    const head = [
      `# yaml-language-server: $schema=${schemaUrl}`,
      ...sharedName ? [`# name: ${JSON.stringify(room3.name)} (several whoot rooms share this name; this one is pinned by id)`] : []
    ];
    const text = `${head.join("\n")}
${(0, import_yaml3.stringify)(doc, { lineWidth: 0 })}`;
    return { path: paths.get(room3.id), text, roomId: room3.id, roomName: room3.name, members: members.length };
  });
}
function safeFileStem(name) {
  const stem = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
  return stem === "" ? "room" : stem;
}
function uniquePaths(rooms) {
  const byStem = /* @__PURE__ */ new Map();
  for (const r of rooms) {
    const stem = safeFileStem(r.name);
    byStem.set(stem, [...byStem.get(stem) ?? [], r]);
  }
  const paths = /* @__PURE__ */ new Map();
  for (const [stem, list] of byStem) {
    if (list.length === 1) {
      paths.set(list[0].id, `rooms/${stem}.yaml`);
      continue;
    }
    const compact = (r) => r.id.replace(/[^a-zA-Z0-9]/g, "").toLowerCase();
    const short = new Set(list.map((r) => compact(r).slice(0, 8)));
    for (const r of list) paths.set(r.id, `rooms/${stem}-${short.size === list.length ? compact(r).slice(0, 8) : compact(r)}.yaml`);
  }
  return paths;
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_yaml3;
var init_tree2 = __esm({
  "src/export/tree.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
  }
});

// src/export/write.ts
import { closeSync as closeSync2, constants, lstatSync, mkdirSync, openSync as openSync2, writeSync } from "node:fs";
import { join as join2, sep as sep2 } from "node:path";
function lstatOrNull(path) {
  try {
    return lstatSync(path);
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
}
function checkExportTargets(outDir, files, force) {
  const refusals = [];
  const seenDirs = /* @__PURE__ */ new Map();
  for (const file of files) {
    const parts = file.path.split("/");
    let refused = null;
    for (let i = 1; i < parts.length && refused === null; i += 1) {
      const rel = parts.slice(0, i).join("/");
      if (!seenDirs.has(rel)) {
        const st2 = lstatOrNull(join2(outDir, ...parts.slice(0, i)));
        let verdict = null;
        if (st2?.isSymbolicLink()) {
          verdict = { path: rel, reason: "symlink", message: "is a symbolic link: export follows no links" };
        } else if (st2 !== null && !st2.isDirectory()) {
          verdict = { path: rel, reason: "not_a_file", message: "exists and is not a folder" };
        }
        seenDirs.set(rel, verdict);
        if (verdict) refusals.push(verdict);
      }
      if (seenDirs.get(rel)) refused = seenDirs.get(rel) ?? null;
    }
    if (refused !== null) continue;
    const st = lstatOrNull(join2(outDir, ...parts));
    if (st === null) continue;
    if (st.isSymbolicLink()) {
      refusals.push({ path: file.path, reason: "symlink", message: "is a symbolic link: export follows no links" });
    } else if (!st.isFile()) {
      refusals.push({ path: file.path, reason: "not_a_file", message: "exists and is not a regular file" });
    } else if (!force) {
      refusals.push({ path: file.path, reason: "exists", message: "already exists" });
    }
  }
  return refusals;
}
function writeExportFile(outDir, file, force) {
  const parts = file.path.split("/");
  mkdirSync(outDir, { recursive: true });
  let dir = outDir;
  for (const part of parts.slice(0, -1)) {
    dir = join2(dir, part);
    const st = lstatOrNull(dir);
    if (st === null) mkdirSync(dir);
    else if (!st.isDirectory() || st.isSymbolicLink()) {
      throw new Error(`${parts.join(sep2)}: ${dir} is not a plain folder (a link?): export follows no links`);
    }
  }
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (force ? constants.O_TRUNC : constants.O_EXCL);
  const fd = openSync2(join2(outDir, ...parts), flags, 420);
  try {
    writeSync(fd, file.text);
  } finally {
    closeSync2(fd);
  }
}
var init_write = __esm({
  "src/export/write.ts"() {
    "use strict";
  }
});

// src/commands/export.ts
var export_exports = {};
__export(export_exports, {
  default: () => exportCommand
});
import { isAbsolute, join as join3, relative, resolve as resolve5 } from "node:path";
async function exportCommand(argv, io) {
  const { values } = parseCommandArgs(argv, {
    out: { type: "string" },
    force: { type: "boolean" },
    room: { type: "string", multiple: true },
    ...CONNECTION_OPTIONS
  });
  if (values.help) {
    io.stdout.write(HELP4);
    return 0;
  }
  const conn = connectionFrom(values, io);
  requireToken(conn);
  const logger = commandLogger(values, io);
  const outDir = resolve5(io.cwd, values.out ?? ".");
  const only = values.room ?? [];
  const wanted = (room3) => selects(only, room3);
  const line = progressLine(io);
  let live;
  try {
    live = await readLive(
      conn,
      { logger, ...line.progress ? { progress: line.progress } : {} },
      requiredScopes(false),
      (rooms) => rooms.filter(wanted).map((r) => r.id)
    );
  } finally {
    line.done();
  }
  const unknown = only.filter((o) => !live.rooms.some((r) => r.name === o || r.id === o));
  if (unknown.length > 0) {
    throw new UsageError(`--room: no whoot room is named ${unknown.map((u) => `"${u}"`).join(", ")}`);
  }
  const files = exportTree(live, live.rooms.filter(wanted), room_schema_default.$id);
  const shown = displayPath2(io.cwd, outDir);
  const force = values.force === true;
  const refusals = checkExportTargets(outDir, files, force);
  if (refusals.length > 0) {
    for (const r of refusals) io.stderr.write(`error: ${terminalText(join3(shown, r.path))} ${r.message}
`);
    const links = refusals.some((r) => r.reason !== "exists");
    io.stderr.write(
      `refusing to write ${refusals.length} path${refusals.length === 1 ? "" : "s"}: nothing was written${links ? " (links and non-files are refused even with --force)" : " (use --force to overwrite)"}
`
    );
    return 1;
  }
  for (const f of files) {
    writeExportFile(outDir, f, force);
    io.stdout.write(`wrote ${join3(shown, f.path)} (${f.roomName}, ${f.members} member${f.members === 1 ? "" : "s"})
`);
  }
  io.stderr.write(`exported ${files.length} room${files.length === 1 ? "" : "s"}; check it with: whoot-rooms plan --dir ${shown}
`);
  return 0;
}
function displayPath2(cwd, path) {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
var HELP4;
var init_export = __esm({
  "src/commands/export.ts"() {
    "use strict";
    init_room_schema();
    init_engine();
    init_tree2();
    init_match();
    init_escape();
    init_write();
    init_common();
    init_connection2();
    HELP4 = [
      "Usage: whoot-rooms export [options]",
      "",
      "Write the live rooms as a desired-state tree: one file per room under DIR/rooms/, with the room id pinned,",
      "members sorted by email and transmit shown. `plan --dir DIR` on the result shows no changes: this is how a",
      "team adopts whoot-rooms. Reads only (needs api:users:read and api:rooms:read).",
      "",
      "Options:",
      "  --out DIR              the tree to write (default .); files go to DIR/rooms/",
      "  --force                overwrite files that already exist",
      "  --room NAME            export only this room (its name or id); repeat for several",
      ...CONNECTION_HELP,
      "  --log-level LEVEL      fatal, error, warn, info (default), debug, trace, silent",
      "  --log-format FORMAT    text (default) or json; logs always go to stderr",
      "  -h, --help             show this help",
      "",
      "Exit codes: 0 written; 1 an error (a file exists without --force, an unknown --room, an API failure).",
      "",
      ...ENVIRONMENT_HELP,
      ""
    ].join("\n");
  }
});

// src/sim/answer.ts
function apiError(status, code, message, headers) {
  return { status, body: { error: { code, message } }, headers };
}
function isAnswer(v) {
  return typeof v === "object" && v !== null && "status" in v;
}
function prepareAnswer(answer, extraHeaders) {
  const payload = answer.body === void 0 ? void 0 : JSON.stringify(answer.body);
  const headers = { ...extraHeaders, ...answer.headers };
  if (payload !== void 0) {
    headers["Content-Type"] = "application/json";
    headers["Content-Length"] = Buffer.byteLength(payload);
  }
  return { status: answer.status, headers, payload };
}
function writePrepared(res, prepared) {
  res.writeHead(prepared.status, prepared.headers);
  res.end(prepared.payload);
}
function sendAnswer(res, answer, extraHeaders = {}) {
  writePrepared(res, prepareAnswer(answer, extraHeaders));
}
var init_answer = __esm({
  "src/sim/answer.ts"() {
    "use strict";
  }
});

// src/sim/request-body.ts
function readBody(req) {
  return new Promise((resolve6, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve6({ body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge }));
    req.on("error", reject);
  });
}
function parseBody(raw, tooLarge) {
  if (tooLarge || raw.length === 0) return { value: void 0 };
  try {
    return { value: JSON.parse(raw.toString("utf8")) };
  } catch (err) {
    return { value: void 0, error: err instanceof Error ? err.message : String(err) };
  }
}
var MAX_BODY_BYTES;
var init_request_body = __esm({
  "src/sim/request-body.ts"() {
    "use strict";
    MAX_BODY_BYTES = 1024 * 1024;
  }
});

// src/sim/admin.ts
async function handleAdmin(req, res, path, sim2) {
  const method = req.method ?? "GET";
  const { body, tooLarge } = await readBody(req);
  const json = () => body.length ? JSON.parse(body.toString("utf8")) : {};
  try {
    if (tooLarge) return sendAnswer(res, apiError(413, "payload_too_large", "body too large"));
    if (path === "/_sim/stats" && method === "GET") return sendAnswer(res, { status: 200, body: sim2.stats() });
    if (path === "/_sim/reset-stats" && method === "POST") {
      sim2.resetStats();
      return sendAnswer(res, { status: 204 });
    }
    if (path === "/_sim/log" && method === "GET") return sendAnswer(res, { status: 200, body: sim2.requestLog });
    if (path === "/_sim/state" && method === "GET") return sendAnswer(res, { status: 200, body: sim2.snapshot() });
    if (path === "/_sim/faults" && method === "PUT") {
      sim2.setFaults(json());
      return sendAnswer(res, { status: 200, body: sim2.currentFaults() });
    }
    if (path === "/_sim/console-edit" && method === "POST") {
      const b = json();
      if (b.after_reads === void 0) {
        sim2.consoleEdit(String(b.room), b.members ?? []);
        return sendAnswer(res, { status: 204 });
      }
      sim2.consoleEditAfterRead(String(b.room), b.members ?? [], { afterReads: b.after_reads });
      return sendAnswer(res, { status: 202 });
    }
    return sendAnswer(res, apiError(404, "not_found", "no such simulator admin endpoint"));
  } catch (err) {
    return sendAnswer(res, apiError(400, "invalid_request", err instanceof Error ? err.message : String(err)));
  }
}
var init_admin = __esm({
  "src/sim/admin.ts"() {
    "use strict";
    init_answer();
    init_request_body();
  }
});

// src/sim/console-edit.ts
function endsTheMemberList(body) {
  if (Array.isArray(body)) return true;
  const envelope = body;
  return typeof envelope.total !== "number" || envelope.members.length >= envelope.total;
}
var ConsoleEditor;
var init_console_edit = __esm({
  "src/sim/console-edit.ts"() {
    "use strict";
    ConsoleEditor = class {
      constructor(state, persist) {
        this.state = state;
        this.persist = persist;
      }
      state;
      persist;
      armed = [];
      /** Replace a room's members (room by name or id, members by email) now. */
      editNow(roomName, members) {
        this.apply(this.resolve("consoleEdit", roomName, members));
      }
      /**
       * Arm a one-shot edit for after the `afterReads`-th complete member-list answer of that room served from now.
       * The room and emails are checked now, so a typo fails the test that arms it rather than passing silently.
       */
      editAfterRead(roomName, members, afterReads = 1) {
        if (!Number.isInteger(afterReads) || afterReads < 1) {
          throw new Error(`consoleEditAfterRead: afterReads must be an integer >= 1, got ${JSON.stringify(afterReads)}`);
        }
        this.armed.push({ ...this.resolve("consoleEditAfterRead", roomName, members), readsLeft: afterReads });
      }
      /** Called once an answer has been written to the client, so an armed edit lands after the read it follows. */
      answerServed(answer) {
        const roomId = answer.list?.itemsField === "members" ? answer.list.roomId : void 0;
        if (!roomId || answer.status !== 200 || this.armed.length === 0 || !endsTheMemberList(answer.body)) return;
        const due = [];
        for (const edit of this.armed) if (edit.roomId === roomId && --edit.readsLeft === 0) due.push(edit);
        if (due.length === 0) return;
        this.armed = this.armed.filter((edit) => !due.includes(edit));
        for (const edit of due) this.apply(edit);
      }
      resolve(caller, roomName, members) {
        const state = this.state;
        const roomId = state.roomIdByName.get(roomName) ?? (state.rooms.has(roomName) ? roomName : void 0);
        if (!roomId) throw new Error(`${caller}: no room named "${roomName}"`);
        const entries = members.map((m) => {
          const id = state.userIdForEmail(m.email);
          if (!id) throw new Error(`${caller}: no user with email ${m.email}`);
          return { user_id: id, tx_permission: m.tx ?? false };
        });
        return { roomId, members: entries };
      }
      apply(edit) {
        this.state.replaceMembers(edit.roomId, edit.members);
        this.persist();
      }
    };
  }
});

// src/sim/deadline-timer.ts
import { Worker } from "node:worker_threads";
function createDeadlineTimer() {
  const shared = new SharedArrayBuffer(16);
  const gen = new Int32Array(shared, 0, 1);
  const next = new Float64Array(shared, 8, 1);
  next[0] = Infinity;
  let worker;
  let closed = false;
  const waiting = [];
  const arm = () => {
    next[0] = waiting.length > 0 ? performance.timeOrigin + waiting[0].deadline - WAKE_EARLY_MS : Infinity;
    Atomics.store(gen, 0, Atomics.load(gen, 0) + 1 & 1073741823);
    Atomics.notify(gen, 0);
  };
  let spinning = false;
  const fire = () => {
    spinning = false;
    if (closed) return;
    const now = performance.now();
    let due = 0;
    while (due < waiting.length && waiting[due].deadline <= now) due++;
    const ready = waiting.splice(0, due);
    const head = waiting[0];
    if (head !== void 0 && head.deadline - now <= WAKE_EARLY_MS) {
      spinning = true;
      setImmediate(fire);
    } else {
      arm();
    }
    for (const w of ready) w.resolve();
  };
  const start = () => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    w.on("message", fire);
    w.unref();
    return w;
  };
  return {
    start() {
      if (!closed) worker ??= start();
    },
    until(deadline) {
      if (closed || deadline <= performance.now()) return Promise.resolve();
      worker ??= start();
      return new Promise((resolve6) => {
        let at4 = waiting.length;
        while (at4 > 0 && waiting[at4 - 1].deadline > deadline) at4--;
        waiting.splice(at4, 0, { deadline, resolve: resolve6 });
        if (at4 === 0 && !spinning) arm();
      });
    },
    async close() {
      closed = true;
      Atomics.store(gen, 0, -1);
      Atomics.notify(gen, 0);
      for (const w of waiting.splice(0)) w.resolve();
      if (worker) await worker.terminate();
    }
  };
}
var WORKER_SOURCE, WAKE_EARLY_MS;
var init_deadline_timer = __esm({
  "src/sim/deadline-timer.ts"() {
    "use strict";
    WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const gen = new Int32Array(workerData, 0, 1);
const next = new Float64Array(workerData, 8, 1);
const now = () => performance.timeOrigin + performance.now();
for (;;) {
  const g = Atomics.load(gen, 0);
  if (g < 0) break;
  const due = next[0];
  const left = due - now();
  if (left <= 0) {
    parentPort.postMessage(g);
    Atomics.wait(gen, 0, g);
  } else {
    Atomics.wait(gen, 0, g, Number.isFinite(left) ? left : undefined);
  }
}
`;
    WAKE_EARLY_MS = 0.2;
  }
});

// src/sim/faults.ts
function defaultCode(status) {
  const codes = {
    400: "invalid_request",
    401: "unauthorized",
    403: "insufficient_scope",
    404: "not_found",
    409: "conflict",
    413: "payload_too_large",
    422: "unprocessable",
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable"
  };
  return codes[status] ?? `http_${status}`;
}
function checkFaults(faults) {
  for (const [i, rule] of (faults.rules ?? []).entries()) {
    if (rule.truncate !== void 0 && !(Number.isInteger(rule.truncate) && rule.truncate >= 0)) {
      throw new Error(`faults.rules[${i}].truncate must be an integer >= 0, got ${JSON.stringify(rule.truncate)}`);
    }
    if (rule.bareArray !== void 0 && typeof rule.bareArray !== "boolean") {
      throw new Error(`faults.rules[${i}].bareArray must be a boolean, got ${JSON.stringify(rule.bareArray)}`);
    }
  }
}
var RequestFaults, FaultInjector;
var init_faults = __esm({
  "src/sim/faults.ts"() {
    "use strict";
    init_answer();
    RequestFaults = class {
      constructor(faults, rule, random) {
        this.faults = faults;
        this.rule = rule;
        this.random = random;
      }
      faults;
      rule;
      random;
      /** The rule's forced error answer, which replaces processing altogether. */
      forcedAnswer() {
        const rule = this.rule;
        if (!rule?.status) return null;
        const headers = {};
        if (rule.retryAfterSeconds !== void 0) headers["Retry-After"] = String(rule.retryAfterSeconds);
        const message = rule.message ?? `injected ${rule.status}`;
        return apiError(rule.status, rule.code ?? defaultCode(rule.status), message, headers);
      }
      /** Extra latency drawn at arrival (0 when no spike). */
      spikeMs() {
        const f = this.faults;
        return f.pSpike && this.random() < f.pSpike ? f.spikeMs ?? 0 : 0;
      }
      /**
       * Drawn when the answer is due, in a fixed order (drop, 429, 500, 503) so a `randomSeed` replays the same
       * faults. 'drop' means: close the socket without an answer.
       */
      drawAtDeadline() {
        const f = this.faults;
        if (f.pDrop && this.random() < f.pDrop) return "drop";
        if (f.p429 && this.random() < f.p429) {
          const retryAfter = String(f.retryAfterSeconds ?? 1);
          return apiError(429, "rate_limited", "too many requests (injected)", { "Retry-After": retryAfter });
        }
        if (f.p500 && this.random() < f.p500) return apiError(500, "internal_error", "internal error (injected)");
        if (f.p503 && this.random() < f.p503) return apiError(503, "service_unavailable", "service unavailable (injected)");
        return null;
      }
      /**
       * The rule's `truncate`/`bareArray` applied to a successful list answer, as a truncating or envelope-stripping
       * proxy would: `shaped` is false when nothing changed (not a list, an error, or fewer items than `truncate`).
       */
      shapeList(answer) {
        const rule = this.rule;
        const field = answer.list?.itemsField;
        if (!rule || !field || answer.status !== 200 || rule.truncate === void 0 && !rule.bareArray) {
          return { answer, shaped: false };
        }
        const envelope = answer.body;
        const items = envelope[field];
        const kept = rule.truncate === void 0 ? items : items.slice(0, rule.truncate);
        const body = rule.bareArray ? kept : { ...envelope, [field]: kept };
        return { answer: { ...answer, body }, shaped: Boolean(rule.bareArray) || kept.length < items.length };
      }
    };
    FaultInjector = class {
      constructor(initial, random) {
        this.random = random;
        this.replace(initial ?? {});
      }
      random;
      faults = {};
      ruleHits = /* @__PURE__ */ new Map();
      get current() {
        return this.faults;
      }
      replace(next) {
        const faults = { ...next };
        checkFaults(faults);
        this.faults = faults;
        this.ruleHits = /* @__PURE__ */ new Map();
      }
      /** At a request's arrival: the first matching rule fires (and counts), later setting changes do not apply. */
      arrive(method, apiPath) {
        const rule = this.faults.rules?.find((r) => this.ruleMatches(r, method, apiPath));
        if (rule) this.ruleHits.set(rule, (this.ruleHits.get(rule) ?? 0) + 1);
        return new RequestFaults(this.faults, rule, this.random);
      }
      ruleMatches(rule, method, apiPath) {
        if (rule.method && rule.method.toUpperCase() !== method) return false;
        if (rule.times !== void 0 && (this.ruleHits.get(rule) ?? 0) >= rule.times) return false;
        return rule.path.endsWith("*") ? apiPath.startsWith(rule.path.slice(0, -1)) : apiPath === rule.path;
      }
    };
  }
});

// src/sim/ids.ts
import { createHash as createHash2 } from "node:crypto";
function deterministicId(namespace, name) {
  const h = createHash2("sha256").update(`whoot-sim:${namespace}:${name}`).digest();
  h[6] = (h[6] ?? 0) & 15 | 80;
  h[8] = (h[8] ?? 0) & 63 | 128;
  const hex2 = h.subarray(0, 16).toString("hex");
  return `${hex2.slice(0, 8)}-${hex2.slice(8, 12)}-${hex2.slice(12, 16)}-${hex2.slice(16, 20)}-${hex2.slice(20, 32)}`;
}
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var init_ids = __esm({
  "src/sim/ids.ts"() {
    "use strict";
  }
});

// src/sim/pagination.ts
function parseQueryInt(params, name, fallback, min) {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    return apiError(400, "invalid_parameter", `${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(raw);
}
function page(list, params) {
  const limit = parseQueryInt(params, "limit", DEFAULT_LIMIT, 1);
  if (isAnswer(limit)) return limit;
  const offset = parseQueryInt(params, "offset", 0, 0);
  if (isAnswer(offset)) return offset;
  const clamped = Math.min(limit, MAX_LIMIT);
  return { items: list.slice(offset, offset + clamped), limit: clamped, offset };
}
var DEFAULT_LIMIT, MAX_LIMIT;
var init_pagination = __esm({
  "src/sim/pagination.ts"() {
    "use strict";
    init_answer();
    DEFAULT_LIMIT = 20;
    MAX_LIMIT = 100;
  }
});

// src/sim/handlers.ts
function roomJson(room3, memberCount) {
  return {
    id: room3.id,
    name: room3.name,
    display_name: room3.display_name,
    external_id: room3.external_id,
    member_count: memberCount,
    created_at: room3.created_at
  };
}
function invalidJson(body) {
  return body.error ? apiError(400, "invalid_json", `the body is not valid JSON: ${body.error}`) : null;
}
function asObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return value;
}
function unknownField(b, allowed) {
  for (const k of Object.keys(b)) {
    if (allowed.includes(k)) continue;
    return apiError(400, "invalid_request", `unknown field "${k}" (allowed: ${allowed.join(", ")})`);
  }
  return null;
}
function badDisplayName(b) {
  if (b.display_name === void 0 || typeof b.display_name === "string" && b.display_name !== "") return null;
  return apiError(400, "invalid_request", "display_name must be a non-empty string");
}
var MAX_PUT_MEMBERS, ApiHandlers;
var init_handlers = __esm({
  "src/sim/handlers.ts"() {
    "use strict";
    init_answer();
    init_ids();
    init_pagination();
    MAX_PUT_MEMBERS = 5e3;
    ApiHandlers = class {
      constructor(state, persist) {
        this.state = state;
        this.persist = persist;
      }
      state;
      persist;
      me(key) {
        const prefix = key.token.slice(0, 4);
        return {
          status: 200,
          body: {
            key: { id: key.id, description: key.description, prefix, scopes: [...key.scopes], expires_at: key.expiresAt },
            organisation: { id: deterministicId("org", "acme"), name: "Simulated Organisation" }
          }
        };
      }
      listUsers(params) {
        const p = page(this.state.userOrder, params);
        if (isAnswer(p)) return p;
        const body = { users: p.items, total: this.state.userOrder.length, limit: p.limit, offset: p.offset };
        return { status: 200, body, list: { itemsField: "users" } };
      }
      getUser(id) {
        const user = this.state.users.get(id);
        return user ? { status: 200, body: user } : apiError(404, "user_not_found", `user ${id} does not exist`);
      }
      /** Unlike the other writes, malformed JSON is answered before an unknown user: kept as first released. */
      patchUser(id, parsed) {
        const badJson = invalidJson(parsed);
        if (badJson) return badJson;
        const user = this.state.users.get(id);
        if (!user) return apiError(404, "user_not_found", `user ${id} does not exist`);
        const b = asObject(parsed.value);
        if (!b) return apiError(400, "invalid_request", "the body must be a JSON object");
        const refused = unknownField(b, ["display_name", "active"]) ?? badDisplayName(b);
        if (refused) return refused;
        if (b.active !== void 0 && typeof b.active !== "boolean") {
          return apiError(400, "invalid_request", "active must be a boolean");
        }
        if (typeof b.display_name === "string") user.display_name = b.display_name;
        if (typeof b.active === "boolean") user.active = b.active;
        this.persist();
        return { status: 200, body: user };
      }
      /** DELETE is a soft deactivation: the record stays. */
      deactivateUser(id) {
        const user = this.state.users.get(id);
        if (!user) return apiError(404, "user_not_found", `user ${id} does not exist`);
        user.active = false;
        this.persist();
        return { status: 204 };
      }
      listRooms(params) {
        const p = page(this.state.roomOrder, params);
        if (isAnswer(p)) return p;
        const rooms = p.items.map((r) => roomJson(r, this.memberCount(r)));
        const body = { rooms, total: this.state.roomOrder.length, limit: p.limit, offset: p.offset };
        return { status: 200, body, list: { itemsField: "rooms" } };
      }
      getRoom(roomId) {
        return this.withRoom(roomId, (room3) => ({ status: 200, body: roomJson(room3, this.memberCount(room3)) }));
      }
      patchRoom(roomId, parsed) {
        return this.withRoom(roomId, (room3) => {
          const badJson = invalidJson(parsed);
          if (badJson) return badJson;
          const b = asObject(parsed.value);
          if (!b) return apiError(400, "invalid_request", "the body must be a JSON object");
          const refused = unknownField(b, ["display_name", "external_id"]) ?? badDisplayName(b);
          if (refused) return refused;
          if (b.external_id !== void 0 && b.external_id !== null && typeof b.external_id !== "string") {
            return apiError(400, "invalid_request", "external_id must be a string or null");
          }
          if (typeof b.display_name === "string") room3.display_name = b.display_name;
          if (b.external_id !== void 0) room3.external_id = b.external_id;
          this.persist();
          return { status: 200, body: roomJson(room3, this.memberCount(room3)) };
        });
      }
      /** DELETE removes only the SCIM group mapping: the room itself is made and removed in the console. */
      removeRoomMapping(roomId) {
        return this.withRoom(roomId, (room3) => {
          room3.external_id = null;
          room3.display_name = room3.name;
          this.persist();
          return { status: 204 };
        });
      }
      listMembers(roomId) {
        return this.withRoom(roomId, (room3) => {
          const members = [];
          for (const [userId, tx] of this.state.members.get(room3.id) ?? /* @__PURE__ */ new Map()) {
            const u = this.state.users.get(userId);
            const display_name = u?.display_name ?? "";
            members.push({ user_id: userId, email: u?.email ?? "", display_name, tx_permission: tx });
          }
          const body = { room_id: room3.id, members, total: members.length };
          return { status: 200, body, list: { itemsField: "members", roomId: room3.id } };
        });
      }
      addMember(roomId, parsed) {
        return this.withRoom(roomId, (room3) => {
          const badJson = invalidJson(parsed);
          if (badJson) return badJson;
          const b = asObject(parsed.value);
          if (!b) return apiError(400, "invalid_request", 'the body must be a JSON object {"user_id","tx_permission"}');
          if (typeof b.user_id !== "string") return apiError(400, "invalid_request", "user_id must be a string");
          if (b.tx_permission !== void 0 && typeof b.tx_permission !== "boolean") {
            return apiError(400, "invalid_request", "tx_permission must be a boolean");
          }
          if (!this.state.users.has(b.user_id)) return apiError(422, "unknown_user", `user_id ${b.user_id} does not exist`);
          const m = this.state.members.get(room3.id);
          if (m.has(b.user_id)) {
            return apiError(409, "already_member", `user ${b.user_id} is already a member of room ${room3.id}`);
          }
          const tx = b.tx_permission ?? false;
          m.set(b.user_id, tx);
          this.persist();
          return { status: 201, body: { user_id: b.user_id, room_id: room3.id, tx_permission: tx } };
        });
      }
      /** PUT: validate everything first, then apply all-or-nothing. */
      replaceMembers(roomId, parsed) {
        return this.withRoom(roomId, (room3) => {
          const badJson = invalidJson(parsed);
          if (badJson) return badJson;
          const next = this.parseMemberList(parsed.value);
          if (isAnswer(next)) return next;
          const seen = /* @__PURE__ */ new Set();
          for (const m of next) {
            if (!this.state.users.has(m.user_id)) {
              return apiError(422, "unknown_user", `user_id ${m.user_id} does not exist`);
            }
            if (seen.has(m.user_id)) {
              return apiError(422, "duplicate_user", `user_id ${m.user_id} is listed more than once`);
            }
            seen.add(m.user_id);
          }
          const counts2 = this.state.replaceMembers(room3.id, next);
          if (counts2.added + counts2.updated + counts2.removed > 0) this.persist();
          const body = {
            room_id: room3.id,
            members_added: counts2.added,
            members_updated: counts2.updated,
            members_removed: counts2.removed
          };
          return { status: 200, body };
        });
      }
      removeMember(roomId, userId) {
        return this.withRoom(roomId, (room3) => {
          if (!this.state.members.get(room3.id).delete(userId)) {
            return apiError(404, "member_not_found", `user ${userId} is not a member of room ${room3.id}`);
          }
          this.persist();
          return { status: 204 };
        });
      }
      /** The shape and types of a PUT body (400/413); whether its users exist is checked after (422). */
      parseMemberList(body) {
        const list = asObject(body)?.members;
        if (!Array.isArray(list)) {
          return apiError(400, "invalid_request", 'the body must be {"members":[{"user_id","tx_permission"}]}');
        }
        if (list.length > MAX_PUT_MEMBERS) {
          const message = `a PUT may list at most ${MAX_PUT_MEMBERS} members, got ${list.length}`;
          return apiError(413, "too_many_members", message);
        }
        const next = [];
        for (const [i, item] of list.entries()) {
          const it = asObject(item);
          if (!it) return apiError(400, "invalid_request", `members[${i}] must be an object`);
          if (typeof it.user_id !== "string") {
            return apiError(400, "invalid_request", `members[${i}].user_id must be a string`);
          }
          if (it.tx_permission !== void 0 && typeof it.tx_permission !== "boolean") {
            return apiError(400, "invalid_request", `members[${i}].tx_permission must be a boolean`);
          }
          next.push({ user_id: it.user_id, tx_permission: it.tx_permission ?? false });
        }
        return next;
      }
      withRoom(roomId, then) {
        const room3 = this.state.rooms.get(roomId);
        return room3 ? then(room3) : apiError(404, "room_not_found", `room ${roomId} does not exist`);
      }
      memberCount(room3) {
        return this.state.members.get(room3.id)?.size ?? 0;
      }
    };
  }
});

// src/sim/keys.ts
function buildKeys(seed) {
  const tokens = seed?.tokens && seed.tokens.length > 0 ? seed.tokens : [{ token: DEFAULT_TOKEN, scopes: [...ALL_SCOPES], description: "simulator default key" }];
  return tokens.map((t) => ({
    token: t.token,
    id: deterministicId("key", t.token),
    scopes: new Set(t.scopes),
    description: t.description ?? "simulator key",
    expiresAt: t.expires_at ?? null
  }));
}
function authenticate(req, keys) {
  const header = req.headers.authorization;
  if (!header) return apiError(401, "unauthorized", "missing Authorization: Bearer <key> header");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match ? keys.get(match[1]) : void 0;
  if (!key) return apiError(401, "invalid_token", "the API key is invalid or revoked");
  if (key.expiresAt && Date.parse(key.expiresAt) <= Date.now()) {
    return apiError(401, "token_expired", `the API key expired at ${key.expiresAt}`);
  }
  return key;
}
function requireScope(key, scope) {
  return key.scopes.has(scope) ? null : apiError(403, "insufficient_scope", `this key lacks the ${scope} scope`);
}
var ALL_SCOPES, DEFAULT_TOKEN;
var init_keys = __esm({
  "src/sim/keys.ts"() {
    "use strict";
    init_answer();
    init_ids();
    ALL_SCOPES = ["api:users:read", "api:users:write", "api:rooms:read", "api:rooms:write"];
    DEFAULT_TOKEN = "sim-token";
  }
});

// src/sim/rate-limit.ts
var TokenBucket, UNLIMITED_RATE_HEADERS, KeyRateLimits;
var init_rate_limit = __esm({
  "src/sim/rate-limit.ts"() {
    "use strict";
    init_answer();
    TokenBucket = class {
      constructor(rate, now = () => performance.now()) {
        this.rate = rate;
        this.now = now;
        this.capacity = Math.max(1, rate);
        this.tokens = this.capacity;
        this.last = this.now();
      }
      rate;
      now;
      tokens;
      last;
      capacity;
      refill() {
        const t = this.now();
        this.tokens = Math.min(this.capacity, this.tokens + (t - this.last) / 1e3 * this.rate);
        this.last = t;
      }
      /** Takes one token; on refusal returns the whole seconds to wait for the next one (at least 1). */
      take() {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return { ok: true };
        }
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.rate)) };
      }
      /** The values of the RateLimit-* headers after the current request. */
      headers() {
        this.refill();
        return {
          limit: Math.max(1, Math.round(this.rate)),
          remaining: Math.max(0, Math.floor(this.tokens)),
          reset: Math.ceil((this.capacity - this.tokens) / this.rate)
        };
      }
    };
    UNLIMITED_RATE_HEADERS = {
      "RateLimit-Limit": "1000000",
      "RateLimit-Remaining": "1000000",
      "RateLimit-Reset": "0"
    };
    KeyRateLimits = class {
      constructor(rate) {
        this.rate = rate;
      }
      rate;
      buckets = /* @__PURE__ */ new Map();
      /** Takes a token for `token`: the headers its answer carries, and the 429 when the bucket is empty. */
      admit(token2) {
        if (this.rate === void 0 || this.rate <= 0) return { headers: { ...UNLIMITED_RATE_HEADERS }, refused: null };
        let bucket = this.buckets.get(token2);
        if (!bucket) this.buckets.set(token2, bucket = new TokenBucket(this.rate));
        const taken = bucket.take();
        const h = bucket.headers();
        const headers = {
          "RateLimit-Limit": String(h.limit),
          "RateLimit-Remaining": String(h.remaining),
          "RateLimit-Reset": String(h.reset)
        };
        if (taken.ok) return { headers, refused: null };
        const message = `rate limit of ${h.limit} requests per second exceeded`;
        const retryAfter = { "Retry-After": String(taken.retryAfterSeconds) };
        return { headers, refused: apiError(429, "rate_limited", message, retryAfter) };
      }
    };
  }
});

// src/sim/request-log.ts
function freshCounters() {
  return { requests: 0, byMethod: {}, byStatus: {}, status429: 0, injected: 0 };
}
var RequestRecorder;
var init_request_log = __esm({
  "src/sim/request-log.ts"() {
    "use strict";
    RequestRecorder = class {
      constructor(maxLogEntries, onRequest) {
        this.maxLogEntries = maxLogEntries;
        this.onRequest = onRequest;
      }
      maxLogEntries;
      onRequest;
      /** handed out as `SimulatorHandle.requestLog`: cleared in place, never replaced */
      log = [];
      counters = freshCounters();
      inFlight = 0;
      highestInFlight = 0;
      get maxInFlight() {
        return this.highestInFlight;
      }
      started() {
        this.inFlight++;
        if (this.inFlight > this.highestInFlight) this.highestInFlight = this.inFlight;
      }
      finished(entry) {
        this.inFlight--;
        this.log.push(entry);
        if (this.maxLogEntries && this.log.length > this.maxLogEntries * 1.25) {
          this.log.splice(0, this.log.length - this.maxLogEntries);
        }
        const c = this.counters;
        c.requests++;
        c.byMethod[entry.method] = (c.byMethod[entry.method] ?? 0) + 1;
        const status = String(entry.status);
        c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
        if (entry.status === 429) c.status429++;
        if (entry.injected) c.injected++;
        this.onRequest?.(entry);
      }
      stats() {
        const c = this.counters;
        const inFlight = { maxInFlight: this.highestInFlight, inFlight: this.inFlight };
        return { ...c, byMethod: { ...c.byMethod }, byStatus: { ...c.byStatus }, ...inFlight };
      }
      /** Requests still in flight stay counted as in flight, so maxInFlight restarts from them. */
      reset() {
        this.log.length = 0;
        this.counters = freshCounters();
        this.highestInFlight = this.inFlight;
      }
    };
  }
});

// src/sim/routes.ts
function routeTable(h) {
  const p = (r, name) => r.params[name];
  return [
    { pattern: ["me"], methods: { GET: { scope: null, handle: (r) => h.me(r.key) } } },
    { pattern: ["users"], methods: { GET: { scope: USERS_READ, handle: (r) => h.listUsers(r.query) } } },
    {
      pattern: ["users", ":userId"],
      methods: {
        GET: { scope: USERS_READ, handle: (r) => h.getUser(p(r, "userId")) },
        PATCH: { scope: USERS_WRITE, handle: (r) => h.patchUser(p(r, "userId"), r.body) },
        DELETE: { scope: USERS_WRITE, handle: (r) => h.deactivateUser(p(r, "userId")) }
      }
    },
    { pattern: ["rooms"], methods: { GET: { scope: ROOMS_READ, handle: (r) => h.listRooms(r.query) } } },
    {
      pattern: ["rooms", ":roomId"],
      methods: {
        GET: { scope: ROOMS_READ, handle: (r) => h.getRoom(p(r, "roomId")) },
        PATCH: { scope: ROOMS_WRITE, handle: (r) => h.patchRoom(p(r, "roomId"), r.body) },
        DELETE: { scope: ROOMS_WRITE, handle: (r) => h.removeRoomMapping(p(r, "roomId")) }
      }
    },
    {
      pattern: ["rooms", ":roomId", "members"],
      methods: {
        GET: { scope: ROOMS_READ, handle: (r) => h.listMembers(p(r, "roomId")) },
        POST: { scope: ROOMS_WRITE, handle: (r) => h.addMember(p(r, "roomId"), r.body) },
        PUT: { scope: ROOMS_WRITE, handle: (r) => h.replaceMembers(p(r, "roomId"), r.body) }
      }
    },
    {
      pattern: ["rooms", ":roomId", "members", ":userId"],
      methods: { DELETE: { scope: ROOMS_WRITE, handle: (r) => h.removeMember(p(r, "roomId"), p(r, "userId")) } }
    }
  ];
}
function matchPattern(pattern, segments) {
  if (pattern.length !== segments.length) return null;
  const params = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i];
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
function createRouter(handlers) {
  const routes = routeTable(handlers);
  return (method, segments, query, key, body) => {
    for (const route of routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      const endpoint = Object.hasOwn(route.methods, method) ? route.methods[method] : void 0;
      if (!endpoint) {
        const allowed = Object.keys(route.methods).join(", ");
        const message = `${method} is not allowed here (allowed: ${allowed})`;
        return apiError(405, "method_not_allowed", message, { Allow: allowed });
      }
      const denied = endpoint.scope ? requireScope(key, endpoint.scope) : null;
      return denied ?? endpoint.handle({ params, query, key, body });
    }
    return apiError(404, "not_found", "no such endpoint");
  };
}
var USERS_READ, USERS_WRITE, ROOMS_READ, ROOMS_WRITE;
var init_routes = __esm({
  "src/sim/routes.ts"() {
    "use strict";
    init_answer();
    init_keys();
    USERS_READ = "api:users:read";
    USERS_WRITE = "api:users:write";
    ROOMS_READ = "api:rooms:read";
    ROOMS_WRITE = "api:rooms:write";
  }
});

// src/sim/state.ts
import { readFileSync as readFileSync3, renameSync, writeFileSync as writeFileSync2, existsSync } from "node:fs";
function defaultDisplayName(email) {
  const local = email.split("@")[0] ?? email;
  return local.split(/[._-]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}
function loadStateFile(path) {
  if (!existsSync(path)) return null;
  let data;
  try {
    data = JSON.parse(readFileSync3(path, "utf8"));
  } catch (err) {
    throw new SimSeedError(`state file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const d = data;
  const lists = d && Array.isArray(d.users) && Array.isArray(d.rooms);
  if (!lists || d.version !== 1 || typeof d.members !== "object" || d.members === null) {
    throw new SimSeedError(`state file ${path} is not a whoot-rooms simulator state (version 1)`);
  }
  return SimState.fromPersisted(d);
}
function saveStateFile(path, state) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync2(tmp, JSON.stringify(state.toJSON()));
  renameSync(tmp, path);
}
var SEED_CREATED_AT, SimSeedError, SimState;
var init_state = __esm({
  "src/sim/state.ts"() {
    "use strict";
    init_ids();
    SEED_CREATED_AT = "2026-01-05T09:00:00.000Z";
    SimSeedError = class extends Error {
      name = "SimSeedError";
    };
    SimState = class _SimState {
      users = /* @__PURE__ */ new Map();
      userOrder = [];
      userIdByEmail = /* @__PURE__ */ new Map();
      rooms = /* @__PURE__ */ new Map();
      roomOrder = [];
      roomIdByName = /* @__PURE__ */ new Map();
      /** room id → (user id → tx_permission), in insertion order */
      members = /* @__PURE__ */ new Map();
      addUser(user) {
        const email = user.email.toLowerCase();
        if (this.userIdByEmail.has(email)) {
          throw new SimSeedError(`duplicate user email ${user.email} (emails are compared case-insensitively)`);
        }
        if (this.users.has(user.id)) throw new SimSeedError(`duplicate user id ${user.id} (${user.email})`);
        this.users.set(user.id, user);
        this.userOrder.push(user);
        this.userIdByEmail.set(email, user.id);
      }
      addRoom(room3) {
        if (this.rooms.has(room3.id)) throw new SimSeedError(`duplicate room id ${room3.id} (${room3.name})`);
        if (this.roomIdByName.has(room3.name)) throw new SimSeedError(`duplicate room name "${room3.name}"`);
        this.rooms.set(room3.id, room3);
        this.roomOrder.push(room3);
        this.roomIdByName.set(room3.name, room3.id);
        this.members.set(room3.id, /* @__PURE__ */ new Map());
      }
      userIdForEmail(email) {
        return this.userIdByEmail.get(email.toLowerCase());
      }
      /** Replace a room's members wholesale (already validated); returns the counts a PUT reports. */
      replaceMembers(roomId, next) {
        const current = this.members.get(roomId) ?? /* @__PURE__ */ new Map();
        let added = 0;
        let updated = 0;
        const replacement = /* @__PURE__ */ new Map();
        for (const m of next) {
          const before = current.get(m.user_id);
          if (before === void 0) added++;
          else if (before !== m.tx_permission) updated++;
          replacement.set(m.user_id, m.tx_permission);
        }
        let removed = 0;
        for (const id of current.keys()) if (!replacement.has(id)) removed++;
        this.members.set(roomId, replacement);
        return { added, updated, removed };
      }
      /** A copy of everything, in insertion order: edits to it never reach the live state. */
      snapshot() {
        const members = {};
        for (const [roomId, m] of this.members) {
          members[roomId] = [...m].map(([user_id, tx_permission]) => ({ user_id, tx_permission }));
        }
        return { users: this.userOrder.map((u) => ({ ...u })), rooms: this.roomOrder.map((r) => ({ ...r })), members };
      }
      toJSON() {
        return { version: 1, ...this.snapshot() };
      }
      static fromPersisted(data) {
        const state = new _SimState();
        for (const u of data.users) state.addUser({ ...u });
        for (const r of data.rooms) state.addRoom({ ...r });
        for (const [roomId, list] of Object.entries(data.members)) {
          const m = state.members.get(roomId);
          if (!m) throw new SimSeedError(`state file lists members for unknown room ${roomId}`);
          for (const e of list) {
            if (!state.users.has(e.user_id)) {
              throw new SimSeedError(`state file: room ${roomId} lists unknown user ${e.user_id}`);
            }
            m.set(e.user_id, e.tx_permission);
          }
        }
        return state;
      }
      /** Build state from a seed; ids default to a deterministic UUID from the email (users) or name (rooms). */
      static fromSeed(seed) {
        const state = new _SimState();
        for (const [i, u] of (seed.users ?? []).entries()) {
          if (typeof u.email !== "string" || !u.email.includes("@")) {
            throw new SimSeedError(`users[${i}]: email must be an address, got ${JSON.stringify(u.email)}`);
          }
          state.addUser({
            id: u.id ?? deterministicId("user", u.email.toLowerCase()),
            email: u.email,
            display_name: u.display_name ?? defaultDisplayName(u.email),
            active: u.active ?? true,
            created_at: SEED_CREATED_AT
          });
        }
        for (const [i, r] of (seed.rooms ?? []).entries()) {
          if (typeof r.name !== "string" || r.name === "") {
            throw new SimSeedError(`rooms[${i}]: name must be a non-empty string`);
          }
          const id = r.id ?? deterministicId("room", r.name);
          const external = r.external_id ?? null;
          const display_name = r.display_name ?? r.name;
          state.addRoom({ id, name: r.name, display_name, external_id: external, created_at: SEED_CREATED_AT });
          const m = state.members.get(id);
          for (const [j, member2] of (r.members ?? []).entries()) {
            const userId = state.userIdForEmail(member2.email);
            const where = `rooms[${i}] "${r.name}" members[${j}]`;
            if (!userId) throw new SimSeedError(`${where}: no user with email ${member2.email} in users`);
            if (m?.has(userId)) throw new SimSeedError(`${where}: ${member2.email} is listed twice`);
            m?.set(userId, member2.tx ?? false);
          }
        }
        return state;
      }
    };
  }
});

// src/sim/server.ts
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
async function startSimulator(opts = {}) {
  const state = (opts.statePath ? loadStateFile(opts.statePath) : null) ?? SimState.fromSeed(opts.seed ?? {});
  const keys = new Map(buildKeys(opts.seed).map((k) => [k.token, k]));
  const fullKey = [...keys.values()].find((k) => ALL_SCOPES.every((s) => k.scopes.has(s))) ?? [...keys.values()][0];
  const rateLimits = new KeyRateLimits(opts.rateLimit);
  const random = seededRandom(opts.randomSeed ?? Math.floor(Math.random() * 2 ** 32));
  const basePath = (opts.basePath ?? "").replace(/\/+$/, "");
  const adminEnabled = opts.adminEndpoints ?? true;
  const persist = () => {
    if (opts.statePath) saveStateFile(opts.statePath, state);
  };
  const faults = new FaultInjector(opts.faults, random);
  const recorder = new RequestRecorder(opts.maxLogEntries, opts.onRequest);
  const consoleEdits = new ConsoleEditor(state, persist);
  const route = createRouter(new ApiHandlers(state, persist));
  const t0 = performance.now();
  const timer = createDeadlineTimer();
  if ((opts.latencyMs ?? 0) > 0 || (opts.jitterMs ?? 0) > 0) timer.start();
  const admin = {
    requestLog: recorder.log,
    stats: () => recorder.stats(),
    resetStats: () => recorder.reset(),
    snapshot: () => state.snapshot(),
    setFaults: (next) => faults.replace(next),
    currentFaults: () => faults.current,
    consoleEdit: (roomName, members) => consoleEdits.editNow(roomName, members),
    consoleEditAfterRead: (roomName, members, editOpts) => consoleEdits.editAfterRead(roomName, members, editOpts?.afterReads)
  };
  async function handle(req, res) {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const fullPath = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? "" : url.slice(q + 1);
    if (adminEnabled) {
      if (fullPath.startsWith("/_sim/")) return handleAdmin(req, res, fullPath, admin);
      if (basePath && fullPath.startsWith(`${basePath}/_sim/`)) {
        return handleAdmin(req, res, fullPath.slice(basePath.length), admin);
      }
    }
    const start = performance.now();
    recorder.started();
    const time = Math.round(start - t0);
    const entry = { method, path: fullPath, query, status: 0, time, durationMs: 0 };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      entry.durationMs = Math.round((performance.now() - start) * 100) / 100;
      recorder.finished(entry);
    };
    res.on("close", finish);
    const { body: raw, tooLarge } = await readBody(req);
    const parsed = parseBody(raw, tooLarge);
    if (WRITE_METHODS.has(method) && parsed.value !== void 0) entry.body = parsed.value;
    const apiPath = basePath && fullPath.startsWith(basePath) ? fullPath.slice(basePath.length) || "/" : fullPath;
    const requestFaults = faults.arrive(method, apiPath);
    const ruleDelayMs = requestFaults.rule?.delayMs;
    if (ruleDelayMs) await sleep(ruleDelayMs);
    const forced = requestFaults.forcedAnswer();
    if (forced) {
      entry.injected = true;
      entry.status = forced.status;
      return sendAnswer(res, forced);
    }
    const spike = requestFaults.spikeMs();
    const delay = (opts.latencyMs ?? 0) + (opts.jitterMs ? random() * opts.jitterMs : 0) + spike;
    const deadline = (ruleDelayMs ? performance.now() : start) + delay;
    if (delay > 0) await timer.until(deadline - PREPARE_AHEAD_MS);
    if (res.destroyed) return finish();
    const injected = requestFaults.drawAtDeadline();
    const computed = injected === null ? answerFor(req, method, fullPath, query, tooLarge, parsed) : null;
    const shaped = computed && requestFaults.shapeList(computed.answer);
    const answer = injected === "drop" ? null : injected ?? shaped?.answer ?? null;
    const prepared = answer && prepareAnswer(answer, computed?.headers ?? {});
    if (delay > 0) await timer.until(deadline);
    if (res.destroyed) return finish();
    if (injected || shaped?.shaped) entry.injected = true;
    if (!answer || !prepared) {
      req.socket.destroy();
      return finish();
    }
    entry.status = answer.status;
    writePrepared(res, prepared);
    consoleEdits.answerServed(answer);
  }
  function answerFor(req, method, fullPath, query, tooLarge, parsed) {
    const auth = authenticate(req, keys);
    if (isAnswer(auth)) return { answer: auth, headers: { ...UNLIMITED_RATE_HEADERS } };
    const { headers, refused } = rateLimits.admit(auth.token);
    if (refused) return { answer: refused, headers };
    if (basePath && !(fullPath === basePath || fullPath.startsWith(`${basePath}/`))) {
      return { answer: apiError(404, "not_found", `no such endpoint (the API is served under ${basePath})`), headers };
    }
    if (tooLarge) {
      return { answer: apiError(413, "payload_too_large", `the body exceeds ${MAX_BODY_BYTES} bytes`), headers };
    }
    let segments;
    try {
      segments = fullPath.slice(basePath.length).split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      return { answer: apiError(400, "invalid_path", "the path is not valid percent-encoding"), headers };
    }
    return { answer: route(method, segments, new URLSearchParams(query), auth, parsed), headers };
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendAnswer(res, apiError(500, "internal_error", message));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65e3;
  server.headersTimeout = 66e3;
  await new Promise((resolve6, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve6();
    });
  });
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${basePath}`,
    token: fullKey.token,
    requestLog: admin.requestLog,
    get maxInFlight() {
      return recorder.maxInFlight;
    },
    resetStats: admin.resetStats,
    stats: admin.stats,
    setFaults: admin.setFaults,
    snapshot: admin.snapshot,
    consoleEdit: admin.consoleEdit,
    consoleEditAfterRead: admin.consoleEditAfterRead,
    stop: async () => {
      await new Promise((resolve6, reject) => {
        server.close((err) => err ? reject(err) : resolve6());
        server.closeAllConnections();
      });
      await timer.close();
    }
  };
}
var WRITE_METHODS, PREPARE_AHEAD_MS;
var init_server = __esm({
  "src/sim/server.ts"() {
    "use strict";
    init_admin();
    init_answer();
    init_console_edit();
    init_deadline_timer();
    init_faults();
    init_handlers();
    init_ids();
    init_keys();
    init_rate_limit();
    init_request_body();
    init_request_log();
    init_routes();
    init_state();
    init_keys();
    init_request_body();
    init_handlers();
    WRITE_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH"]);
    PREPARE_AHEAD_MS = 1;
  }
});

// src/sim/seed.ts
import { readFileSync as readFileSync4 } from "node:fs";
function fail(file, where, message) {
  throw new SimSeedError(`${file}: ${where}: ${message}`);
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function checkKeys(file, where, obj, allowed) {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) fail(file, where, `unknown key "${k}" (allowed: ${allowed.join(", ")})`);
  }
}
function validateSeed(data, file = "seed") {
  if (data === null || data === void 0) return {};
  if (!isObject2(data)) fail(file, "top level", "must be a mapping with users, rooms, tokens");
  checkKeys(file, "top level", data, ["users", "rooms", "tokens"]);
  for (const section of ["users", "rooms", "tokens"]) {
    if (data[section] !== void 0 && !Array.isArray(data[section])) fail(file, section, "must be a list");
  }
  for (const [i, u] of (data.users ?? []).entries()) {
    const w = `users[${i}]`;
    if (!isObject2(u)) fail(file, w, "must be a mapping");
    checkKeys(file, w, u, ["id", "email", "display_name", "active"]);
    if (typeof u.email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(u.email)) {
      fail(file, `${w}.email`, `must be an email address, got ${JSON.stringify(u.email)}`);
    }
    if (u.id !== void 0 && typeof u.id !== "string") fail(file, `${w}.id`, "must be a string");
    if (u.display_name !== void 0 && typeof u.display_name !== "string") {
      fail(file, `${w}.display_name`, "must be a string");
    }
    if (u.active !== void 0 && typeof u.active !== "boolean") fail(file, `${w}.active`, "must be true or false");
  }
  for (const [i, r] of (data.rooms ?? []).entries()) {
    const w = `rooms[${i}]`;
    if (!isObject2(r)) fail(file, w, "must be a mapping");
    checkKeys(file, w, r, ["id", "name", "display_name", "external_id", "members"]);
    if (typeof r.name !== "string" || r.name === "") fail(file, `${w}.name`, "must be a non-empty string");
    if (r.id !== void 0 && typeof r.id !== "string") fail(file, `${w}.id`, "must be a string");
    if (r.display_name !== void 0 && typeof r.display_name !== "string") {
      fail(file, `${w}.display_name`, "must be a string");
    }
    if (r.external_id !== void 0 && r.external_id !== null && typeof r.external_id !== "string") {
      fail(file, `${w}.external_id`, "must be a string or null");
    }
    if (r.members !== void 0 && !Array.isArray(r.members)) fail(file, `${w}.members`, "must be a list");
    for (const [j, m] of (r.members ?? []).entries()) {
      const mw = `${w}.members[${j}]`;
      if (!isObject2(m)) fail(file, mw, "must be a mapping {email, tx}");
      checkKeys(file, mw, m, ["email", "tx"]);
      if (typeof m.email !== "string") fail(file, `${mw}.email`, "must be a string");
      if (m.tx !== void 0 && typeof m.tx !== "boolean") fail(file, `${mw}.tx`, "must be true or false");
    }
  }
  for (const [i, t] of (data.tokens ?? []).entries()) {
    const w = `tokens[${i}]`;
    if (!isObject2(t)) fail(file, w, "must be a mapping");
    checkKeys(file, w, t, ["token", "scopes", "description", "expires_at"]);
    if (typeof t.token !== "string" || t.token === "") fail(file, `${w}.token`, "must be a non-empty string");
    if (!Array.isArray(t.scopes)) fail(file, `${w}.scopes`, "must be a list");
    for (const s of t.scopes) {
      if (typeof s === "string" && SCOPES.has(s)) continue;
      fail(file, `${w}.scopes`, `unknown scope ${JSON.stringify(s)} (known: ${[...SCOPES].join(", ")})`);
    }
    const expiresAt = t.expires_at;
    const isDate = typeof expiresAt === "string" && !Number.isNaN(Date.parse(expiresAt));
    if (expiresAt !== void 0 && expiresAt !== null && !isDate) {
      fail(file, `${w}.expires_at`, "must be an ISO date-time or null");
    }
  }
  return data;
}
function parseSeed(text, file = "seed") {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      return validateSeed(JSON.parse(text), file);
    } catch (err) {
      if (err instanceof SimSeedError) throw err;
      throw new SimSeedError(`${file}: invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const doc = (0, import_yaml4.parseDocument)(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new SimSeedError(`${file}${pos ? `:${pos.line}:${pos.col}` : ""}: ${first.message.split("\n")[0]}`);
  }
  return validateSeed(doc.toJS({ maxAliasCount: 100 }), file);
}
function loadSeedFile(path) {
  let text;
  try {
    text = readFileSync4(path, "utf8");
  } catch (err) {
    throw new SimSeedError(`cannot read seed file ${path}: ${err.code ?? String(err)}`);
  }
  return parseSeed(text, path);
}
var import_yaml4, SCOPES;
var init_seed = __esm({
  "src/sim/seed.ts"() {
    "use strict";
    import_yaml4 = __toESM(require_dist(), 1);
    init_state();
    SCOPES = /* @__PURE__ */ new Set(["api:users:read", "api:users:write", "api:rooms:read", "api:rooms:write"]);
  }
});

// src/sim/index.ts
var init_sim = __esm({
  "src/sim/index.ts"() {
    "use strict";
    init_server();
    init_seed();
    init_state();
    init_ids();
  }
});

// src/commands/demo.ts
var demo_exports = {};
__export(demo_exports, {
  default: () => demo
});
import { existsSync as existsSync2, readFileSync as readFileSync5 } from "node:fs";
import { dirname, join as join4, relative as relative2 } from "node:path";
import { fileURLToPath } from "node:url";
async function demo(argv, io) {
  const { values } = parseCommandArgs(argv, {});
  if (values.help) {
    io.stdout.write(HELP5);
    return 0;
  }
  const root = packageRoot();
  const tree = join4(root, "examples", "acme");
  const seed = loadSeedFile(join4(tree, "sim-seed.yaml"));
  const sim2 = await startSimulator({ seed, host: "127.0.0.1", port: 0 });
  const env = { ...io.env, WHOOT_API_URL: sim2.url, WHOOT_API_TOKEN: sim2.token };
  const stepIo = { ...io, env, cwd: root };
  const dir = relative2(root, tree) || ".";
  const steps = [
    { title: "validate the tree offline", args: ["validate", "--dir", dir], run: validate, expect: [0] },
    { title: "plan: what would change in whoot", args: ["plan", "--dir", dir], run: plan2, expect: [0] },
    { title: "apply the plan", args: ["apply", "--dir", dir, "--auto-approve"], run: apply, expect: [0] },
    { title: "plan again: whoot now matches the tree", args: ["plan", "--dir", dir, "--detailed-exitcode"], run: plan2, expect: [0] }
  ];
  io.stdout.write(`whoot-rooms demo: a simulated whoot API is running at ${sim2.url} (seeded from ${relative2(root, join4(tree, "sim-seed.yaml"))}).
`);
  const unexpected = [];
  try {
    for (const [i, step] of steps.entries()) {
      io.stdout.write(`
== ${i + 1}/${steps.length} ${step.title}
$ whoot-rooms ${step.args.join(" ")}

`);
      const code = await step.run(step.args.slice(1), stepIo);
      io.stdout.write(`
(exit code ${code})
`);
      if (!step.expect.includes(code)) unexpected.push(`step ${i + 1} (${step.args[0]}) exited ${code}, expected ${step.expect.join(" or ")}`);
      if (step.run === validate && code !== 0) break;
    }
  } finally {
    await sim2.stop();
  }
  if (unexpected.length > 0) {
    for (const u of unexpected) io.stderr.write(`demo: ${u}
`);
    return 1;
  }
  io.stdout.write("\nDone. Try it on your own whoot: export WHOOT_API_TOKEN=\u2026 and run `whoot-rooms export --out my-rooms`, then `whoot-rooms plan --dir my-rooms`.\n");
  return 0;
}
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join4(dir, "package.json");
    if (existsSync2(manifest) && JSON.parse(readFileSync5(manifest, "utf8")).name === "whoot-rooms") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("demo: cannot find the whoot-rooms package root (examples/acme)");
    dir = parent;
  }
}
var HELP5;
var init_demo = __esm({
  "src/commands/demo.ts"() {
    "use strict";
    init_sim();
    init_common();
    init_apply();
    init_plan2();
    init_validate();
    HELP5 = [
      "Usage: whoot-rooms demo",
      "",
      "A complete run with nothing to set up: starts the whoot simulator in-process (seeded with",
      "examples/acme/sim-seed.yaml, on 127.0.0.1 only), then runs, on the examples/acme tree:",
      "  1. validate            2. plan            3. apply --auto-approve            4. plan (no changes)",
      "No token, network or configuration is needed, and nothing outside the simulator is touched.",
      "",
      "Exit codes: 0 every step behaved as expected (the last plan shows no changes); 1 otherwise.",
      ""
    ].join("\n");
  }
});

// src/commands/sim.ts
var sim_exports = {};
__export(sim_exports, {
  default: () => sim,
  parseRateLimit: () => parseRateLimit,
  parseTokenFlag: () => parseTokenFlag
});
import { existsSync as existsSync3, readFileSync as readFileSync6 } from "node:fs";
function probability(name, value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name} must be a probability between 0 and 1, got "${value}"`);
  return n;
}
function nonNegativeInt(name, value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}
function parseTokenFlag(value) {
  const eq = value.indexOf("=");
  const token2 = eq === -1 ? value : value.slice(0, eq);
  if (!token2) throw new UsageError(`--token must be TOKEN or TOKEN=SCOPE,SCOPE, got "${value}"`);
  if (eq === -1) return { token: token2, scopes: [...ALL_SCOPES] };
  const scopes = value.slice(eq + 1).split(",").map((s) => s.trim()).filter(Boolean);
  for (const s of scopes) {
    if (!ALL_SCOPES.includes(s)) throw new UsageError(`--token: unknown scope "${s}" (known: ${ALL_SCOPES.join(", ")})`);
  }
  return { token: token2, scopes };
}
function parseRateLimit(value) {
  if (value === void 0) return void 0;
  const m = /^(\d+(?:\.\d+)?)(?:\/s)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new UsageError(`--rate-limit must be N or N/s with N > 0, got "${value}"`);
  return Number(m[1]);
}
function readFaultsFile(path) {
  let data;
  try {
    data = JSON.parse(readFileSync6(path, "utf8"));
  } catch (err) {
    throw new UsageError(`--faults ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new UsageError(`--faults ${path}: expected a JSON object`);
  return data;
}
async function sim(argv, io) {
  const { values } = parseCommandArgs(argv, {
    host: { type: "string" },
    port: { type: "string" },
    seed: { type: "string" },
    token: { type: "string", multiple: true },
    state: { type: "string" },
    "latency-ms": { type: "string" },
    "jitter-ms": { type: "string" },
    "rate-limit": { type: "string" },
    "base-path": { type: "string" },
    "fault-429": { type: "string" },
    "fault-500": { type: "string" },
    "fault-503": { type: "string" },
    "fault-drop": { type: "string" },
    "fault-spike": { type: "string" },
    "spike-ms": { type: "string" },
    "retry-after": { type: "string" },
    "random-seed": { type: "string" },
    faults: { type: "string" },
    "stats-on-exit": { type: "boolean" }
  });
  if (values.help) {
    io.stdout.write(HELP6);
    return 0;
  }
  const logger = commandLogger(values, io);
  const port = nonNegativeInt("port", values.port) ?? 4010;
  if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  const seed = values.seed ? loadSeedFile(values.seed) : {};
  const flagTokens = (values.token ?? []).map(parseTokenFlag);
  if (flagTokens.length > 0) seed.tokens = [...seed.tokens ?? [], ...flagTokens];
  const faults = {
    ...values.faults ? readFaultsFile(values.faults) : {}
  };
  const set = (k, v) => {
    if (v !== void 0) faults[k] = v;
  };
  set("p429", probability("fault-429", values["fault-429"]));
  set("p500", probability("fault-500", values["fault-500"]));
  set("p503", probability("fault-503", values["fault-503"]));
  set("pDrop", probability("fault-drop", values["fault-drop"]));
  set("pSpike", probability("fault-spike", values["fault-spike"]));
  faults.spikeMs = nonNegativeInt("spike-ms", values["spike-ms"]) ?? faults.spikeMs ?? 5e3;
  faults.retryAfterSeconds = nonNegativeInt("retry-after", values["retry-after"]) ?? faults.retryAfterSeconds ?? 1;
  const stateExisted = values.state !== void 0 && existsSync3(values.state);
  const handle = await startSimulator({
    seed,
    host: values.host ?? "127.0.0.1",
    port,
    latencyMs: nonNegativeInt("latency-ms", values["latency-ms"]),
    jitterMs: nonNegativeInt("jitter-ms", values["jitter-ms"]),
    rateLimit: parseRateLimit(values["rate-limit"]),
    statePath: values.state,
    basePath: values["base-path"],
    randomSeed: nonNegativeInt("random-seed", values["random-seed"]),
    faults,
    maxLogEntries: 2e5,
    onRequest: (e) => logger.debug({ method: e.method, path: e.path, query: e.query, status: e.status, ms: e.durationMs, injected: e.injected }, "request")
  }).catch((err) => {
    const code = err.code;
    if (code === "EADDRINUSE") throw new UsageError(`port ${port} on ${values.host ?? "127.0.0.1"} is already in use: choose another with --port (0 = any free port)`);
    if (code === "EADDRNOTAVAIL") throw new UsageError(`cannot bind to ${values.host ?? ""}: not an address of this machine`);
    throw err;
  });
  const snap = handle.snapshot();
  const stateNote = values.state ? stateExisted ? `, state loaded from ${values.state} (the seed's users and rooms are not used)` : `, state saved to ${values.state}` : "";
  const tokens = seed.tokens && seed.tokens.length > 0 ? seed.tokens : [{ token: handle.token, scopes: [...ALL_SCOPES] }];
  io.stdout.write(
    [
      `whoot simulator listening on ${handle.url}`,
      `  ${snap.users.length} users, ${snap.rooms.length} rooms${stateNote}`,
      ...tokens.map((t) => `  token ${t.token} (${t.scopes.join(", ") || "no scopes"})`),
      `  try: WHOOT_API_URL=${handle.url} WHOOT_API_TOKEN=${handle.token} whoot-rooms plan`,
      `WHOOT_SIM_READY ${JSON.stringify({ url: handle.url, token: handle.token })}`,
      ""
    ].join("\n")
  );
  const signal = await new Promise((resolve6) => {
    const on = (s) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve6(s);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
  const stats = handle.stats();
  await handle.stop();
  if (values["stats-on-exit"]) io.stdout.write(`WHOOT_SIM_STATS ${JSON.stringify(stats)}
`);
  logger.info(`simulator stopped (${signal}) after ${stats.requests} requests`);
  return 0;
}
var HELP6;
var init_sim2 = __esm({
  "src/commands/sim.ts"() {
    "use strict";
    init_sim();
    init_common();
    HELP6 = `Usage: whoot-rooms sim [options]

Run the whoot Management API simulator (in memory, over HTTP) for demos, tests and benchmarks.

Options:
  --host HOST            bind address (default 127.0.0.1)
  --port N               port, 0 = any free port (default 4010)
  --seed FILE            seed file, YAML or JSON: users, rooms (members by email), tokens
  --token TOKEN=SCOPES   accept TOKEN with comma-separated scopes (repeatable; TOKEN alone = all scopes);
                         without tokens in the seed or here, the token is "sim-token" with all scopes
  --state FILE           persist the state as JSON after every write; loaded at start when it exists
  --latency-ms N         added latency per request (default 0)
  --jitter-ms N          plus a uniform random 0..N ms (default 0)
  --rate-limit N[/s]     token bucket per key: N requests per second (429 + Retry-After beyond it)
  --base-path PATH       serve the API under a path prefix, e.g. /v1/acme
  --fault-429 P          probability (0..1) of an injected 429 per request
  --fault-500 P          probability of an injected 500
  --fault-503 P          probability of an injected 503
  --fault-drop P         probability of dropping the connection without an answer
  --fault-spike P        probability of a latency spike of --spike-ms (default 5000)
  --retry-after N        Retry-After seconds on injected 429s (default 1)
  --faults FILE          fault settings as JSON (SimFaults, including targeted rules by method and path;
                         a rule's truncate/bareArray reshape list answers)
  --random-seed N        make jitter and faults reproducible
  --stats-on-exit        print a WHOOT_SIM_STATS {json} line on stdout when stopped
  --log-level LEVEL      debug logs every request to stderr

On start it prints the URL, the token, and one machine-readable line:
  WHOOT_SIM_READY {"url":"http://127.0.0.1:4010","token":"sim-token"}
Simulator-only endpoints (no auth): GET /_sim/stats, POST /_sim/reset-stats, GET /_sim/log,
GET /_sim/state, PUT /_sim/faults, POST /_sim/console-edit (with "after_reads": N, armed for
after the Nth full read of the room's members). Stops on SIGINT/SIGTERM.
`;
  }
});

// src/commands/main.ts
init_escape();
init_common();
var COMMANDS = {
  validate: { summary: "check the desired-state tree offline (YAML, schemas, references)", load: async () => (await Promise.resolve().then(() => (init_validate(), validate_exports))).default },
  plan: { summary: "show what apply would change in whoot", load: async () => (await Promise.resolve().then(() => (init_plan2(), plan_exports))).default },
  apply: { summary: "make whoot match the tree (one PUT per changed room)", load: async () => (await Promise.resolve().then(() => (init_apply(), apply_exports))).default },
  expire: {
    summary: "remove the access whose `expires` date has passed, and nothing else",
    load: async () => (await Promise.resolve().then(() => (init_expire2(), expire_exports))).default
  },
  export: { summary: "write the live rooms as a tree (adopt whoot-rooms)", load: async () => (await Promise.resolve().then(() => (init_export(), export_exports))).default },
  demo: { summary: "validate, plan, apply, plan again against an embedded simulator", load: async () => (await Promise.resolve().then(() => (init_demo(), demo_exports))).default },
  sim: { summary: "run the whoot API simulator", load: async () => (await Promise.resolve().then(() => (init_sim2(), sim_exports))).default }
};
var VERSION = "0.1.0";
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "whoot-rooms: room membership as code for whoot.",
    "",
    "Usage: whoot-rooms <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `whoot-rooms <command> --help` for the options of a command.",
    "The API token is read from WHOOT_API_TOKEN only (never a flag); the API URL from --api-url or WHOOT_API_URL.",
    ""
  ].join("\n");
}
async function main(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(usage());
    return name === void 0 ? 1 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`error: unknown command "${name}"

${usage()}`);
    return 1;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${terminalText(err.message)}
Run \`whoot-rooms ${name} --help\` for usage.
`);
      return 1;
    }
    const message = terminalText(err instanceof Error ? err.message : String(err));
    io.stderr.write(`error: ${message}
`);
    if (io.env.WHOOT_ROOMS_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}
`);
    return 1;
  }
}
function runProcess() {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`error: ${terminalText(err instanceof Error ? err.message : String(err))}
`);
      process.exitCode = 1;
    }
  );
}

// src/cli.ts
runProcess();
