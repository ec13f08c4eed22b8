#!/usr/bin/env node
// Runs a script (the CLI bundle, or the parse baseline) in this process and, on exit, writes its resource
// usage to the file named by BENCH_USAGE_FILE: peak RSS and CPU time as the kernel counts them.
// One extra tiny module load is the only overhead; the measured process is otherwise the real one.
//
// Usage: BENCH_USAGE_FILE=/tmp/u.json node bench/measure.mjs <script.js> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: BENCH_USAGE_FILE=FILE node bench/measure.mjs <script.js> [args...]\n');
  process.exit(1);
}
const usageFile = process.env.BENCH_USAGE_FILE;
const started = performance.now();
if (usageFile) {
  process.on('exit', (code) => {
    const u = process.resourceUsage();
    writeFileSync(
      usageFile,
      JSON.stringify({
        code,
        maxRssKb: u.maxRSS,
        userCpuMs: u.userCPUTime / 1000,
        systemCpuMs: u.systemCPUTime / 1000,
        // from this module's start to exit: excludes only the node binary's own boot
        scriptMs: performance.now() - started,
        sinceProcessStartMs: performance.now(),
      }),
    );
  });
}
// The script sees the argv it would see when run directly: [node, script, ...args].
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
