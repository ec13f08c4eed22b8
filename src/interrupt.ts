/** Exit codes of a run ended by a signal (128 + the signal's number), as shells report them. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof SIGNAL_EXIT;

export interface Interrupts {
  /** aborted at the first SIGINT or SIGTERM: stop starting new work, let what is in flight finish */
  signal: AbortSignal;
  /** the first signal received, if any */
  received(): InterruptSignal | undefined;
  /** stop listening (the run is over) */
  dispose(): void;
}

/**
 * The one interrupt rule of the CLI and the Action: the first SIGINT or SIGTERM (a Ctrl-C; a cancelled
 * workflow run sends SIGINT then SIGTERM) aborts `signal`, so no new write starts and the ones in flight finish;
 * a second one calls `onAgain` (the CLI exits at once, saying writes in flight may or may not have landed).
 */
export function watchInterrupts(hooks: {
  onFirst?: (sig: InterruptSignal) => void;
  onAgain?: (sig: InterruptSignal) => void;
}): Interrupts {
  const controller = new AbortController();
  let first: InterruptSignal | undefined;
  const on = (sig: InterruptSignal) => {
    if (first !== undefined) {
      hooks.onAgain?.(sig);
      return;
    }
    first = sig;
    hooks.onFirst?.(sig);
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  const onInt = () => on('SIGINT');
  const onTerm = () => on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    received: () => first,
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
