#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a as g}from"./chunk-VA4KIFS7.js";import{a as r}from"./chunk-RTXOP2VI.js";function f(e,l){let o=e["log-format"];if(o!==void 0&&o!=="json"&&o!=="pretty"&&o!=="text")throw new r(`--log-format must be json or text, got "${String(o)}"`);let t=typeof e["log-level"]=="string"?e["log-level"]:l.env.LOG_LEVEL??"info",n=["fatal","error","warn","info","debug","trace","silent"];if(!n.includes(t))throw new r(`--log-level must be one of ${n.join(", ")}, got "${t}"`);return g({level:t,format:o==="json"?"json":"pretty"})}export{f as a};
//# sourceMappingURL=chunk-E72XEDL3.js.map
