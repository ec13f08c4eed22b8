import type { SimFaultRule, SimFaults } from './types.js';
import { apiError, type Answer } from './answer.js';

function defaultCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalid_request',
    401: 'unauthorized',
    403: 'insufficient_scope',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    422: 'unprocessable',
    429: 'rate_limited',
    500: 'internal_error',
    502: 'bad_gateway',
    503: 'service_unavailable',
  };
  return codes[status] ?? `http_${status}`;
}

/**
 * Refuses shaping fields a rule could not mean: a negative or fractional `truncate` would make `slice` drop
 * items from the end or round silently, so a test would pass for the wrong reason.
 */
export function checkFaults(faults: SimFaults): void {
  for (const [i, rule] of (faults.rules ?? []).entries()) {
    if (rule.truncate !== undefined && !(Number.isInteger(rule.truncate) && rule.truncate >= 0)) {
      throw new Error(`faults.rules[${i}].truncate must be an integer >= 0, got ${JSON.stringify(rule.truncate)}`);
    }
    if (rule.bareArray !== undefined && typeof rule.bareArray !== 'boolean') {
      throw new Error(`faults.rules[${i}].bareArray must be a boolean, got ${JSON.stringify(rule.bareArray)}`);
    }
  }
}

/** The fault settings one request met on arrival, and the rule it fired (already counted against `times`). */
export class RequestFaults {
  constructor(
    private readonly faults: SimFaults,
    readonly rule: SimFaultRule | undefined,
    private readonly random: () => number,
  ) {}

  /** The rule's forced error answer, which replaces processing altogether. */
  forcedAnswer(): Answer | null {
    const rule = this.rule;
    if (!rule?.status) return null;
    const headers: Record<string, string> = {};
    if (rule.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rule.retryAfterSeconds);
    const message = rule.message ?? `injected ${rule.status}`;
    return apiError(rule.status, rule.code ?? defaultCode(rule.status), message, headers);
  }

  /** Extra latency drawn at arrival (0 when no spike). */
  spikeMs(): number {
    const f = this.faults;
    return f.pSpike && this.random() < f.pSpike ? (f.spikeMs ?? 0) : 0;
  }

  /**
   * Drawn when the answer is due, in a fixed order (drop, 429, 500, 503) so a `randomSeed` replays the same
   * faults. 'drop' means: close the socket without an answer.
   */
  drawAtDeadline(): 'drop' | Answer | null {
    const f = this.faults;
    if (f.pDrop && this.random() < f.pDrop) return 'drop';
    if (f.p429 && this.random() < f.p429) {
      const retryAfter = String(f.retryAfterSeconds ?? 1);
      return apiError(429, 'rate_limited', 'too many requests (injected)', { 'Retry-After': retryAfter });
    }
    if (f.p500 && this.random() < f.p500) return apiError(500, 'internal_error', 'internal error (injected)');
    if (f.p503 && this.random() < f.p503) return apiError(503, 'service_unavailable', 'service unavailable (injected)');
    return null;
  }

  /**
   * The rule's `truncate`/`bareArray` applied to a successful list answer, as a truncating or envelope-stripping
   * proxy would: `shaped` is false when nothing changed (not a list, an error, or fewer items than `truncate`).
   */
  shapeList(answer: Answer): { answer: Answer; shaped: boolean } {
    const rule = this.rule;
    const field = answer.list?.itemsField;
    if (!rule || !field || answer.status !== 200 || (rule.truncate === undefined && !rule.bareArray)) {
      return { answer, shaped: false };
    }
    const envelope = answer.body as Record<string, unknown>;
    const items = envelope[field] as unknown[];
    const kept = rule.truncate === undefined ? items : items.slice(0, rule.truncate);
    const body = rule.bareArray ? kept : { ...envelope, [field]: kept };
    return { answer: { ...answer, body }, shaped: Boolean(rule.bareArray) || kept.length < items.length };
  }
}

/**
 * Fault injection: probabilistic faults plus the targeted SimFaultRule rules. Replacing the settings starts
 * every rule's `times` afresh, because rules are counted by identity.
 */
export class FaultInjector {
  private faults: SimFaults = {};
  private ruleHits = new Map<SimFaultRule, number>();

  constructor(
    initial: SimFaults | undefined,
    private readonly random: () => number,
  ) {
    this.replace(initial ?? {});
  }

  get current(): SimFaults {
    return this.faults;
  }

  replace(next: SimFaults): void {
    const faults = { ...next };
    checkFaults(faults);
    this.faults = faults;
    this.ruleHits = new Map();
  }

  /** At a request's arrival: the first matching rule fires (and counts), later setting changes do not apply. */
  arrive(method: string, apiPath: string): RequestFaults {
    const rule = this.faults.rules?.find((r) => this.ruleMatches(r, method, apiPath));
    if (rule) this.ruleHits.set(rule, (this.ruleHits.get(rule) ?? 0) + 1);
    return new RequestFaults(this.faults, rule, this.random);
  }

  private ruleMatches(rule: SimFaultRule, method: string, apiPath: string): boolean {
    if (rule.method && rule.method.toUpperCase() !== method) return false;
    if (rule.times !== undefined && (this.ruleHits.get(rule) ?? 0) >= rule.times) return false;
    return rule.path.endsWith('*') ? apiPath.startsWith(rule.path.slice(0, -1)) : apiPath === rule.path;
  }
}
