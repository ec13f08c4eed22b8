#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-JSWLUQHH.js";import"./chunk-TG57O3PE.js";import"./chunk-ZOK2BE4L.js";import"./chunk-IGLQYM7J.js";import"./chunk-UWO62ZAA.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-TY3JWFKS.js.map
