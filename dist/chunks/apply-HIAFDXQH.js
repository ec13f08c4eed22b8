#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-YAHUGTTL.js";import"./chunk-USN5NYZB.js";import"./chunk-TAFUU3VP.js";import"./chunk-ZYTN3KT6.js";import"./chunk-WBB5SAYJ.js";import"./chunk-QXAIJIZ2.js";import"./chunk-L2PS42BY.js";import"./chunk-VA4KIFS7.js";import"./chunk-RAPOPRHQ.js";import"./chunk-TRZNXLXI.js";import"./chunk-WWOZ6IJA.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-HIAFDXQH.js.map
