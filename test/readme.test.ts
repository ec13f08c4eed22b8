import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionYml, ROOT } from './action/harness.js';
import { runCli } from './e2e/helpers.js';

/** First-column names of the table under `### <heading>` in the README. */
function readmeTable(heading: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^### /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('README', () => {
  it('opens with the two fresh-machine commands: the demo and the tests', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  it('lists exactly the inputs and outputs of action.yml', () => {
    const yml = actionYml();
    expect(readmeTable('Inputs')).toEqual(Object.keys(yml.inputs));
    expect(readmeTable('Outputs')).toEqual(Object.keys(yml.outputs));
  });
});

const bin = join(ROOT, 'dist', 'cli.js');
const COMMANDS = ['validate', 'plan', 'apply', 'expire', 'export', 'report', 'sim'];
const COMMON = ['--help', '--log-level', '--log-format'];

/** What `whoot-rooms CMD --help` prints, for every command, read once (in process; the usage test spawns the bin). */
const HELP = new Map<string, string>();
beforeAll(async () => {
  for (const command of COMMANDS) HELP.set(command, (await runCli([command, '--help'])).stdout);
});

/** `whoot-rooms CMD --help`: its synopsis (Usage lines) and every flag it lists. */
function helpOf(command: string): { synopsis: string; flags: string[] } {
  const out = HELP.get(command) ?? '';
  const usage = out.slice(0, out.indexOf('\n\n')).replace(/^Usage: /, '');
  const options = out.slice(out.indexOf('Options:\n'));
  const flags = [...options.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1] ?? '');
  return { synopsis: usage.replace(/\s+/g, ' '), flags: [...new Set(flags)] };
}

/** The `## command` section of docs/cli.md, up to the next `## `. */
function cliSection(command: string): string {
  const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
  const from = doc.indexOf(`\n## ${command}\n`);
  expect(from, `docs/cli.md has a "## ${command}" section`).toBeGreaterThanOrEqual(0);
  const to = doc.indexOf('\n## ', from + 1);
  return doc.slice(from, to === -1 ? undefined : to);
}

const flagsIn = (text: string): string[] => [
  ...new Set([...text.matchAll(/(?<![\w-])(--[a-z][\w-]*)/g)].map((m) => m[1] ?? '')),
];

describe('docs/cli.md and the README agree with the CLI', () => {
  it.each(COMMANDS)('the %s synopsis in docs/cli.md is the one `--help` prints', (command) => {
    const section = cliSection(command);
    const block = /```\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    expect(block.replace(/\s+/g, ' ')).toBe(helpOf(command).synopsis);
  });

  it.each(COMMANDS)('every flag docs/cli.md names for %s exists; every flag it accepts is documented', (command) => {
    const { flags } = helpOf(command);
    // A section may mention another command's flags in a command line it quotes (`plan --out FILE`).
    // A flag the text says a command does not have (`expire` has no `--force`) is not a claim that it has it.
    const other = new RegExp(`whoot-rooms (?!${command}\\b)\\w+|\`(plan|apply|validate) --|has no \`--`);
    const own = cliSection(command)
      .split('\n')
      .filter((l) => !other.test(l));
    for (const flag of flagsIn(own.join('\n'))) {
      expect(flags, `docs/cli.md ## ${command} names ${flag}`).toContain(flag);
    }
    for (const flag of flags.filter((f) => !COMMON.includes(f))) {
      expect(cliSection(command), `${command} ${flag} is in docs/cli.md`).toContain(flag);
    }
  });

  it("every flag on the README's CLI lines is accepted by that command", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('## CLI'));
    const lines = (/```text\n([\s\S]*?)\n```/.exec(block)?.[1] ?? '').split('\n');
    let command = '';
    let checked = 0;
    for (const line of lines) {
      command = /^whoot-rooms (\w+)/.exec(line)?.[1] ?? command;
      if (command === 'demo') continue;
      const accepted = helpOf(command).flags;
      for (const flag of flagsIn(line)) {
        expect(accepted, `README: whoot-rooms ${command} ${flag}`).toContain(flag);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the README and docs/cli.md name every command the CLI lists', () => {
    const usage = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const command of [...COMMANDS, 'demo']) {
      expect(usage).toContain(`  ${command} `);
      expect(doc).toContain(`## ${command}\n`);
    }
  });
});
