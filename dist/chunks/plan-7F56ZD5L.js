#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-6LHW6UD6.js";import"./chunk-GUPK5B4Y.js";import"./chunk-DKU7SQX7.js";import"./chunk-DGYY7PK3.js";import"./chunk-UAJ437IE.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-7F56ZD5L.js.map
