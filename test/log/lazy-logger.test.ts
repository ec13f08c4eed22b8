import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LEVEL_VALUES } from '../../src/log-api.js';
import { createLogger } from '../../src/log.js';
import { lazyLogger } from '../../src/log-lazy.js';

function sink(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('the lazy logger', () => {
  it('never loads the real logger when no line reaches its level', async () => {
    let loads = 0;
    const log = lazyLogger(
      'warn',
      () => {
        loads++;
        return Promise.resolve(createLogger({ level: 'warn' }));
      },
      () => undefined,
    );
    log.debug({ room: 'a' }, 'read');
    log.info('planned');
    await log.settled();
    expect(loads).toBe(0);
    expect(log.isLevelEnabled('warn')).toBe(true);
    expect(log.isLevelEnabled('info')).toBe(false);
  });

  it('writes the lines logged while it loads, in order, stamped with the time they were logged', async () => {
    const out = sink();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const log = lazyLogger(
      'debug',
      async (clock) => {
        await gate;
        return createLogger({ level: 'debug', format: 'json', destination: out.stream, clock });
      },
      () => undefined,
    );
    const before = Date.now();
    log.debug({ room: 'a' }, 'first');
    log.trace('not at this level');
    log.warn('second');
    await new Promise((r) => setTimeout(r, 200));
    release();
    await log.settled();
    log.error({ code: 'x' }, 'third');
    const lines = out.lines();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [LEVEL_VALUES.debug, 'first'],
      [LEVEL_VALUES.warn, 'second'],
      [LEVEL_VALUES.error, 'third'],
    ]);
    expect(lines[0]?.room).toBe('a');
    // stamped when logged, not when written 200 ms later
    expect(lines[0]?.time as number).toBeLessThan(before + 150);
    expect(lines[2]?.time as number).toBeGreaterThanOrEqual(before + 190);
  });

  it('says so, once, when the real logger cannot be loaded', async () => {
    const failures: unknown[] = [];
    const log = lazyLogger(
      'info',
      () => Promise.reject(new Error('gone')),
      (err) => failures.push(err),
    );
    log.info('a');
    log.warn('b');
    await log.settled();
    expect(failures).toHaveLength(1);
  });
});
