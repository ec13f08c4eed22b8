import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANARY_TOKEN, CAPTURES_ENV, recordCapture, scanCaptures } from '../support/captures.js';

/** The scan that ends every run (test/global-setup.ts) must find a leak wherever it is recorded. */
describe('the suite-wide canary scan', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const scratch = () => {
    const d = mkdtempSync(join(tmpdir(), 'whoot-canary-scan-'));
    dirs.push(d);
    vi.stubEnv(CAPTURES_ENV, d);
    return d;
  };

  it('is switched on for this run', () => {
    expect(process.env[CAPTURES_ENV]).toMatch(/whoot-rooms-captures-/);
  });

  it(
    "finds this suite's canary and every per-file canary of the client and Action tests, on any line of any " +
      'capture',
    () => {
      const dir = scratch();
      recordCapture('clean', 'plan: 2 rooms to change\nAuthorization: Bearer [REDACTED]');
      recordCapture('stderr', `line one\nerror: GET /me → 401 invalid_token for ${CANARY_TOKEN}_revoked\n`);
      recordCapture('summary', 'whoot_canary_SECRET_c4n4ry_7e57 in a job summary');
      recordCapture('comment', '{"body":"ghp_canary_GITHUB_c4n4ry_7e57"}');
      const { captures, hits } = scanCaptures(dir);
      expect(captures).toBe(4);
      expect(hits.map((h) => [h.label, h.match])).toEqual([
        ['stderr', `${CANARY_TOKEN}_revoked`],
        ['summary', 'whoot_canary_SECRET_c4n4ry_7e57'],
        ['comment', 'ghp_canary_GITHUB_c4n4ry_7e57'],
      ]);
    },
  );

  it.each([
    ['HTML entities (GitHub renders them back)', 'whoot&#95;canary&#95;ENT_1a2b'],
    ['hex entities and named ones', 'whoot&#x5F;canary&lowbar;ENT_1a2b'],
    ['an entity of an entity', 'whoot&amp;#95;canary_ENT_1a2b'],
    ['Markdown backslash escapes', 'whoot\\_canary\\_ENT\\_1a2b'],
    ['JSON unicode escapes', 'whoot\\u005fcanary\\u005fENT_1a2b'],
    ['percent-encoding', 'whoot%5Fcanary%5FENT_1a2b'],
    ['zero-width characters inside', 'who\u200bot_\u200dcanary_\u2060ENT_1a2b'],
  ])('finds a canary hidden by %s', (_how, text) => {
    const dir = scratch();
    recordCapture('comment', `Error: ${text} forbidden`);
    expect(scanCaptures(dir).hits.map((h) => h.match)).toEqual(['whoot_canary_ENT_1a2b']);
  });

  it('reports nothing for clean captures, and an empty or missing directory is no error', () => {
    const dir = scratch();
    expect(scanCaptures(dir)).toEqual({ captures: 0, hits: [] });
    recordCapture('clean', 'nothing secret here: whoot canary, sim-token');
    expect(scanCaptures(dir)).toEqual({ captures: 1, hits: [] });
    expect(scanCaptures(join(dir, 'missing'))).toEqual({ captures: 0, hits: [] });
  });
});
