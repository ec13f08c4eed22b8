import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCliProcess as runCli } from './helpers.js';

/** The simulator's port is the one thing that differs between runs. */
const samePort = (s: string): string => s.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');

/** The body of the first fenced block after `marker` in a Markdown file. */
function blockAfter(file: string, marker: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const from = text.indexOf(marker);
  expect(from, `${file} has "${marker}"`).toBeGreaterThanOrEqual(0);
  const open = text.indexOf('\n', text.indexOf('```', from)) + 1;
  return text.slice(open, text.indexOf('```', open));
}

describe('whoot-rooms demo', () => {
  it(
    'runs validate, plan, apply and a clean second plan against the embedded simulator, with no token or ' +
      'network, from any directory',
    async () => {
      // cwd "/": the examples must be found from the package root, not the working directory.
      const r = await runCli(['demo'], { env: {}, cwd: '/' });
      expect(r.stdout).toMatch(/a simulated whoot API is running at http:\/\/127\.0\.0\.1:\d+/);
      for (const heading of ['== 1/4 validate', '== 2/4 plan', '== 3/4 apply', '== 4/4 plan again'])
        expect(r.stdout).toContain(heading);
      expect(r.stdout).toMatch(/Applied \d+ rooms?, skipped 0, failed 0/);
      expect(r.stdout).toContain('No changes. whoot matches the tree');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);

      // The docs show real output: docs/cli.md the whole transcript, the README an abridged one (lines in order).
      // The closing hint names the bin as it runs from where the demo started: from "/" that is node and the
      // bundle's absolute path; the docs show it as run from the package root.
      expect(r.stdout).toContain(`run \`node ${join(root, 'dist', 'cli.js')} export --out my-rooms\``);
      const out = samePort(r.stdout).replaceAll(`node ${join(root, 'dist', 'cli.js')}`, 'node dist/cli.js');
      expect(samePort(blockAfter('docs/cli.md', 'Real output of `node dist/cli.js demo`'))).toBe(
        `$ whoot-rooms demo\n${out}`,
      );
      const shown = blockAfter('README.md', '## What the demo shows')
        .split('\n')
        .filter((l) => l !== '' && l !== '…');
      let at = 0;
      for (const line of shown) {
        const found = out.indexOf(`${line}\n`, at);
        expect(found, `README demo line not in the real output (in order): ${line}`).toBeGreaterThanOrEqual(0);
        at = found + line.length;
      }
    },
  );
});
