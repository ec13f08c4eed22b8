#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
async function t(){let{setFlagsFromString:o}=await import("node:v8");o("--heap-growing-percent=50")}export{t as a};
//# sourceMappingURL=chunk-ZBQ3MS3E.js.map
