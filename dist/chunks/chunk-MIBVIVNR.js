#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{setFlagsFromString as o}from"node:v8";function t(){o("--heap-growing-percent=50")}export{t as a};
//# sourceMappingURL=chunk-MIBVIVNR.js.map
