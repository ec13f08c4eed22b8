/** Pure renderers: plans and apply reports as text, Markdown and JSON. */
export { renderText, type TextOptions } from './text.js';
export { renderJson, planToJson } from './json.js';
export { renderMarkdown, DEFAULT_MAX_CHARS, type MarkdownOptions } from './markdown.js';
export { renderSummaryLine } from './summary.js';
export { renderApplyReport, renderApplySummaryLine, type ApplyReportFormat } from './apply-report.js';
