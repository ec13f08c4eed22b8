import type { Plan } from '../plan/types.js';
import { renderJson } from './json.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { renderText } from './text.js';

export type PlanFormat = 'text' | 'markdown' | 'json';

/** Render a plan in the format `--format` asked for (one switch for the CLI and the Action). */
export function renderPlan(plan: Plan, format: PlanFormat, opts: { color?: boolean; markdown?: MarkdownOptions } = {}): string {
  switch (format) {
    case 'text':
      return renderText(plan, { color: opts.color ?? false });
    case 'markdown':
      return renderMarkdown(plan, opts.markdown);
    case 'json':
      return renderJson(plan);
  }
}
