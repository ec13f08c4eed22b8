#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-POGA4C2E.js";import"./chunk-XLTTD632.js";import"./chunk-XXJWKL4H.js";import"./chunk-TRZNXLXI.js";import"./chunk-BLIDM452.js";import"./chunk-M5UVD7WG.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-GFF4MY2S.js.map
