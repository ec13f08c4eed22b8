import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExportTargets, writeExportFile } from '../../src/export/write.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'whoot-export-'));
  dirs.push(d);
  return d;
}
const files = [
  { path: 'rooms/a.yaml', text: 'name: A\n' },
  { path: 'rooms/b.yaml', text: 'name: B\n' },
];

describe('export targets', () => {
  it('an empty folder: nothing refused, files written', () => {
    const out = tmp();
    expect(checkExportTargets(out, files, false)).toEqual([]);
    for (const f of files) writeExportFile(out, f, false);
    expect(readFileSync(join(out, 'rooms/b.yaml'), 'utf8')).toBe('name: B\n');
  });

  it('an --out folder that does not exist yet is created', () => {
    const out = join(tmp(), 'new', 'tree');
    expect(checkExportTargets(out, files, false)).toEqual([]);
    for (const f of files) writeExportFile(out, f, false);
    expect(readFileSync(join(out, 'rooms/a.yaml'), 'utf8')).toBe('name: A\n');
  });

  it('an existing file is refused without force and overwritten with it', () => {
    const out = tmp();
    mkdirSync(join(out, 'rooms'));
    writeFileSync(join(out, 'rooms/a.yaml'), 'mine\n');
    expect(checkExportTargets(out, files, false)).toEqual([
      { path: 'rooms/a.yaml', reason: 'exists', message: 'already exists' },
    ]);
    expect(checkExportTargets(out, files, true)).toEqual([]);
    writeExportFile(out, files[0]!, true);
    expect(readFileSync(join(out, 'rooms/a.yaml'), 'utf8')).toBe('name: A\n');
  });

  it('a link swapped in after the check is not followed (O_NOFOLLOW)', () => {
    const out = tmp();
    const outside = tmp();
    mkdirSync(join(out, 'rooms'));
    expect(checkExportTargets(out, files, true)).toEqual([]);
    symlinkSync(join(outside, 'x'), join(out, 'rooms/a.yaml'));
    expect(() => writeExportFile(out, files[0]!, true)).toThrow(/ELOOP/);
    expect(() => readFileSync(join(outside, 'x'))).toThrow(/ENOENT/);
  });

  it('a folder on the way that is a file is refused', () => {
    const out = tmp();
    writeFileSync(join(out, 'rooms'), 'not a folder');
    expect(checkExportTargets(out, files, true)).toEqual([
      { path: 'rooms', reason: 'not_a_file', message: 'exists and is not a folder' },
    ]);
  });
});
