import type { MemberEntry } from './model.js';
import type { SourcePos } from './types.js';

/** Where an entry (or the desired member it brings) starts, in `file`: the file that holds it. */
export const entryPos = (file: string, e: Pick<MemberEntry, 'line' | 'column'>): SourcePos => ({
  file,
  line: e.line,
  column: e.column,
});

/** Where an entry's email, id or group name is written, in `file`. */
export const entryValuePos = (file: string, e: MemberEntry): SourcePos => ({
  file,
  line: e.valueLine,
  column: e.valueColumn,
});
