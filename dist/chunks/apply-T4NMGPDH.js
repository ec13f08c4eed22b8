#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-6G3KYQLG.js";import"./chunk-FAU5RAQ4.js";import"./chunk-7XEDHRPM.js";import"./chunk-MU5YTATQ.js";import"./chunk-FKTKHWK2.js";import"./chunk-YO2DBHHF.js";import"./chunk-FRJJU6EH.js";import"./chunk-IHP2F3U7.js";import"./chunk-WBHI5OLX.js";import"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-YGWZFEIX.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-T4NMGPDH.js.map
