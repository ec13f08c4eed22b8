#!/usr/bin/env node
// The reference client as its own process, started like the CLI (through bench/measure.mjs), so both pay for
// start-up alike. Prints a JSON summary on stdout (the changes it found, the rooms it wrote, its request count).
//
// Usage: WHOOT_API_URL=… WHOOT_API_TOKEN=… node bench/reference/run.mjs plan|apply DESIRED.json
//          [--concurrency 8] [--rate N --burst N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect, run } from './client.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { concurrency: { type: 'string', default: '8' }, rate: { type: 'string' }, burst: { type: 'string' } },
});
const [mode, desiredPath] = positionals;
if (!['plan', 'apply'].includes(mode) || !desiredPath) {
  process.stderr.write(
    'usage: node bench/reference/run.mjs plan|apply DESIRED.json [--concurrency N] [--rate N --burst N]\n',
  );
  process.exit(2);
}
const concurrency = Number(values.concurrency);
const api = connect({
  url: process.env.WHOOT_API_URL,
  token: process.env.WHOOT_API_TOKEN,
  concurrency,
  rate: values.rate ? Number(values.rate) : undefined,
  burst: values.burst ? Number(values.burst) : undefined,
});
const summary = await run(api, JSON.parse(readFileSync(desiredPath, 'utf8')), { apply: mode === 'apply', concurrency });
api.close();
process.stdout.write(`${JSON.stringify({ summary, requests: api.requestCount() })}\n`);
