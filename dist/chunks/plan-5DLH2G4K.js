#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-ROG5SEFG.js";import"./chunk-XD62LPUG.js";import"./chunk-3YBLCAVY.js";import"./chunk-KTFB323R.js";import"./chunk-XYREWPRM.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-5DLH2G4K.js.map
