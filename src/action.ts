// The GitHub Action entry (dist/index.js). Do not add any logic to this file: it lives in src/action/main.ts.
import { main } from './action/main.js';

await main();
