#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-WB75EYVU.js";import"./chunk-JRNCGNQW.js";import"./chunk-F4W2LFKG.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import"./chunk-WBHI5OLX.js";import"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-SJFH2JB4.js.map
