#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-TKOKTOTP.js";import"./chunk-FAU5RAQ4.js";import"./chunk-RB2SJ4FG.js";import"./chunk-PN2JDUX7.js";import"./chunk-RNBQ23RT.js";import"./chunk-MNUZNZE4.js";import"./chunk-E72XEDL3.js";import"./chunk-6YDO2QBJ.js";import"./chunk-VA4KIFS7.js";import"./chunk-U2MY7B55.js";import"./chunk-TRZNXLXI.js";import"./chunk-RTXOP2VI.js";import"./chunk-NPNAVLCT.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-727LXCOU.js.map
