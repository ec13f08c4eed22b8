import { describe, expect, it } from 'vitest';
import { skipReason, renderApplyReport } from '../../src/render/apply-report.js';
import type { ApplyReport } from '../../src/apply/types.js';
import { isBalanced } from './markdown-check.js';

const report: ApplyReport = {
  applied: [
    {
      id: 'r-trading',
      name: 'Trading',
      members_added: 1,
      members_updated: 1,
      members_removed: 1,
      metadata: ['display_name'],
    },
    {
      id: 'r-fx',
      name: 'FX',
      members_added: 2,
      members_updated: 0,
      members_removed: 0,
      metadata: [],
      warning: 'PUT reported 3 added, plan expected 2: someone changed the room meanwhile',
    },
  ],
  skipped: [
    { id: 'r-rates', name: 'Rates', reason: 'blocked', message: 'would remove 4 of 5 members (80% > 25%)' },
    { id: 'r-eq', name: 'Equities', reason: 'changed_since_review', message: 'changes differ from the reviewed plan' },
  ],
  failed: [
    { id: 'r-credit', name: '<b>Credit</b> @acme/ops', error: 'PUT /rooms/r-credit/members → 422 unknown user_id' },
  ],
  summary: { applied: 2, skipped: 2, failed: 1, unchanged: 7, interrupted: false },
};

describe('apply report', () => {
  it('text lists applied, skipped and failed rooms with reasons', () => {
    expect(renderApplyReport(report, 'text')).toBe(
      [
        '✓ applied Trading (r-trading): +1 -1 ~1, display_name',
        '✓ applied FX (r-fx): +2 -0 ~0',
        '    warning: PUT reported 3 added, plan expected 2: someone changed the room meanwhile',
        '- skipped Rates (r-rates): blocked: would remove 4 of 5 members (80% > 25%)',
        '- skipped Equities (r-eq): changed since review: changes differ from the reviewed plan',
        '✗ failed <b>Credit</b> @acme/ops (r-credit): PUT /rooms/r-credit/members → 422 unknown user_id',
        '',
        'Applied 2 rooms, skipped 2, failed 1, 7 unchanged.',
        '',
      ].join('\n'),
    );
  });

  it('Markdown puts failures first and escapes names', async () => {
    const md = renderApplyReport(report, 'markdown');
    expect(md.indexOf('#### Failed')).toBeLessThan(md.indexOf('#### Skipped'));
    expect(md.indexOf('#### Skipped')).toBeLessThan(md.indexOf('#### Applied'));
    expect(md).toContain('&lt;b&gt;Credit&lt;/b&gt; @\u200Dacme/ops');
    expect(isBalanced(md)).toBe(true);
    await expect(md).toMatchFileSnapshot('__snapshots__/apply-report.md');
  });

  it('JSON has the documented keys', () => {
    const data = JSON.parse(renderApplyReport(report, 'json')) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['applied', 'skipped', 'failed', 'summary']);
    expect(data.failed).toEqual([
      { id: 'r-credit', name: '<b>Credit</b> @acme/ops', error: 'PUT /rooms/r-credit/members → 422 unknown user_id' },
    ]);
  });

  it('says when the run was interrupted', () => {
    const text = renderApplyReport({ ...report, summary: { ...report.summary, interrupted: true } }, 'text');
    expect(text).toContain('(interrupted: rooms not started were skipped)');
  });

  it('says a skip reason once: never "changed_since_review: changed since review: …"', () => {
    expect(skipReason({ reason: 'changed_since_review', message: 'changed since review: its changes differ' })).toBe(
      'changed since review: its changes differ',
    );
    expect(skipReason({ reason: 'blocked', message: 'blocked by the mass-removal guard: x' })).toBe(
      'blocked by the mass-removal guard: x',
    );
    expect(skipReason({ reason: 'interrupted', message: 'not started: apply was interrupted' })).toBe(
      'interrupted: not started: apply was interrupted',
    );
  });
});
