/**
 * A small strict HTML reader for the report page: elements balanced, attributes quoted, nothing loaded from outside.
 */
const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input']);
const RAW = new Set(['script', 'style']);

export interface PageCheck {
  /** elements by name, in document order */
  elements: string[];
  /** attributes that load or link anything (src, href, …), and <link>/<img>/… elements */
  external: string[];
  /** the text of every <td>, table by table */
  tables: string[][][];
}

/** Read the page, throwing on unbalanced or unknown structure. */
export function readPage(html: string): PageCheck {
  const stack: string[] = [];
  const elements: string[] = [];
  const external: string[] = [];
  const tables: string[][][] = [];
  let cell: string | null = null;
  let i = html.indexOf('<html');
  if (!html.startsWith('<!DOCTYPE html>') || i < 0) throw new Error('not an HTML5 document');
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (cell !== null) cell += html.slice(i, lt);
    const m = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/i.exec(html.slice(lt));
    if (!m) throw new Error(`malformed tag at ${lt}: ${html.slice(lt, lt + 40)}`);
    const [all, close, rawName, attrs] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    i = lt + all.length;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${lt}`);
      if (name === 'td' && cell !== null) {
        tables[tables.length - 1]?.[tables[tables.length - 1]!.length - 1]?.push(cell);
        cell = null;
      }
      continue;
    }
    elements.push(name);
    for (const a of attrs.matchAll(/([a-z-]+)(?:="([^"]*)")?/gi)) {
      if (/^(?:src|href|srcset|action|formaction|poster|data)$/i.test(a[1] ?? '')) external.push(`${name} ${a[1]}`);
    }
    if (['link', 'img', 'iframe', 'object', 'embed'].includes(name)) external.push(name);
    if (name === 'table') tables.push([]);
    if (name === 'tr') tables[tables.length - 1]?.push([]);
    if (name === 'td') cell = '';
    if (VOID.has(name)) continue;
    if (RAW.has(name)) {
      const end = html.indexOf(`</${name}>`, i);
      if (end < 0) throw new Error(`unclosed <${name}>`);
      const body = html.slice(i, end);
      if (/@import|url\(|\bfetch\(|XMLHttpRequest|\.src\s*=/.test(body)) external.push(`${name} body`);
      i = end + name.length + 3;
      continue;
    }
    stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed elements: ${stack.join(', ')}`);
  return { elements, external, tables };
}
