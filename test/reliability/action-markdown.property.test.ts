import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  renderApplyPreamble,
  renderDriftIntro,
  renderDriftResolved,
  renderInvalidTree,
  renderValidateOnly,
} from '../../src/action/markdown.js';
import type { SourceError } from '../../src/desired/types.js';
import { inspectMarkdown, isBalanced } from '../render/markdown-check.js';

/**
 * The Markdown the Action writes around the plan (test/render/properties.test.ts covers the plan and apply
 * renderers): the invalid-tree comment, whose file names and messages come straight from a pull request
 * anyone can open (a fork's too), the validate-only note, the apply preamble and the drift issue. For
 * arbitrary strings they never throw, stay balanced, and let no HTML, mention or issue reference through.
 */
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
  '<!--',
  '-->',
  '\n\n# Heading',
  '\r\n- [x] task',
  '[l](javascript:alert(1))',
  '&amp;',
  '\u202eevil',
  '\u0000\u001b[31m',
  '</code></sub></b>',
  'x'.repeat(5000),
  '😀'.repeat(150),
  '\\',
  '<sub>',
  '<img src=x onerror=alert(1)>',
  '::error::forged',
  '\n> [!CAUTION]\n> fake',
];
const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((a) => a.join('')),
);
const sourceError: fc.Arbitrary<SourceError> = fc.record({
  file: str,
  line: fc.nat(100_000),
  column: fc.nat(500),
  message: str,
});
const footerArb = fc.option(fc.record({ sha: str, runUrl: str, path: str }), { nil: undefined });

const OUR_TAGS = /<\/?(details|summary|code|b|sub)>/g;

/** Balanced, and nothing live (outside code) that GitHub would turn into HTML, a mention or a reference. */
function expectInert(md: string, ownPull: number | null = null): void {
  expect(isBalanced(md)).toBe(true);
  const live = inspectMarkdown(md).live.replace(OUR_TAGS, '');
  expect(live).not.toContain('<');
  expect(live.replace(/&#?[a-z0-9]+;/g, '')).not.toMatch(/[@][A-Za-z0-9]/);
  // Issue references appear only as the Action's own `#<pull number>`; never from user text.
  const text = live.replace(/&#?[a-z0-9]+;/g, '');
  expect(ownPull === null ? text : text.replace(new RegExp(`#${ownPull}(?!\\d)`, 'g'), '')).not.toMatch(/#\d/);
}

describe("the Action's own Markdown (arbitrary strings)", () => {
  it('the invalid-tree comment never throws, stays within budget, and is inert', () => {
    fc.assert(
      fc.property(
        fc.array(sourceError, { maxLength: 30 }),
        str,
        footerArb,
        fc.integer({ min: 2_000, max: 65_000 }),
        (errors, title, foot, maxChars) => {
          const md = renderInvalidTree(errors, {
            title,
            repoFile: (f) => `trees/${f}`,
            maxChars,
            ...(foot ? { footer: foot } : {}),
          });
          expect(md.length).toBeLessThanOrEqual(maxChars + title.length * 6);
          expectInert(md);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the validate-only note, the apply preamble and the drift texts never throw and are inert', () => {
    fc.assert(
      fc.property(
        str,
        footerArb,
        str,
        str,
        str,
        fc.option(fc.nat(9999), { nil: null }),
        (title, foot, label, mismatch, path, pull) => {
          expectInert(
            renderValidateOnly({
              title,
              reason: 'No `api-token` was given.',
              rooms: 3,
              groups: 1,
              ...(foot ? { footer: foot } : {}),
            }),
          );
          for (const reviewMode of ['per-room', 'whole-plan', 'none'] as const) {
            expectInert(
              renderApplyPreamble({ pullNumber: pull, reviewMode, forcedByLabel: label, headMismatch: mismatch }),
              pull,
            );
          }
          expectInert(renderDriftIntro({ path, sha: label, runUrl: mismatch }));
          expectInert(renderDriftResolved({ path, sha: label, runUrl: mismatch }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
