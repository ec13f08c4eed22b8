import { describe, expect, it } from 'vitest';
import { createDeadlineTimer } from '../../src/sim/deadline-timer.js';

describe('the simulator deadline timer', () => {
  it('resolves every wait at or after its deadline, never before, whatever order they were asked in', async () => {
    const timer = createDeadlineTimer();
    try {
      const start = performance.now();
      const offsets = [30, 5, 17.5, 5.25, 12, 0.5, 22, 9.75];
      const ended = await Promise.all(
        offsets.map((ms) => timer.until(start + ms).then(() => performance.now() - start)),
      );
      ended.forEach((at, i) => expect(at).toBeGreaterThanOrEqual(offsets[i] as number));
      // a deadline already past resolves at once
      await timer.until(performance.now() - 1);
    } finally {
      await timer.close();
    }
  });

  it('resolves pending waits when closed, and does not keep the process alive on its own', async () => {
    const timer = createDeadlineTimer();
    const far = timer.until(performance.now() + 60_000);
    await timer.close();
    await expect(far).resolves.toBeUndefined();
    await expect(timer.until(performance.now() + 60_000)).resolves.toBeUndefined();
  });
});
