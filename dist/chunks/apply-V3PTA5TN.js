#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-IGIQKUW2.js";import"./chunk-FAU5RAQ4.js";import"./chunk-Z65AMQQE.js";import"./chunk-4LSPQQ4F.js";import"./chunk-XLTTD632.js";import"./chunk-ZEWWWCH2.js";import"./chunk-EQLDPRVC.js";import"./chunk-D5SMWUTQ.js";import"./chunk-YK6F2DAU.js";import"./chunk-XXJWKL4H.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-V3PTA5TN.js.map
