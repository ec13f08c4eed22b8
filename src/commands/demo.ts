import { join, relative } from 'node:path';
import { loadSeedFile, startSimulator } from '../sim/index.js';
import type { CliIo } from './common.js';
import { cliCommand, packageRoot } from './invocation.js';
import { parseOrHelp, type CommandSpec } from './options.js';
import apply from './apply.js';
import plan from './plan.js';
import validate from './validate.js';

const SPEC = {
  name: 'demo',
  description: [
    'A complete run with nothing to set up: starts the whoot simulator in-process (seeded with',
    'examples/acme/sim-seed.yaml, on 127.0.0.1 only), then runs, on the examples/acme tree:',
    '  1. validate            2. plan            3. apply --auto-approve            4. plan (no changes)',
    'No token, network or configuration is needed, and nothing outside the simulator is touched.',
  ],
  options: {},
  footer: ['Exit codes: 0 every step behaved as expected (the last plan shows no changes); 1 otherwise.'],
} as const satisfies CommandSpec;

/** `whoot-rooms demo`: the whole loop, against an embedded simulator. */
export default async function demo(argv: string[], io: CliIo): Promise<number> {
  if (!parseOrHelp(argv, SPEC, io.stdout)) return 0;
  const root = packageRoot();
  const tree = join(root, 'examples', 'acme');
  const seed = loadSeedFile(join(tree, 'sim-seed.yaml'));
  const sim = await startSimulator({ seed, host: '127.0.0.1', port: 0 });
  // The commands run in-process exactly as from a shell, pointed at the simulator through their environment.
  const env: NodeJS.ProcessEnv = { ...io.env, WHOOT_API_URL: sim.url, WHOOT_API_TOKEN: sim.token };
  const stepIo: CliIo = { ...io, env, cwd: root };
  const dir = relative(root, tree) || '.';
  const steps: Array<{
    title: string;
    args: string[];
    run: (argv: string[], io: CliIo) => Promise<number>;
    expect: number[];
  }> = [
    { title: 'validate the tree offline', args: ['validate', '--dir', dir], run: validate, expect: [0] },
    { title: 'plan: what would change in whoot', args: ['plan', '--dir', dir], run: plan, expect: [0] },
    { title: 'apply the plan', args: ['apply', '--dir', dir, '--auto-approve'], run: apply, expect: [0] },
    {
      title: 'plan again: whoot now matches the tree',
      args: ['plan', '--dir', dir, '--detailed-exitcode'],
      run: plan,
      expect: [0],
    },
  ];
  io.stdout.write(
    `whoot-rooms demo: a simulated whoot API is running at ${sim.url} (seeded from ` +
      `${relative(root, join(tree, 'sim-seed.yaml'))}).\n`,
  );
  const unexpected: string[] = [];
  try {
    for (const [i, step] of steps.entries()) {
      io.stdout.write(`\n== ${i + 1}/${steps.length} ${step.title}\n$ whoot-rooms ${step.args.join(' ')}\n\n`);
      const code = await step.run(step.args.slice(1), stepIo);
      io.stdout.write(`\n(exit code ${code})\n`);
      if (!step.expect.includes(code))
        unexpected.push(`step ${i + 1} (${step.args[0]}) exited ${code}, expected ${step.expect.join(' or ')}`);
      // An invalid tree cannot be planned: the later steps would only repeat its errors.
      if (step.run === validate && code !== 0) break;
    }
  } finally {
    await sim.stop();
  }
  if (unexpected.length > 0) {
    for (const u of unexpected) io.stderr.write(`demo: ${u}\n`);
    return 1;
  }
  // Commands that work from where the demo was started: the bin when it is on the PATH, else node and its path.
  const cli = cliCommand(io.cwd, io.env);
  io.stdout.write(
    `\nDone. Try it on your own whoot: export WHOOT_API_TOKEN=… and run \`${cli} export --out my-rooms\`, ` +
      `then \`${cli} plan --dir my-rooms\`.\n`,
  );
  return 0;
}
