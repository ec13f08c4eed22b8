#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-LSI3Y6SD.js";import"./chunk-Z65AMQQE.js";import"./chunk-4LSPQQ4F.js";import"./chunk-XLTTD632.js";import"./chunk-ZEWWWCH2.js";import"./chunk-EQLDPRVC.js";import"./chunk-D5SMWUTQ.js";import"./chunk-YK6F2DAU.js";import"./chunk-XXJWKL4H.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-2MZIO2VO.js.map
