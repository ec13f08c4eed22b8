#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-6XNAE6OG.js";import"./chunk-K4LOK2UY.js";import"./chunk-5I4BUJ37.js";import"./chunk-TRZNXLXI.js";import"./chunk-V6DRB5F7.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-Y2WEHVF2.js.map
