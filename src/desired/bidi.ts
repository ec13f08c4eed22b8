import type { SourceError } from './types.js';
import { wholeFile } from './tree.js';

/**
 * Bidirectional controls: embeddings, overrides, isolates and marks. They reorder how text is displayed, so a
 * file can read differently from what it does (Trojan Source); a membership file has no use for them.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

function describe(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[cp] ?? ''}`.trimEnd();
}

const MESSAGE = 'it makes text display in a different order from what it is (Trojan Source); remove it';

/** An error at `file:line:col` for every bidirectional control in a file's text (columns count UTF-16 units). */
export function bidiErrors(file: string, text: string): SourceError[] {
  const errors: SourceError[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(BIDI)) {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = m.index;
    const message = `bidirectional control ${describe(m[0])}: ${MESSAGE}`;
    errors.push({ file, line, column: m.index - lineStart + 1, message });
  }
  return errors;
}

/** An error for a file or folder name with a bidirectional control in it, or null. */
export function bidiInPath(rel: string): SourceError | null {
  const m = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(rel);
  return m === null ? null : wholeFile(rel, `file name contains bidirectional control ${describe(m[0])}: ${MESSAGE}`);
}
