#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a,b}from"./chunk-HT4AH6SQ.js";import"./chunk-FAU5RAQ4.js";import"./chunk-GHHHBZ7I.js";import"./chunk-4XSMNAAA.js";import"./chunk-K4LOK2UY.js";import"./chunk-NCECLJYA.js";import"./chunk-OK3SFFLQ.js";import"./chunk-IONIO25Q.js";import"./chunk-VA4KIFS7.js";import"./chunk-5I4BUJ37.js";import"./chunk-TRZNXLXI.js";import"./chunk-V6DRB5F7.js";import"./chunk-TWYBM2LE.js";import"./chunk-AU7547AQ.js";export{b as ask,a as default};
//# sourceMappingURL=apply-QEQSZJLZ.js.map
