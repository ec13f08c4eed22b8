#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{a}from"./chunk-DJCLYORQ.js";import"./chunk-AU7547AQ.js";export default a();
//# sourceMappingURL=undici-ELSM6WPN.js.map
