#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-6AZUF3PG.js";import"./chunk-JRNCGNQW.js";import"./chunk-BE7OPXVN.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import"./chunk-WBHI5OLX.js";import"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-YGWZFEIX.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-UMKZSW2C.js.map
