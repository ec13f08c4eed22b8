/**
 * The suite-wide secret check (issue 7): tests record what a person or another job could read (stdout,
 * stderr, log lines, plan files, comment bodies, job summaries) with `recordCapture`; the global setup's
 * teardown scans everything recorded for a canary token and fails the run on any hit.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The whoot API key the e2e, fault and security tests give the simulator and the CLI. */
export const CANARY_TOKEN = 'whoot_canary_5e1f0c2a9b';

/** The env var naming the directory captures go to; set by test/global-setup.ts. */
export const CAPTURES_ENV = 'WHOOT_ROOMS_TEST_CAPTURES';

/**
 * Every canary of the suite: this file's, and the per-file ones of the client and Action tests
 * (`whoot_canary_…`, `ghp_canary_…`). A hit on any of them anywhere recorded is a leak.
 */
export const CANARY_PATTERN = /\b(?:whoot|ghp)_canary_[A-Za-z0-9_]+/g;

/**
 * Record text a person or another job could read, under a label saying where it came from
 * (`faults/transient plan stderr`). A no-op outside a run with the global setup (e.g. a single file run
 * through another config), so tests never depend on it to pass.
 */
export function recordCapture(label: string, text: string | undefined | null): void {
  const dir = process.env[CAPTURES_ENV];
  if (!dir || text === undefined || text === null || text === '') return;
  mkdirSync(dir, { recursive: true });
  // One file per worker process: appends from concurrent test files never interleave within a file.
  const file = join(dir, `captures-${process.pid}.jsonl`);
  appendFileSync(file, `${JSON.stringify({ label, text })}\n`);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lowbar: '_',
  UnderBar: '_',
  nbsp: ' ',
  colon: ':',
  sol: '/',
  num: '#',
  period: '.',
  hyphen: '-',
  dash: '-',
};
/** Characters a renderer inserts that a reader never sees: zero-width, soft hyphen, word joiner, bidi controls. */
const INVISIBLE =
  /\u00ad|\u034f|\u061c|\u115f|\u1160|\u17b4|\u17b5|\u180e|[\u200b-\u200f]|[\u202a-\u202e]|[\u2060-\u206f]|\ufeff/g;

/**
 * What a reader of the rendered text sees: HTML entities decoded (GitHub renders `&#95;` as `_`), backslash
 * escapes undone (Markdown `\_`, JSON `\u005f`), percent-encoding decoded, invisible characters dropped.
 * Applied repeatedly, so `&amp;#95;` and similar layers are seen through too.
 */
export function revealed(text: string): string {
  let out = text;
  for (let i = 0; i < 4; i++) {
    const next = out
      .replace(/&#x([0-9a-f]{1,6});?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
      .replace(/&#([0-9]{1,7});?/g, (_, d: string) => String.fromCodePoint(Math.min(parseInt(d, 10), 0x10ffff)))
      .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n] ?? m)
      .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(INVISIBLE, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

export interface CanaryHit {
  label: string;
  match: string;
  /** the line the canary was found on, shortened */
  line: string;
}

/** Scan every capture in `dir` for a canary; returns the hits and how many captures were read. */
export function scanCaptures(dir: string): { captures: number; hits: CanaryHit[] } {
  let captures = 0;
  const hits: CanaryHit[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return { captures, hits };
  }
  for (const file of files) {
    for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (raw === '') continue;
      const { label, text } = JSON.parse(raw) as { label: string; text: string };
      captures++;
      for (const line of text.split('\n')) {
        // Matched on what a reader sees, so an escaper's encoding (`whoot&#95;canary…`) is no hiding place.
        const seen = revealed(line);
        for (const m of seen.matchAll(CANARY_PATTERN)) hits.push({ label, match: m[0], line: seen.slice(0, 300) });
      }
    }
  }
  return { captures, hits };
}
