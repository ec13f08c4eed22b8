#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-MQRA5XFM.js";import"./chunk-FAU5RAQ4.js";import"./chunk-GUPK5B4Y.js";import"./chunk-DKU7SQX7.js";import"./chunk-DGYY7PK3.js";import"./chunk-UAJ437IE.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-GJVC63A2.js.map
