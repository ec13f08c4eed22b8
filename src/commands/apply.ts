import { parseCommandArgs, type CliIo } from './common.js';

// Placeholder until the owning issue lands: fails loudly rather than pretending to work.
export default async function apply(argv: string[], io: CliIo): Promise<number> {
  parseCommandArgs(argv, {}, true);
  io.stderr.write('error: `apply` is not implemented yet\n');
  return Promise.resolve(1);
}
