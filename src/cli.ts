// The CLI entry (dist/cli.js). Do not add any logic to this file: it lives in src/commands/main.ts.
import { runProcess } from './commands/main.js';

runProcess();
