#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-CBFITZIC.js";import"./chunk-GU4IJQTV.js";import"./chunk-Y2VUVPLP.js";import"./chunk-6T24V7WJ.js";import"./chunk-HRUKLU5U.js";import"./chunk-I7X56DAZ.js";import"./chunk-IHP2F3U7.js";import"./chunk-YS7MAIH5.js";import"./chunk-RKVZDE2O.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-HZB35DVY.js.map
