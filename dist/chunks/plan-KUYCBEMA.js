#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-KB3BYE2X.js";import"./chunk-VPOARH5E.js";import"./chunk-4XSMNAAA.js";import"./chunk-ZYTN3KT6.js";import"./chunk-YWFOMJWU.js";import"./chunk-QXAIJIZ2.js";import"./chunk-IONIO25Q.js";import"./chunk-VA4KIFS7.js";import"./chunk-5I4BUJ37.js";import"./chunk-TRZNXLXI.js";import"./chunk-WWOZ6IJA.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-KUYCBEMA.js.map
