#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-VU7QVOS3.js";import"./chunk-RNBQ23RT.js";import"./chunk-U2MY7B55.js";import"./chunk-TRZNXLXI.js";import"./chunk-RTXOP2VI.js";import"./chunk-NPNAVLCT.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-NFZEX2UE.js.map
