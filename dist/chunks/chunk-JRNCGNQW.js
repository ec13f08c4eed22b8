#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
//# sourceMappingURL=chunk-JRNCGNQW.js.map
