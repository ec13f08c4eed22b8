#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-BL2JGQTZ.js";import"./chunk-MOEL6K5W.js";import"./chunk-5YWMIY7Z.js";import"./chunk-TRZNXLXI.js";import"./chunk-XZM7HAMH.js";import"./chunk-EUDMODN7.js";import"./chunk-AU7547AQ.js";export{a as default};
//# sourceMappingURL=validate-2ZY3FQYH.js.map
