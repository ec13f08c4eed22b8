// Apart from options.ts so that the dispatcher loads no argument parser (node:util) for `--help`.
import { closest } from '../desired/did-you-mean.js';

/** ` (did you mean "plan"?)` for an unknown command. */
export function commandHint(name: string, commands: readonly string[]): string {
  const guess = closest(name, commands);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}
