#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-RN3AHVYQ.js";import"./chunk-P4NTW76Y.js";import"./chunk-LO23J5L3.js";import"./chunk-XLTTD632.js";import"./chunk-RQY35JHY.js";import"./chunk-EQLDPRVC.js";import"./chunk-JZUKK7IN.js";import"./chunk-YK6F2DAU.js";import"./chunk-O3YWYZWT.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-7VQVKJ57.js.map
