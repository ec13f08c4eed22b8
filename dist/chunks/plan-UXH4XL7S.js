#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-3QW7J4EC.js";import"./chunk-KCDBB3QD.js";import"./chunk-SEIGWTBV.js";import"./chunk-XLTTD632.js";import"./chunk-GSQ4DADL.js";import"./chunk-EQLDPRVC.js";import"./chunk-3YF5C2H5.js";import"./chunk-YK6F2DAU.js";import"./chunk-TC7YZR46.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-UXH4XL7S.js.map
