/** Structural checks on rendered Markdown, as GitHub would see it. */

export interface MarkdownShape {
  /** tag → open count minus close count, outside code fences */
  balance: Record<string, number>;
  /** a fence was opened and never closed */
  unclosedFence: boolean;
  /** the text outside fences (where Markdown and HTML are live) */
  live: string;
  /** number of machine blocks */
  machineBlocks: number;
}

const TAGS = ['details', 'summary', 'code', 'b', 'sub'];

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
    live.push(line);
    for (const t of TAGS) {
      balance[t] = (balance[t] ?? 0) + (line.match(new RegExp(`<${t}>`, 'g'))?.length ?? 0);
      balance[t] = (balance[t] ?? 0) - (line.match(new RegExp(`</${t}>`, 'g'))?.length ?? 0);
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
