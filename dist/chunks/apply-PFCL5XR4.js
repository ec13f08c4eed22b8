#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-NTWISCNT.js";import"./chunk-5IG4LVZ6.js";import"./chunk-QTNJN66G.js";import"./chunk-PMZSUAOV.js";import"./chunk-DYNAGE3X.js";import"./chunk-YB76GISP.js";import"./chunk-4C7M4SSC.js";import"./chunk-TRZNXLXI.js";import"./chunk-T53I7QPQ.js";import"./chunk-OVUPITRY.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-PFCL5XR4.js.map
