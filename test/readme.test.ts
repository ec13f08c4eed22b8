import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionYml, ROOT } from './action/harness.js';

/** First-column names of the table under `### <heading>` in the README. */
function readmeTable(heading: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^### /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('README', () => {
  it('opens with the two fresh-machine commands: the demo and the tests', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  it('lists exactly the inputs and outputs of action.yml', () => {
    const yml = actionYml();
    expect(readmeTable('Inputs')).toEqual(Object.keys(yml.inputs));
    expect(readmeTable('Outputs')).toEqual(Object.keys(yml.outputs));
  });
});
