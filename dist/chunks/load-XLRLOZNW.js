#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{e as a}from"./chunk-BE7OPXVN.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import"./chunk-YGWZFEIX.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as loadDesiredState};
//# sourceMappingURL=load-XLRLOZNW.js.map
