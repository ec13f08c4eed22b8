import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';
import { parseMachineBlock } from '../../src/review/comment-block.js';
import { renderApplyReport } from '../../src/render/apply-report.js';
import type { MemberChange, Plan, RoomPlan } from '../../src/plan/types.js';
import type { ApplyReport } from '../../src/apply/types.js';
import { inspectMarkdown, isBalanced } from './markdown-check.js';

const NASTY = [
  '</details><script>alert(1)</script>',
  '<details><summary>x',
  '```',
  '````diff',
  '~~~',
  '`',
  '| a | b |',
  '@acme/traders',
  '#123',
  'GH-1',
  '<!--',
  '-->',
  '\n\n# Heading',
  '\r\n- [x] task',
  '**bold** _it_ [l](javascript:alert(1))',
  '&amp;',
  '\u202eevil',
  '\u0000\u001b[31m',
  '</code></sub></b>',
  'x'.repeat(5000),
  '😀'.repeat(150),
  '\\',
  '<sub>',
];

const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((a) => a.join('')),
);

const change: fc.Arbitrary<MemberChange> = fc.record({ user_id: str, email: str, tx_permission: fc.boolean() });
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

const room: fc.Arbitrary<RoomPlan> = fc.record({
  id: str,
  name: str,
  file: str,
  fingerprint: hex64.map((h) => `sha256:${h}`),
  add: fc.array(change, { maxLength: 4 }),
  remove: fc.array(change, { maxLength: 4 }),
  update: fc.array(change, { maxLength: 4 }),
  metadata: fc.record(
    { display_name: fc.record({ from: fc.option(str, { nil: null }), to: fc.option(str, { nil: null }) }) },
    { requiredKeys: [] },
  ),
  members_before: fc.nat(100),
  members_after: fc.nat(100),
  blocked: fc.option(str, { nil: null }),
  errors: fc.array(fc.record({ file: str, line: fc.nat(), column: fc.nat(), message: str }), { maxLength: 2 }),
  expiring: fc.array(fc.record({ email: str, expires: str, file: str, line: fc.nat() }), { maxLength: 2 }),
  mode: fc.constantFrom<'authoritative' | 'additive'>('authoritative', 'additive'),
  put: fc.constant(null),
});

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    fingerprint: hex64.map((h) => `sha256:${h}`),
    rooms: fc.array(room, { maxLength: 8 }),
    warnings: fc.array(
      fc.record(
        {
          code: fc.constantFrom('inactive_user', 'scim_mapped', 'blocked', 'expiring'),
          message: str,
          file: str,
          line: fc.nat(),
        },
        { requiredKeys: ['code', 'message'] },
      ),
      { maxLength: 4 },
    ),
    unchanged: fc.nat(50),
    unmanaged: fc.nat(50),
  })
  .map(({ fingerprint, rooms, warnings, unchanged, unmanaged }) => ({
    format_version: 1 as const,
    fingerprint,
    rooms,
    warnings,
    summary: {
      rooms_managed: rooms.length + unchanged,
      rooms_changed: rooms.filter((r) => r.errors.length === 0).length,
      rooms_unchanged: unchanged,
      rooms_unmanaged: unmanaged,
      add: 0,
      remove: 0,
      update: 0,
      metadata: 0,
      blocked: rooms.filter((r) => r.blocked !== null).length,
      errored: rooms.filter((r) => r.errors.length > 0).length,
    },
  }));

const OUR_TAGS = /<\/?(details|summary|code|b|sub)>|<!-- whoot-rooms:plan [^\n]* -->/g;

describe('renderer properties (arbitrary strings)', () => {
  it('Markdown never throws, stays within budget, is balanced, and lets no HTML or mention through', () => {
    fc.assert(
      fc.property(planArb, str, str, fc.integer({ min: 3_000, max: 65_000 }), (p, path, runUrl, maxChars) => {
        const md = renderMarkdown(p, {
          maxChars,
          footer: { headSha: 'abc1234', runUrl, path },
          machine: { path, headSha: 'abc1234' },
        });
        expect(md.length).toBeLessThanOrEqual(maxChars);
        expect(isBalanced(md)).toBe(true);
        const shape = inspectMarkdown(md);
        // The block is always there for a sane tree path; only an absurd one (thousands of characters) may
        // squeeze it out, and then a reviewed apply finds nothing reviewed and writes nothing.
        if (path.length < 1000) expect(shape.machineBlocks).toBe(1);
        expect(shape.machineBlocks).toBeLessThanOrEqual(1);
        if (shape.machineBlocks === 1) expect(parseMachineBlock(md)?.fingerprint).toBe(p.fingerprint);
        const live = shape.live.replace(OUR_TAGS, '');
        expect(live).not.toContain('<');
        // Mentions and issue references need `@x`/`#1` in the decoded text; entities themselves are not text.
        expect(live.replace(/&#?[a-z0-9]+;/g, '')).not.toMatch(/[@#][A-Za-z0-9]/);
      }),
      { numRuns: 300 },
    );
  });

  it('text never throws and prints no raw control characters when colour is off', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const out = renderText(p, { color: false });
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      }),
      { numRuns: 200 },
    );
  });

  it('JSON keeps every string exactly', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const back = JSON.parse(renderJson(p)) as { rooms: Array<{ name: string; add: MemberChange[] }> };
        expect(back.rooms.map((r) => r.name)).toEqual(p.rooms.map((r) => r.name));
        expect(back.rooms.map((r) => r.add)).toEqual(p.rooms.map((r) => r.add));
      }),
      { numRuns: 100 },
    );
  });

  it('apply reports never throw and their Markdown is balanced', () => {
    const entry = fc.record({ id: str, name: str });
    const reportArb: fc.Arbitrary<ApplyReport> = fc.record({
      applied: fc.array(
        fc.record(
          {
            id: str,
            name: str,
            members_added: fc.nat(),
            members_updated: fc.nat(),
            members_removed: fc.nat(),
            metadata: fc.array(str, { maxLength: 2 }),
            warning: str,
          },
          { requiredKeys: ['id', 'name', 'members_added', 'members_updated', 'members_removed', 'metadata'] },
        ),
        { maxLength: 3 },
      ),
      skipped: fc.array(
        fc.record({
          id: str,
          name: str,
          reason: fc.constantFrom(
            'blocked',
            'changed_since_review',
            'errored',
            'interrupted',
            'not_reviewed',
          ) as fc.Arbitrary<'blocked'>,
          message: str,
        }),
        { maxLength: 3 },
      ),
      failed: fc.array(
        entry.map((e) => ({ ...e, error: e.name })),
        { maxLength: 3 },
      ),
      summary: fc.record({
        applied: fc.nat(),
        skipped: fc.nat(),
        failed: fc.nat(),
        unchanged: fc.nat(),
        interrupted: fc.boolean(),
      }),
    });
    fc.assert(
      fc.property(reportArb, (r) => {
        const md = renderApplyReport(r, 'markdown');
        expect(isBalanced(md)).toBe(true);
        expect(inspectMarkdown(md).live.replace(OUR_TAGS, '')).not.toContain('<');
        renderApplyReport(r, 'text');
        JSON.parse(renderApplyReport(r, 'json'));
      }),
      { numRuns: 100 },
    );
  });
});
