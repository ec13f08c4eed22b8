/**
 * The one paginator behind every list the client reads (users, rooms, a room's members). Lists are
 * offset-paginated (`limit`/`offset`, `total`); the API may serve bare arrays, short pages or a `total` that
 * moves while the list is read (../shared/whoot-api.md), and a list silently missing someone would make the
 * plan remove them. So: items are deduplicated by id, reading always ends (empty page, `offset >= total`,
 * nothing new, or `maxPages`), and a count that does not add up is re-read or refused, never trusted.
 */
import pLimit from 'p-limit';
import type { Logger } from '../log.js';
import { decodePage, type Page, type ShapeFailure } from './decode.js';
import type { ApiErrorFields, WhootApiError } from './errors.js';

/** The largest page the API serves; asking for more is clamped anyway. */
export const PAGE_LIMIT = 100;
/** Sequential re-reads after an inconsistent read before giving up. */
const MAX_RESCANS = 4;

/** What the paginator needs from the HTTP layer. */
export interface PageSource {
  call(method: string, path: string): Promise<unknown>;
  shapeError(path: string, what: string): WhootApiError;
  error(init: ApiErrorFields): WhootApiError;
}

export interface ListSpec<T> {
  /** the list's path without query, e.g. `/users` */
  path: string;
  /** the envelope's array field: `users`, `rooms`, `members` */
  key: string;
  idOf: (item: T) => string;
  decode: (raw: unknown, fail: ShapeFailure) => T;
  /**
   * The list is documented as unpaginated (a room's members): the first request carries no query, and only when
   * `total` exceeds what came back are further pages read, one after the other; a count still short of `total`
   * is an error. Otherwise (users, rooms) the list is paginated from the first request, the pages after the
   * first are read concurrently, and an inconsistent read is re-read sequentially until two reads agree.
   */
  unpaged?: boolean;
}

interface Collected<T> {
  items: Map<string, T>;
  /** how many of the last batch were new */
  fresh: number;
  /** the first id seen twice, if any */
  duplicate: string | null;
}

export class Paginator {
  constructor(
    private readonly source: PageSource,
    private readonly opts: { pageConcurrency: number; maxPages: number; log: Logger },
  ) {}

  async list<T>(spec: ListSpec<T>): Promise<T[]> {
    const firstPath = spec.unpaged ? spec.path : this.pagePath(spec.path, 0);
    const first = await this.page(spec, firstPath);
    const byId = new Map<string, T>();
    this.add(spec, byId, first.items);
    if (first.total === undefined)
      return spec.unpaged ? [...byId.values()] : this.scanWithoutTotal(spec, byId, first.items.length);
    if (spec.unpaged) return this.followUnpaged(spec, byId, first);
    return this.readConcurrently(spec, byId, first, first.total);
  }

  private pagePath(path: string, offset: number): string {
    return `${path}?limit=${PAGE_LIMIT}&offset=${offset}`;
  }

  private async page<T>(spec: ListSpec<T>, pagePath: string): Promise<Page> {
    const data = await this.source.call('GET', pagePath);
    return decodePage(data, spec.key, (what) => this.source.shapeError(pagePath, what));
  }

  /** Add decoded items not seen yet; returns how many were new and the first id seen twice. */
  private add<T>(spec: ListSpec<T>, target: Map<string, T>, items: unknown[]): Collected<T> {
    let fresh = 0;
    let duplicate: string | null = null;
    const fail: ShapeFailure = (what) => this.source.shapeError(spec.path, what);
    for (const raw of items) {
      const item = spec.decode(raw, fail);
      const id = spec.idOf(item);
      if (target.has(id)) duplicate ??= id;
      else {
        target.set(id, item);
        fresh++;
      }
    }
    return { items: target, fresh, duplicate };
  }

  private tooManyPages(path: string, what: string): WhootApiError {
    return this.source.shapeError(path, what);
  }

  /**
   * Fast path: the first page gives `total` and the page size, the rest are read concurrently. If anything looks
   * off (a short non-final page, `total` changing, a count that does not add up), the list is re-read
   * sequentially until a read is consistent in itself and yields the same ids as the one before it.
   */
  private async readConcurrently<T>(spec: ListSpec<T>, byId: Map<string, T>, first: Page, total: number): Promise<T[]> {
    const { path, key } = spec;
    // A first page shorter than requested yet short of total reveals the server's real page size.
    const served = first.items.length;
    const step =
      served > 0 && served < total ? Math.min(served, first.limit ?? PAGE_LIMIT) : (first.limit ?? PAGE_LIMIT);
    const offsets: number[] = [];
    for (let o = step; o < total; o += step) offsets.push(o);
    if (offsets.length + 1 > this.opts.maxPages)
      throw this.tooManyPages(path, `total ${total} needs more than ${this.opts.maxPages} pages`);
    let anomaly: string | null = null;
    const limit = pLimit(this.opts.pageConcurrency);
    const pages = await Promise.all(offsets.map((o) => limit(() => this.page(spec, this.pagePath(path, o)))));
    for (const [i, p] of pages.entries()) {
      const offset = offsets[i]!;
      if (p.total !== total) anomaly ??= `total changed from ${total} to ${String(p.total)} at offset ${offset}`;
      if (p.items.length < step && offset + step < total)
        anomaly ??= `a short page (${p.items.length} items) at offset ${offset}`;
      this.add(spec, byId, p.items);
    }
    if (!anomaly && byId.size !== total) anomaly = `${byId.size} distinct items for total ${total}`;
    if (!anomaly) return [...byId.values()];

    this.opts.log.debug({ path, anomaly }, 'inconsistent pagination: re-reading the list sequentially');
    // Offset pages of a list that changes under us can hide a user who merely shifted across a page
    // boundary, with every count still adding up. So a re-read is trusted only when it is consistent in
    // itself (one total throughout, no id twice, as many ids as the total) and yields exactly the ids of
    // the read before it; otherwise read again, a bounded number of times, then fail.
    let previous: Map<string, T> = byId;
    let lastProblem = anomaly;
    for (let scan = 1; scan <= MAX_RESCANS; scan++) {
      const result = await this.sequentialScan(spec);
      if (result.problem === null && sameKeys(result.items, previous)) return [...result.items.values()];
      lastProblem = result.problem ?? `two reads disagree (${previous.size} and ${result.items.size} ${key})`;
      this.opts.log.debug({ path, scan, problem: lastProblem }, 'the list changed while it was read: reading it again');
      previous = result.items;
    }
    throw this.source.error({
      method: 'GET',
      path,
      status: 200,
      code: 'inconsistent_pagination',
      detail:
        `the list of ${key} kept changing while it was read (${MAX_RESCANS + 1} reads, last: ${lastProblem}), ` +
        'so it cannot be trusted to be complete: re-run',
      transient: true,
    });
  }

  /** One sequential read from offset 0, each page starting where the previous one ended. */
  private async sequentialScan<T>(spec: ListSpec<T>): Promise<{ items: Map<string, T>; problem: string | null }> {
    const items = new Map<string, T>();
    let problem: string | null = null;
    let total: number | undefined;
    let offset = 0;
    for (let n = 0; ; n++) {
      if (n >= this.opts.maxPages)
        throw this.tooManyPages(spec.path, `pagination did not end after ${this.opts.maxPages} pages`);
      const p = await this.page(spec, this.pagePath(spec.path, offset));
      if (p.items.length === 0) break;
      const { duplicate } = this.add(spec, items, p.items);
      if (duplicate !== null) problem ??= `${duplicate} appeared twice`;
      if (total !== undefined && p.total !== total) problem ??= `total changed from ${total} to ${String(p.total)}`;
      total = p.total ?? total;
      offset += p.items.length;
      if (total !== undefined && offset >= total) break;
    }
    if (problem === null && total !== undefined && items.size !== total)
      problem = `${items.size} distinct ${spec.key} for a total of ${total}`;
    return { items, problem };
  }

  /** No `total` (a bare array or a partial envelope): read on until an empty page or a page with nothing new. */
  private async scanWithoutTotal<T>(spec: ListSpec<T>, byId: Map<string, T>, firstCount: number): Promise<T[]> {
    let offset = firstCount;
    for (let n = 1; firstCount > 0; n++) {
      if (n >= this.opts.maxPages)
        throw this.tooManyPages(spec.path, `pagination did not end after ${this.opts.maxPages} pages`);
      const p = await this.page(spec, this.pagePath(spec.path, offset));
      // A page with nothing new means the server ignores offset (it returned the whole list): done.
      if (p.items.length === 0 || this.add(spec, byId, p.items).fresh === 0) break;
      offset += p.items.length;
    }
    return [...byId.values()];
  }

  /** An unpaginated list whose `total` exceeds what came back: read the rest in order, then check the count. */
  private async followUnpaged<T>(spec: ListSpec<T>, byId: Map<string, T>, first: Page): Promise<T[]> {
    let total = first.total;
    let offset = first.items.length;
    for (let n = 1; total !== undefined && offset < total && first.items.length > 0; n++) {
      if (n >= this.opts.maxPages)
        throw this.tooManyPages(spec.path, `member pagination did not end after ${this.opts.maxPages} pages`);
      const p = await this.page(spec, this.pagePath(spec.path, offset));
      if (p.items.length === 0 || this.add(spec, byId, p.items).fresh === 0) break;
      offset += p.items.length;
      if (p.total !== undefined) total = p.total;
    }
    if (total !== undefined && byId.size < total) {
      throw this.source.error({
        method: 'GET',
        path: spec.path,
        status: 200,
        code: 'inconsistent_pagination',
        detail: `read ${byId.size} distinct ${spec.key} but the API reports a total of ${total}: re-run`,
        transient: true,
      });
    }
    return [...byId.values()];
  }
}

function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}
