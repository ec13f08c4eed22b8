import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parseMachineBlock, reviewedPlanFromBlock } from '../../src/review/comment-block.js';
import { roomDigest } from '../../src/plan/fingerprint.js';
import { inspectMarkdown, isBalanced } from './markdown-check.js';
import { grantPlan, largePlan, samplePlan } from './sample.js';

const footer = {
  headSha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/rooms/actions/runs/42',
  path: 'trees/prod',
};
const machine = { path: 'trees/prod', headSha: footer.headSha };

describe('Markdown plan (PR comment and job summary)', () => {
  it(
    'puts the summary, blocked rooms and errors first, then warnings, one <details> per changed room, counts, ' +
      'footer',
    async () => {
      const md = renderMarkdown(samplePlan(), { footer, machine });
      await expect(md).toMatchFileSnapshot('__snapshots__/sample-plan.md');
      const order = [
        '**Plan: 2 rooms',
        '[!CAUTION]',
        '#### Errors',
        '#### Warnings',
        '<details>',
        '2 rooms unchanged, 1 unmanaged',
        '<sub>commit',
        '<!-- whoot-rooms:plan',
      ];
      const positions = order.map((s) => md.indexOf(s));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(isBalanced(md)).toBe(true);
    },
  );

  it('says the guard is lifted, and records it, when the override label is on as the plan is made', () => {
    const md = renderMarkdown(samplePlan(), {
      footer,
      machine: { ...machine, guardLiftedBy: 'allow-removals' },
      guardLiftedBy: 'allow-removals',
    });
    expect(md).toContain('1 room over the mass-removal guard (lifted), 1 room with errors');
    expect(md).toContain('1 room over the mass-removal guard: guard lifted by label <code>allow-removals</code>**');
    expect(md).toContain(
      '`Rates` (<code>rooms/rates.yaml</code>): would remove 4 of 5 members &#40;80% &gt; 25%&#41;: guard ' +
        'lifted by label',
    );
    expect(md).not.toContain('not applied unless the guard is lifted');
    expect(parseMachineBlock(md)?.lifted).toEqual(['r-rates']);
  });

  it('embeds a machine block that reads back as the reviewed plan', () => {
    const p = samplePlan();
    const block = parseMachineBlock(renderMarkdown(p, { footer, machine }));
    const trading = p.rooms.find((r) => r.id === 'r-trading');
    expect(block).toEqual({
      v: 2,
      lifted: [],
      path: 'trees/prod',
      fingerprint: p.fingerprint,
      head_sha: footer.headSha,
      rooms: {
        'r-rates': roomDigest('r-rates', p.rooms[0]?.fingerprint ?? ''),
        'r-trading': roomDigest('r-trading', trading?.fingerprint ?? ''),
      },
    });
  });

  it('says so (and is updated, not empty) when there are no changes', () => {
    const p = largePlan(0);
    const md = renderMarkdown(p, { machine });
    expect(md).toContain('**No changes. whoot matches the tree (0 rooms, 0 unmanaged).**');
    expect(parseMachineBlock(md)?.rooms).toEqual({});
  });

  describe('escaping: nothing from a file or the API can inject Markdown or HTML', () => {
    const hostile = {
      Trading: '</details><script>alert(1)</script>',
      Rates: '@acme/traders #123 `code` | pipe **bold** [link](https://evil.example)',
      Credit: 'line1\nline2\r\n<!-- x --> ```` fence',
    };
    const md = renderMarkdown(samplePlan({ names: hostile }), { footer: { ...footer, path: '<img src=x>' }, machine });
    const live = inspectMarkdown(md).live;

    it('keeps every tag balanced and every fence closed', () => {
      expect(isBalanced(md)).toBe(true);
    });
    it('never lets raw HTML through', () => {
      expect(live).not.toMatch(/<script|<img|<\/details><script/i);
      expect(live).toContain('&lt;/details&gt;&lt;script&gt;alert&#40;1&#41;&lt;/script&gt;');
    });
    it('breaks @mentions and #issue references with a zero-width joiner', () => {
      expect(live).not.toMatch(/@acme\/traders/);
      expect(live).toContain('@\u200Dacme/traders');
      expect(live).not.toMatch(/#123/);
    });
    it('neutralises backticks, pipes, emphasis and links', () => {
      expect(live).toContain('&#96;code&#96; &#124; pipe &#42;&#42;bold&#42;&#42; &#91;link&#93;&#40;https');
    });
    it('keeps a name with newlines on one line and cannot open an HTML comment', () => {
      // An errored room's name is listed as a code span: as written, on one line, delimited by more backticks
      // than it contains, so `<!--` inside it is text.
      expect(md).toContain('- `````line1 line2  <!-- x --> ```` fence````` <code>');
      expect(live.replace(/<!-- whoot-rooms:plan [^\n]* -->/, '')).not.toContain('<!--');
      expect(inspectMarkdown(md).machineBlocks).toBe(1);
      expect(parseMachineBlock(md)?.path).toBe('trees/prod');
    });
    it('shortens very long strings', () => {
      const long = renderMarkdown(samplePlan({ names: { Trading: 'x'.repeat(10_000) } }));
      // Names are cut at 200 characters, messages at 500, diff lines at 1,000: never the whole 10,000.
      expect(long).toContain(`<b>${'x'.repeat(199)}…</b>`);
      expect(long).not.toContain('x'.repeat(1001));
      expect(long.length).toBeLessThan(10_000);
    });
    it('shows an unsafe run URL as inert text instead of a link', () => {
      const bad = renderMarkdown(samplePlan(), { footer: { runUrl: 'javascript:alert(1)' } });
      expect(bad).not.toContain('](javascript');
      expect(bad).toContain('run <code>javascript:alert&#40;1&#41;</code>');
    });
  });

  it('uses a fence longer than any backtick run inside a diff', () => {
    const md = renderMarkdown(samplePlanWithBacktickEmail());
    expect(md).toContain('`````diff\n+ x````@acme.com ``` listen');
    expect(isBalanced(md)).toBe(true);
  });
});

function samplePlanWithBacktickEmail() {
  const p = samplePlan();
  const trading = p.rooms.find((r) => r.id === 'r-trading');
  if (trading) trading.add = [{ user_id: 'u-x', email: 'x````@acme.com\n```', tx_permission: false }];
  return p;
}

describe('comment size budget', () => {
  it('a 3,000-room plan fits in one GitHub comment, machine block with per-room digests included', () => {
    const p = largePlan(3000);
    const md = renderMarkdown(p, { footer, machine });
    expect(md.length).toBeLessThan(65_536);
    expect(isBalanced(md)).toBe(true);
    const block = parseMachineBlock(md);
    expect(block?.fingerprint).toBe(p.fingerprint);
    // Every changed room is individually reviewable, keyed by the fresh plan's room ids.
    const reviewed = block ? reviewedPlanFromBlock(block, p) : null;
    expect(Object.keys(reviewed?.rooms ?? {})).toHaveLength(3000);
    expect(md).toContain('The full plan is in the job summary and the plan file.');
  });

  it('shrinks in stages: full, then trimmed diffs, then a counts table, then the first rooms only', () => {
    const p = largePlan(40, 30); // every room: +30 listeners, -1 member
    const full = renderMarkdown(p, { maxChars: 1_000_000 });
    expect(full).not.toContain('too large');
    expect(full.match(/<details>/g)).toHaveLength(40);

    const trimmed = renderMarkdown(p, { maxChars: full.length - 1 });
    expect(trimmed).toContain('diffs longer than 20 lines are cut short (transmit grants and removals are all shown)');
    expect(trimmed).toMatch(/… \d+ more lines not shown \(listen adds, downgrades, metadata\)/);
    expect(trimmed.match(/<details>/g)).toHaveLength(40);
    // The removal is the last row of each diff, after 30 adds: the cut keeps it anyway.
    expect(trimmed.match(/^- user030@acme\.com$/gm)).toHaveLength(40);

    const table = renderMarkdown(p, { maxChars: 9_000 }).replaceAll('\u200d', '');
    expect(table).toContain('| Room | File | +listen | +transmit | - | ~ | Metadata | Members |');
    expect(table).toContain('| Desk 0000 | <code>rooms/desk-0.yaml</code> | 30 | 0 | 1 | 0 |  | 1 → 30 |');
    expect(table).toContain('per-member diffs are left out (counts only)');
    expect(table).not.toContain('<details>');
    expect(table).toContain('#### Transmit grants and removals (0 grants, 40 removals: always listed)');
    expect(table.match(/\*\*removed\*\* <code>user030@acme\.com<\/code>/g)).toHaveLength(40);

    const partial = renderMarkdown(p, { maxChars: 4_500 }).replaceAll('\u200d', '');
    expect(partial.length).toBeLessThanOrEqual(4_500);
    expect(partial).toMatch(/…and \d+ more rooms to change, not shown here\./);
    expect(partial).toMatch(/\d+ changed rooms not listed/);
    expect(partial.match(/\*\*removed\*\* <code>user030@acme\.com<\/code>/g)).toHaveLength(40);
    expect(partial).not.toContain('are not shown here');

    const starved = renderMarkdown(p, { maxChars: 2_000 });
    expect(starved.length).toBeLessThanOrEqual(2_000);
    expect(starved).toMatch(
      /> \*\*\d+ of 40 transmit grants and removals are not shown here\*\*: .*The job summary has them all/,
    );
    expect(starved.indexOf('[!WARNING]')).toBeLessThan(starved.indexOf('**removed**'));

    for (const md of [full, trimmed, table, partial, starved]) expect(isBalanced(md)).toBe(true);
  });

  it("a 700-room plan with one transmit grant names the grant's user and room in the comment", () => {
    const p = grantPlan(700, 40, 523);
    const md = renderMarkdown(p, { machine }).replaceAll('\u200d', ''); // (the mention-breaking joiner after @)
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toContain('too large for one comment');
    expect(md).toContain('#### Transmit grants and removals (1 grant, 0 removals: always listed)');
    expect(md).toContain('- `Desk 0523`: **+ transmit** <code>user000@acme.com</code> (user000)\n');
    expect(md).not.toContain('are not shown here');
  });

  it('falls back to the whole-plan fingerprint alone when even the digests would not fit', () => {
    const p = largePlan(3000);
    const md = renderMarkdown(p, { machine, maxChars: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    const block = parseMachineBlock(md);
    expect(block).toMatchObject({ fingerprint: p.fingerprint, rooms: null });
    expect(block?.digests).toBeUndefined();
    expect(block ? reviewedPlanFromBlock(block, p) : null).toEqual({ fingerprint: p.fingerprint, rooms: null });
  });
});
