#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a as b,b as c}from"./chunk-DDVG3PMO.js";import{b as a}from"./chunk-IHP2F3U7.js";import"./chunk-AU7547AQ.js";export{b as REDACT_PATHS,c as createLogger,a as silentLogger};
//# sourceMappingURL=log-IRRMBGDX.js.map
