/** The committed bad-input corpus (test/fixtures/invalid/): each folder a tree, with expected.json. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExpectedError {
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface CorpusCase {
  name: string;
  dir: string;
  expected: ExpectedError[];
}

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));

export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const raw = JSON.parse(readFileSync(join(CORPUS_DIR, d.name, 'expected.json'), 'utf8')) as
        ExpectedError | ExpectedError[];
      return { name: d.name, dir: join(CORPUS_DIR, d.name), expected: Array.isArray(raw) ? raw : [raw] };
    });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line the CLI prints for an expected error, compiler style (`rooms/eq.yaml:3:7: error: …`, or
 * `rooms/: error: …` for a whole file or folder), as a pattern over one line of stderr.
 */
export function expectedLine(e: ExpectedError): RegExp {
  const where =
    e.line > 0 ? `${escape(e.file)}:${e.line}:${e.column === undefined ? '\\d+' : e.column}` : escape(e.file);
  return new RegExp(`^${where}: error: .*${escape(e.message)}`, 'm');
}
