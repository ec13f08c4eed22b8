#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-QAIWSP6E.js";import"./chunk-OY4UX774.js";import"./chunk-LPZEUNUT.js";import"./chunk-6T24V7WJ.js";import"./chunk-HRUKLU5U.js";import"./chunk-FRJJU6EH.js";import"./chunk-IHP2F3U7.js";import"./chunk-WBHI5OLX.js";import"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-LK3R2DQS.js.map
