#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-T3J3ZISC.js";import"./chunk-TPS37NEH.js";import"./chunk-UTNT6YTI.js";import"./chunk-MOEL6K5W.js";import"./chunk-JRSIZKSQ.js";import"./chunk-7WQGFJMO.js";import"./chunk-DI7OWN7G.js";import"./chunk-PYIZBOZ2.js";import"./chunk-5YWMIY7Z.js";import"./chunk-TRZNXLXI.js";import"./chunk-XZM7HAMH.js";import"./chunk-EUDMODN7.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=plan-623U3OIT.js.map
