/**
 * Issue 14 §2 through the real CLI process: what a reviewer reads is what will happen. A look-alike identity is
 * flagged, names show who is added, invisible characters are visible, and nothing from the tree or a server
 * reaches the terminal raw.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { cleanup, runCli, simulator, writeTree } from '../e2e/helpers.js';

const EVIL = '\u0430lice@acme.com'; // U+0430 CYRILLIC SMALL LETTER A, then "lice@acme.com"
const RTL_ROOM_ID = '5f0c2a9e-3b1d-4c7e-9a2f-6d8e1b4c7a01';
const TODAY = '2026-11-27';

const seed = {
  users: [
    { email: 'alice@acme.com', display_name: 'Alice Liddell' },
    { email: EVIL, display_name: 'Alice L.' },
    { email: 'bob@acme.com', display_name: 'Bob Marley' },
  ],
  rooms: [
    { name: 'Trading', members: [{ email: 'bob@acme.com' }] },
    // A name from the server with a RIGHT-TO-LEFT OVERRIDE: it would display as "Trading gpj.exe"-style lies.
    { id: RTL_ROOM_ID, name: 'Ops \u202eksed gnidart', members: [] },
  ],
};

const tree = {
  'rooms/trading.yaml': `name: Trading\nmembers:\n  - ${EVIL}\n  - user: bob@acme.com\n    tx: true\n`,
  'rooms/ops.yaml': `id: ${RTL_ROOM_ID}\nmembers:\n  - alice@acme.com\n`,
};

let sim: SimulatorHandle | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
  for (const d of dirs.splice(0)) cleanup(d);
});

async function planOf(format: 'text' | 'markdown' | 'json') {
  const started = await simulator(seed);
  sim = started.sim;
  const dir = writeTree(tree);
  dirs.push(dir);
  return runCli(['plan', '--dir', dir, '--today', TODAY, '--format', format], {
    env: { ...started.env, WHOOT_LOG_LEVEL: 'silent' },
  });
}

const WARNING =
  `email ${EVIL} contains U+0430 CYRILLIC SMALL LETTER A at position 1: it looks like alice@acme.com, ` +
  'a different whoot user; check it is the intended person';

describe('plan through the CLI: look-alikes, display names, invisible characters', () => {
  it(
    'text: a confusable_email warning naming both emails and the code point; the email marked; names ' + 'shown',
    async () => {
      const r = await planOf('text');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`rooms/trading.yaml:3: warning[confusable_email]: ${WARNING}\n`);
      expect(r.stdout).toContain(`    + ⚠ ${EVIL} (contains U+0430) (Alice L.) listen\n`);
      expect(r.stdout).toContain('    ~ bob@acme.com (Bob Marley) listen → transmit\n');
      // The genuine user is marked as well: the pair is confusable whichever of the two a file names.
      expect(r.stdout).toContain(`    + ⚠ alice@acme.com (looks like ${EVIL}) (Alice Liddell) listen\n`);
      expect(r.stdout).toContain('~ room "Ops <U+202E>ksed gnidart" (rooms/ops.yaml');
      expect(r.stdout + r.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    },
  );

  it(
    'Markdown: the same warning with the emails in code spans exactly as written, the email marked in the ' + 'diff',
    async () => {
      const r = await planOf('markdown');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        `<code>rooms/trading.yaml:3</code> **confusable&#95;email**: email \`${EVIL}\` contains U+0430 CYRILLIC SMALL ` +
          'LETTER A at position 1: it looks like `alice@acme.com`, a different whoot user; check it is the ' +
          'intended person',
      );
      expect(r.stdout).toContain(`+ ⚠ ${EVIL} (contains U+0430) (Alice L.) listen\n`);
      expect(r.stdout).toContain('! bob@acme.com (Bob Marley) listen → transmit\n');
      expect(r.stdout).toContain('<b>Ops &lt;U+202E&gt;ksed gnidart</b>');
      expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout).not.toContain('&#95;acme');
    },
  );

  it('JSON: the warning is in the contract with its file and line', async () => {
    const r = await planOf('json');
    const json = JSON.parse(r.stdout) as { warnings: Array<Record<string, unknown>> };
    expect(json.warnings).toContainEqual(
      expect.objectContaining({ code: 'confusable_email', file: 'rooms/trading.yaml', line: 3, message: WARNING }),
    );
  });
});

describe('validate through the CLI: nothing from the tree reaches the terminal raw', () => {
  it('reports a bidirectional control as an error at its file:line:col', async () => {
    const dir = writeTree({
      'rooms/eq.yaml': 'name: Equities\nmembers:\n  - user: bob@acme.com # admin\u202e \u2066\n',
    });
    dirs.push(dir);
    const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rooms/eq.yaml:3:31: error: bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE: ');
    expect(r.stdout).toContain('rooms/eq.yaml:3:33: error: bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE: ');
    expect(r.stdout).toContain('✗ 2 errors in 1 file\n');
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('prints a group name with ESC sequences escaped, so it cannot erase the error and forge "✓ valid"', async () => {
    // YAML's "\e" is ESC: ESC[2K clears the line, ESC[1G returns to column 1, ESC[32m paints green.
    const dir = writeTree({
      'rooms/eq.yaml': 'name: Equities\nmembers:\n  - group: "x\\e[2K\\e[1G\\e[32m✓ 1 room valid"\n',
    });
    dirs.push(dir);
    const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toMatch(/^rooms\/eq\.yaml:3:\d+: error: .*x\\x1b\[2K\\x1b\[1G\\x1b\[32m✓ 1 room valid/m);
  });
});
