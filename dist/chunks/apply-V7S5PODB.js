#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-JQ7BFUSY.js";import"./chunk-FAU5RAQ4.js";import"./chunk-TG57O3PE.js";import"./chunk-ZOK2BE4L.js";import"./chunk-IGLQYM7J.js";import"./chunk-UWO62ZAA.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-V7S5PODB.js.map
