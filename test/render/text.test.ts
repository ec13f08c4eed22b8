import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { renderSummaryLine } from '../../src/render/summary.js';
import { plan } from '../../src/plan/plan.js';
import { DEFAULTS, desired, live, liveRoom, user } from '../plan/builders.js';
import { samplePlan } from './sample.js';

describe('text plan', () => {
  it('reads like a Terraform plan: blocked first, errors with file:line:col, diffs, warnings, summary', async () => {
    await expect(renderText(samplePlan(), { color: false })).toMatchFileSnapshot('__snapshots__/sample-plan.txt');
  });

  it('uses colour only when asked', () => {
    expect(renderText(samplePlan(), { color: false })).not.toContain('\u001b[');
    const coloured = renderText(samplePlan(), { color: true });
    expect(coloured).toContain('\u001b[32m+ alice@acme.com\u001b[0m');
    expect(coloured).toContain('\u001b[31m- bob@acme.com\u001b[0m');
  });

  it('shows control characters in names escaped, so a name cannot repaint the terminal or forge lines', () => {
    const p = samplePlan({ names: { Trading: 'Evil\u001b[2J\nPlan: 0 rooms to change' } });
    const out = renderText(p, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Evil\\x1b[2J\\x0aPlan: 0 rooms to change');
  });

  it('says "No changes" when whoot matches the tree', () => {
    const trading = liveRoom('Trading');
    const p = plan(
      desired({ name: 'Trading', members: ['alice'] }),
      live(
        [user('alice')],
        [
          [trading, ['alice']],
          [liveRoom('Other'), []],
        ],
      ),
      DEFAULTS,
    );
    expect(renderText(p, { color: false })).toBe('No changes. whoot matches the tree (1 room, 1 unmanaged).\n');
  });
});

describe('summary line', () => {
  it('counts rooms and members, and always names blocked and errored rooms', () => {
    expect(renderSummaryLine(samplePlan())).toBe(
      'Plan: 2 rooms to change: +1 -5 ~1, 1 metadata change, 2 unchanged, 1 unmanaged; ' +
        '1 room blocked by the mass-removal guard, 1 room with errors (not planned)',
    );
  });

  it('matches the documented shape for a plain plan', () => {
    const p = plan(
      desired(
        { name: 'A', members: ['alice', 'bob'] },
        { name: 'B', members: [{ email: 'carol@acme.com', tx: true }] },
        { name: 'C', members: [] },
      ),
      live(
        [user('alice'), user('bob'), user('carol'), user('dave')],
        [
          [liveRoom('A'), ['dave', 'bob']],
          [liveRoom('B'), ['carol']],
          [liveRoom('C'), []],
          [liveRoom('X'), []],
          [liveRoom('Y'), []],
        ],
      ),
      DEFAULTS,
    );
    expect(renderSummaryLine(p)).toBe('Plan: 2 rooms to change: +1 -1 ~1, 1 unchanged, 2 unmanaged');
  });

  it('an errored-only plan says nothing will change and why', () => {
    const p = plan(desired({ name: 'Nope' }), live([], []), DEFAULTS);
    expect(renderSummaryLine(p)).toBe(
      'Plan: no rooms to change, 0 unchanged, 0 unmanaged; 1 room with errors (not planned).',
    );
  });
});
