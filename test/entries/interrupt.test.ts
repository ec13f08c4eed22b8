import { describe, expect, it } from 'vitest';
import { SIGNAL_EXIT, watchInterrupts, type InterruptSignal } from '../../src/interrupt.js';

describe('the interrupt rule shared by the CLI and the Action', () => {
  it('the first signal aborts (once), a second calls onAgain, and dispose stops listening', () => {
    const first: InterruptSignal[] = [];
    const again: InterruptSignal[] = [];
    const before = process.listenerCount('SIGTERM');
    const w = watchInterrupts({ onFirst: (s) => first.push(s), onAgain: (s) => again.push(s) });
    expect(w.signal.aborted).toBe(false);
    process.emit('SIGTERM');
    expect(w.signal.aborted).toBe(true);
    expect((w.signal.reason as Error).message).toBe('interrupted by SIGTERM');
    expect(w.received()).toBe('SIGTERM');
    process.emit('SIGINT');
    expect(first).toEqual(['SIGTERM']);
    expect(again).toEqual(['SIGINT']);
    w.dispose();
    expect(process.listenerCount('SIGTERM')).toBe(before);
    expect(SIGNAL_EXIT).toEqual({ SIGINT: 130, SIGTERM: 143 });
  });
});
