#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-C7JBNFRP.js";import"./chunk-RB2SJ4FG.js";import"./chunk-PN2JDUX7.js";import"./chunk-RNBQ23RT.js";import"./chunk-MNUZNZE4.js";import"./chunk-E72XEDL3.js";import"./chunk-6YDO2QBJ.js";import"./chunk-VA4KIFS7.js";import"./chunk-U2MY7B55.js";import"./chunk-TRZNXLXI.js";import"./chunk-RTXOP2VI.js";import"./chunk-NPNAVLCT.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-ME3VYTO6.js.map
