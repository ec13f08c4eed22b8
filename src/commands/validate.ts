import { parseCommandArgs, type CliIo } from './common.js';

// Placeholder until the owning issue lands: fails loudly rather than pretending to work.
export default async function validate(argv: string[], io: CliIo): Promise<number> {
  parseCommandArgs(argv, {}, true);
  io.stderr.write('error: `validate` is not implemented yet\n');
  return Promise.resolve(1);
}
