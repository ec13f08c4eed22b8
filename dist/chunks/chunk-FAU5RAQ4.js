#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
var I={SIGINT:130,SIGTERM:143};function p(t){let e=new AbortController,r,o=n=>{if(r!==void 0){t.onAgain?.(n);return}r=n,t.onFirst?.(n),e.abort(new Error(`interrupted by ${n}`))},i=()=>o("SIGINT"),s=()=>o("SIGTERM");return process.on("SIGINT",i),process.on("SIGTERM",s),{signal:e.signal,received:()=>r,dispose:()=>{process.off("SIGINT",i),process.off("SIGTERM",s)}}}export{I as a,p as b};
//# sourceMappingURL=chunk-FAU5RAQ4.js.map
