#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-A2SCI2KF.js";import"./chunk-JRNCGNQW.js";import"./chunk-F4W2LFKG.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-B45DP5KF.js.map
