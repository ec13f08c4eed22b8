#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-26ZHDTFI.js";import"./chunk-ZYTN3KT6.js";import"./chunk-RAPOPRHQ.js";import"./chunk-TRZNXLXI.js";import"./chunk-WWOZ6IJA.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-OH2QGULU.js.map
