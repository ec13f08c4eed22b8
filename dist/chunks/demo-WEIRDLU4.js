#!/usr/bin/env node
import { createRequire as __whootCreateRequire } from 'node:module'; const require = __whootCreateRequire(import.meta.url);
import{b as f,c as g,d as x,f as y}from"./chunk-NWVYLHH2.js";import{a as m}from"./chunk-6AZUF3PG.js";import"./chunk-JRNCGNQW.js";import"./chunk-BE7OPXVN.js";import"./chunk-WFG77TLM.js";import"./chunk-TRZNXLXI.js";import{a as l}from"./chunk-PMUWTCN6.js";import{a as w}from"./chunk-6G3KYQLG.js";import"./chunk-FAU5RAQ4.js";import"./chunk-7XEDHRPM.js";import"./chunk-MU5YTATQ.js";import"./chunk-FKTKHWK2.js";import"./chunk-YO2DBHHF.js";import"./chunk-FRJJU6EH.js";import"./chunk-IHP2F3U7.js";import"./chunk-WBHI5OLX.js";import{h}from"./chunk-RBMTKG2E.js";import"./chunk-4WEVBSEH.js";import"./chunk-YGWZFEIX.js";import"./chunk-AJEREI3M.js";import"./chunk-AU7547AQ.js";import{join as d,relative as $}from"node:path";var P={name:"demo",description:["A complete run with nothing to set up: starts the whoot simulator in-process (seeded with","examples/acme/sim-seed.yaml, on 127.0.0.1 only), then runs, on the examples/acme tree:","  1. validate            2. plan            3. apply --auto-approve            4. plan (no changes)","No token, network or configuration is needed, and nothing outside the simulator is touched."],options:{},footer:["Exit codes: 0 every step behaved as expected (the last plan shows no changes); 1 otherwise."]};async function A(v,e){if(!h(v,P,e.stdout))return 0;let o=x(),i=d(o,"examples","acme"),I=g(d(i,"sim-seed.yaml")),n=await f({seed:I,host:"127.0.0.1",port:0}),O={...e.env,WHOOT_API_URL:n.url,WHOOT_API_TOKEN:n.token},C={...e,env:O,cwd:o},r=$(o,i)||".",c=[{title:"validate the tree offline",args:["validate","--dir",r],run:m,expect:[0]},{title:"plan: what would change in whoot",args:["plan","--dir",r],run:l,expect:[0]},{title:"apply the plan",args:["apply","--dir",r,"--auto-approve"],run:w,expect:[0]},{title:"plan again: whoot now matches the tree",args:["plan","--dir",r,"--detailed-exitcode"],run:l,expect:[0]}];e.stdout.write(`whoot-rooms demo: a simulated whoot API is running at ${n.url} (seeded from ${$(o,d(i,"sim-seed.yaml"))}).
`);let p=[];try{for(let[s,t]of c.entries()){e.stdout.write(`
== ${s+1}/${c.length} ${t.title}
$ whoot-rooms ${t.args.join(" ")}

`);let a=await t.run(t.args.slice(1),C);if(e.stdout.write(`
(exit code ${a})
`),t.expect.includes(a)||p.push(`step ${s+1} (${t.args[0]}) exited ${a}, expected ${t.expect.join(" or ")}`),t.run===m&&a!==0)break}}finally{await n.stop()}if(p.length>0){for(let s of p)e.stderr.write(`demo: ${s}
`);return 1}let u=y(e.cwd,e.env);return e.stdout.write(`
Done. Try it on your own whoot: export WHOOT_API_TOKEN=\u2026 and run \`${u} export --out my-rooms\`, then \`${u} plan --dir my-rooms\`.
`),0}export{A as default};
//# sourceMappingURL=demo-WEIRDLU4.js.map
