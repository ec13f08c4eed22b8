/** Structural checks on rendered Markdown, as GitHub would see it. */

export interface MarkdownShape {
  /** tag → open count minus close count, outside code fences */
  balance: Record<string, number>;
  /** a fence was opened and never closed */
  unclosedFence: boolean;
  /** the text outside fences and code spans (where Markdown and HTML are live) */
  live: string;
  /** number of machine blocks */
  machineBlocks: number;
}

const TAGS = ['details', 'summary', 'code', 'b', 'sub'];

/**
 * A line with its inline code spans taken out, as CommonMark reads them: a run of n backticks opens a span that the
 * next run of exactly n closes; inside, nothing is HTML, a link or a mention. A run with no closer is literal text.
 */
export function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      out += line[i];
      i += 1;
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n += 1;
    const run = '`'.repeat(n);
    let close = -1;
    for (let j = line.indexOf(run, i + n); j >= 0; j = line.indexOf(run, j + 1)) {
      if (line[j - 1] !== '`' && line[j + n] !== '`') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      out += run;
      i += n;
    } else {
      out += '␣';
      i = close + n;
    }
  }
  return out;
}

export function inspectMarkdown(md: string): MarkdownShape {
  const balance: Record<string, number> = Object.fromEntries(TAGS.map((t) => [t, 0]));
  let fence: string | null = null;
  const live: string[] = [];
  for (const line of md.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (fence === null && m) {
      fence = m[1] as string;
      continue;
    }
    if (fence !== null) {
      if (line.startsWith(fence) && /^`+\s*$/.test(line)) fence = null;
      continue;
    }
    const text = withoutCodeSpans(line);
    live.push(text);
    for (const t of TAGS) {
      balance[t] = (balance[t] ?? 0) + (text.match(new RegExp(`<${t}>`, 'g'))?.length ?? 0);
      balance[t] = (balance[t] ?? 0) - (text.match(new RegExp(`</${t}>`, 'g'))?.length ?? 0);
    }
  }
  return {
    balance,
    unclosedFence: fence !== null,
    live: live.join('\n'),
    machineBlocks: md.split('<!-- whoot-rooms:plan ').length - 1,
  };
}

/** Every tag balanced, every fence closed. */
export function isBalanced(md: string): boolean {
  const s = inspectMarkdown(md);
  return !s.unclosedFence && Object.values(s.balance).every((n) => n === 0);
}
