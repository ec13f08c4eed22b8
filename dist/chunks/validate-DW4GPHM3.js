#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-YGKK6RA5.js";import"./chunk-PMZSUAOV.js";import"./chunk-4C7M4SSC.js";import"./chunk-TRZNXLXI.js";import"./chunk-T53I7QPQ.js";import"./chunk-OVUPITRY.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-DW4GPHM3.js.map
