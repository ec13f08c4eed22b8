#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-QZ7POYKH.js";import"./chunk-PT2V2JZT.js";import"./chunk-CZURHQSS.js";import"./chunk-RNBQ23RT.js";import"./chunk-2J24K3UD.js";import"./chunk-E72XEDL3.js";import"./chunk-GRZHA2CX.js";import"./chunk-VA4KIFS7.js";import"./chunk-U2MY7B55.js";import"./chunk-TRZNXLXI.js";import"./chunk-RTXOP2VI.js";import"./chunk-NPNAVLCT.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-XCH7LJX7.js.map
