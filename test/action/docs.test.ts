import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_NAMES } from '../../src/action/reporter.js';
import { actionYml, ROOT } from './harness.js';

/** The first-column names of the Markdown table under `## <heading>` in docs/action.md. */
function tableNames(heading: string): Array<{ name: string; cells: string[] }> {
  const doc = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((l) => /^\| `[^`]+` \|/.test(l))
    .map((l) => {
      const cells = l.split(' | ').map((c) => c.replace(/^\| ?|\|$/g, '').trim());
      return { name: (cells[0] ?? '').replace(/`/g, ''), cells };
    });
}

describe('docs/action.md', () => {
  const yml = actionYml();

  it('documents exactly the inputs of action.yml, with their defaults', () => {
    const rows = tableNames('Inputs');
    expect(rows.map((r) => r.name)).toEqual(Object.keys(yml.inputs));
    for (const row of rows) {
      const def = yml.inputs[row.name]?.default ?? '';
      expect(row.cells[1], row.name).toBe(def === '' ? '(empty)' : `\`${def}\``);
    }
  });

  it('documents exactly the outputs of action.yml, which are exactly the outputs the code sets', () => {
    expect(tableNames('Outputs').map((r) => r.name)).toEqual(Object.keys(yml.outputs));
    expect(Object.keys(yml.outputs)).toEqual([...OUTPUT_NAMES]);
  });
});

describe('action.yml', () => {
  it('runs the bundle on node24 and describes every input and output', () => {
    const raw = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(raw).toMatch(/runs:\n\s+using: node24\n\s+main: dist\/index\.js/);
    const yml = actionYml() as unknown as {
      inputs: Record<string, { description?: string }>;
      outputs: Record<string, { description?: string }>;
    };
    for (const [name, spec] of [...Object.entries(yml.inputs), ...Object.entries(yml.outputs)]) {
      expect(spec.description?.length ?? 0, name).toBeGreaterThan(30);
    }
  });
});

describe('examples/workflows/whoot-rooms.yml', () => {
  const text = readFileSync(join(ROOT, 'examples', 'workflows', 'whoot-rooms.yml'), 'utf8');
  it('starts from no permissions and never uses pull_request_target', () => {
    expect(text).toMatch(/^permissions: \{\}$/m);
    expect(text).not.toMatch(/^\s*pull_request_target:/m);
    expect(text).not.toMatch(/^\s*paths(-ignore)?:/m);
    expect(text).toContain('cancel-in-progress: false');
    expect(text).toContain('group: whoot-rooms-apply');
  });
  it('pins third-party actions by commit SHA and checks out without persisted credentials', () => {
    const uses = [...text.matchAll(/uses: (actions\/[^\s@]+)@(\S+)/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const m of uses) expect(m[2], m[1]).toMatch(/^[0-9a-f]{40}$/);
    const checkouts = text.match(/uses: actions\/checkout@/g)?.length ?? 0;
    expect(text.match(/persist-credentials: false/g)?.length).toBe(checkouts);
  });
});
