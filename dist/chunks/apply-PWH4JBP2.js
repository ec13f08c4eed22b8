#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-BYAKZH5O.js";import"./chunk-FAU5RAQ4.js";import"./chunk-OY4UX774.js";import"./chunk-LPZEUNUT.js";import"./chunk-6T24V7WJ.js";import"./chunk-HRUKLU5U.js";import"./chunk-FRJJU6EH.js";import"./chunk-IHP2F3U7.js";import"./chunk-WBHI5OLX.js";import"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-PWH4JBP2.js.map
