#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-FJKR3FGW.js";import"./chunk-ZYTN3KT6.js";import"./chunk-5I4BUJ37.js";import"./chunk-TRZNXLXI.js";import"./chunk-WWOZ6IJA.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-3EUM5WKD.js.map
