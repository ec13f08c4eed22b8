import type { RequestLogEntry, SimStats } from './types.js';

type Counters = Omit<SimStats, 'maxInFlight' | 'inFlight'>;

function freshCounters(): Counters {
  return { requests: 0, byMethod: {}, byStatus: {}, status429: 0, injected: 0 };
}

/** The request log, the counters behind `stats()`, and how many API requests are being handled at once. */
export class RequestRecorder {
  /** handed out as `SimulatorHandle.requestLog`: cleared in place, never replaced */
  readonly log: RequestLogEntry[] = [];
  private counters = freshCounters();
  private inFlight = 0;
  private highestInFlight = 0;

  constructor(
    private readonly maxLogEntries: number | undefined,
    private readonly onRequest: ((entry: RequestLogEntry) => void) | undefined,
  ) {}

  get maxInFlight(): number {
    return this.highestInFlight;
  }

  started(): void {
    this.inFlight++;
    if (this.inFlight > this.highestInFlight) this.highestInFlight = this.inFlight;
  }

  finished(entry: RequestLogEntry): void {
    this.inFlight--;
    this.log.push(entry);
    // Trim in chunks so a long-running `sim` stays bounded without an O(n) shift per request.
    if (this.maxLogEntries && this.log.length > this.maxLogEntries * 1.25) {
      this.log.splice(0, this.log.length - this.maxLogEntries);
    }
    const c = this.counters;
    c.requests++;
    c.byMethod[entry.method] = (c.byMethod[entry.method] ?? 0) + 1;
    const status = String(entry.status);
    c.byStatus[status] = (c.byStatus[status] ?? 0) + 1;
    if (entry.status === 429) c.status429++;
    if (entry.injected) c.injected++;
    this.onRequest?.(entry);
  }

  stats(): SimStats {
    const c = this.counters;
    const inFlight = { maxInFlight: this.highestInFlight, inFlight: this.inFlight };
    return { ...c, byMethod: { ...c.byMethod }, byStatus: { ...c.byStatus }, ...inFlight };
  }

  /** Requests still in flight stay counted as in flight, so maxInFlight restarts from them. */
  reset(): void {
    this.log.length = 0;
    this.counters = freshCounters();
    this.highestInFlight = this.inFlight;
  }
}
