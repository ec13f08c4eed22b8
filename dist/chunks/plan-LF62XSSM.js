#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-O5ZKEKEV.js";import"./chunk-TKXYG3S5.js";import"./chunk-FRTY5IDD.js";import"./chunk-XLTTD632.js";import"./chunk-MKLQHRR5.js";import"./chunk-EQLDPRVC.js";import"./chunk-3THATIUB.js";import"./chunk-YK6F2DAU.js";import"./chunk-TC7YZR46.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-LF62XSSM.js.map
