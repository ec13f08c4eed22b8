#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-ULARYZWT.js";import"./chunk-Z2J3TSTN.js";import"./chunk-4XBIRNMZ.js";import"./chunk-E67HJYTU.js";import"./chunk-PCLJMAY7.js";import"./chunk-AOZ5AFHZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-HZPET3MB.js";import"./chunk-7MUULPIS.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-VWILC7D5.js.map
