#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-RT3FLQNA.js";import"./chunk-7PLUG5UU.js";import"./chunk-6HXZBWBR.js";import"./chunk-XLTTD632.js";import"./chunk-EFQANI45.js";import"./chunk-EQLDPRVC.js";import"./chunk-S7EGGOOU.js";import"./chunk-YK6F2DAU.js";import"./chunk-UCE5FMPI.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-5HGZGQNW.js.map
