import { Worker } from 'node:worker_threads';

/**
 * Waits until a given moment with sub-millisecond precision and without spinning, for the simulator's latency.
 *
 * Node's own timers count whole milliseconds from the event loop's cached clock (coarse: a kernel tick on some
 * machines), so `setTimeout(25)` answers anywhere from ~24 to ~26.5 ms after a request arrived. Spinning the
 * loop for the last stretch is exact but burns a core that the client under test needs. Instead, one worker
 * thread sleeps in `Atomics.wait` (a futex with a nanosecond timeout) until the earliest deadline and then
 * posts a message; the main thread resolves every wait that is due by its own clock, so none ends early.
 */
export interface DeadlineTimer {
  /** resolves at `deadline` (a `performance.now()` time of this thread) or later, never earlier */
  until(deadline: number): Promise<void>;
  /** starts the worker now (it takes ~15 ms), so the first wait is already exact; otherwise the first wait starts it */
  start(): void;
  /** stops the worker; pending waits resolve at once */
  close(): Promise<void>;
}

/**
 * The worker: shared slot 0 (Int32) is a generation the main thread bumps whenever the next deadline changes;
 * slot 1 (Float64, at byte 8) is that deadline as an absolute time (timeOrigin + now), Infinity when none.
 * Only the main thread writes them, so an update is never lost: the worker re-reads after every wake-up.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const gen = new Int32Array(workerData, 0, 1);
const next = new Float64Array(workerData, 8, 1);
const now = () => performance.timeOrigin + performance.now();
for (;;) {
  const g = Atomics.load(gen, 0);
  if (g < 0) break;
  const due = next[0];
  const left = due - now();
  if (left <= 0) {
    parentPort.postMessage(g);
    Atomics.wait(gen, 0, g);
  } else {
    Atomics.wait(gen, 0, g, Number.isFinite(left) ? left : undefined);
  }
}
`;

/**
 * The worker wakes this much before a deadline: a futex wake-up, a message and the main thread's own wake-up
 * take about that long on a busy machine; the main thread covers the rest in its check phase.
 */
const WAKE_EARLY_MS = 0.2;

interface Waiter {
  deadline: number;
  resolve: () => void;
}

export function createDeadlineTimer(): DeadlineTimer {
  const shared = new SharedArrayBuffer(16);
  const gen = new Int32Array(shared, 0, 1);
  const next = new Float64Array(shared, 8, 1);
  next[0] = Infinity;
  let worker: Worker | undefined;
  let closed = false;
  // Few at once (one per request in flight): a sorted array is plenty.
  const waiting: Waiter[] = [];

  const arm = (): void => {
    next[0] = waiting.length > 0 ? performance.timeOrigin + (waiting[0] as Waiter).deadline - WAKE_EARLY_MS : Infinity;
    Atomics.store(gen, 0, (Atomics.load(gen, 0) + 1) & 0x3fffffff);
    Atomics.notify(gen, 0);
  };

  let spinning = false;
  const fire = (): void => {
    spinning = false;
    if (closed) return;
    const now = performance.now();
    let due = 0;
    while (due < waiting.length && (waiting[due] as Waiter).deadline <= now) due++;
    const ready = waiting.splice(0, due);
    const head = waiting[0];
    if (head !== undefined && head.deadline - now <= WAKE_EARLY_MS) {
      // Woken a little early (waking two threads takes ~0.1 ms here): the last fraction in the check phase.
      spinning = true;
      setImmediate(fire);
    } else {
      arm();
    }
    for (const w of ready) w.resolve();
  };

  const start = (): Worker => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    w.on('message', fire);
    // The simulator's server keeps the process alive while requests wait; the worker itself never should.
    w.unref();
    return w;
  };

  return {
    start() {
      if (!closed) worker ??= start();
    },
    until(deadline) {
      if (closed || deadline <= performance.now()) return Promise.resolve();
      worker ??= start();
      return new Promise<void>((resolve) => {
        let at = waiting.length;
        while (at > 0 && (waiting[at - 1] as Waiter).deadline > deadline) at--;
        waiting.splice(at, 0, { deadline, resolve });
        if (at === 0 && !spinning) arm();
      });
    },
    async close() {
      closed = true;
      Atomics.store(gen, 0, -1);
      Atomics.notify(gen, 0);
      for (const w of waiting.splice(0)) w.resolve();
      if (worker) await worker.terminate();
    },
  };
}
