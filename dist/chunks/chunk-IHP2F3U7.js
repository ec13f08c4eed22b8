#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
var r={trace:10,debug:20,info:30,warn:40,error:50,fatal:60,silent:Number.POSITIVE_INFINITY},e=()=>{};function n(){return{level:"silent",fatal:e,error:e,warn:e,info:e,debug:e,trace:e,isLevelEnabled:()=>!1}}export{r as a,n as b};
//# sourceMappingURL=chunk-IHP2F3U7.js.map
