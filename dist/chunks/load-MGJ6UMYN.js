#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{e as a}from"./chunk-F4W2LFKG.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import"./chunk-TWXNEB4Y.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";export{a as loadDesiredState};
//# sourceMappingURL=load-MGJ6UMYN.js.map
