import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { CANARY_PATTERN, CANARY_TOKEN, recordCapture } from '../support/captures.js';
import { ALL_SCOPES, canarySimulator, cleanup, runCli, writeTree, type CliResult } from '../support/cli.js';
import { hostileServer, sendError, type HostileServer } from '../support/hostile-server.js';

/**
 * The whoot key never reaches anything a person or another job can read: every command, in its success and
 * failure paths, at debug and trace, in both log formats. Each run is checked here, and recorded for the
 * suite-wide canary scan (test/global-setup.ts).
 */
const TODAY = ['--today', '2026-11-27'];
const READ_ONLY = `${CANARY_TOKEN}_readonly`;
const REVOKED = `${CANARY_TOKEN}_revoked`;

const seed = {
  users: [{ email: 'alice@acme.com' }, { email: 'bob@acme.com' }, { email: 'carol@acme.com' }],
  rooms: [
    { name: 'Equities', members: [{ email: 'alice@acme.com', tx: true }] },
    { name: 'FX', members: [{ email: 'bob@acme.com' }] },
  ],
  tokens: [
    { token: CANARY_TOKEN, scopes: ALL_SCOPES },
    { token: READ_ONLY, scopes: ['api:users:read', 'api:rooms:read'] },
  ],
};
const tree = {
  'rooms/equities.yaml': 'name: Equities\nmembers:\n  - user: alice@acme.com\n    tx: true\n  - bob@acme.com\n',
  'rooms/fx.yaml': 'name: FX\nmembers:\n  - carol@acme.com\n',
};

let sim: SimulatorHandle;
let dir: string;
const stops: Array<() => Promise<void> | void> = [];
const leaks: string[] = [];

beforeAll(async () => {
  ({ sim } = await canarySimulator(seed));
  dir = writeTree(tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
});
afterAll(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** Run and check one command; debug logs by default. */
async function sweep(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const r = await runCli(`security/secrets ${label}`, args, { env: { LOG_LEVEL: 'debug', ...env } });
  for (const [stream, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    const found = text.match(CANARY_PATTERN);
    if (found) leaks.push(`${label} ${stream}: ${found.join(', ')}`);
  }
  return r;
}

/** Every file under `path` (a file or a folder), recorded for the scan and checked. */
function sweepFiles(label: string, path: string): number {
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, encoding: 'utf8' })
        .map((f) => join(path, f))
        .filter((f) => statSync(f).isFile())
    : [path];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    recordCapture(`security/secrets ${label} file ${f}`, text);
    if (CANARY_PATTERN.test(text)) leaks.push(`${label} file ${f}`);
    CANARY_PATTERN.lastIndex = 0;
  }
  return files.length;
}

const api = (token: string, url = () => sim.url) => ({ WHOOT_API_URL: url(), WHOOT_API_TOKEN: token });

describe('the canary key on success paths, at debug and trace, in both log formats', () => {
  it('validate, plan (text, Markdown, JSON, --out), export and apply print and write no secret', async () => {
    const env = api(CANARY_TOKEN);
    const planFile = join(dir, 'plan.json');
    const exported = join(dir, 'exported');
    const runs = await Promise.all([
      sweep('validate', ['validate', '--dir', dir, ...TODAY], env),
      sweep('plan text trace', ['plan', '--dir', dir, '--log-level', 'trace', ...TODAY], env),
      sweep(
        'plan markdown json-logs',
        ['plan', '--dir', dir, '--format', 'markdown', '--log-format', 'json', ...TODAY],
        env,
      ),
      sweep('plan json --out', ['plan', '--dir', dir, '--format', 'json', '--out', planFile, ...TODAY], env),
      sweep('export', ['export', '--out', exported, '--log-level', 'trace'], env),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[1].stderr).toMatch(/whoot api/); // trace really logged every request
    expect(sweepFiles('plan --out', planFile)).toBe(1);
    expect(sweepFiles('export', exported)).toBeGreaterThan(0);
    const applied = await sweep(
      'apply trace json-logs',
      [
        'apply',
        '--dir',
        dir,
        '--auto-approve',
        '--plan-file',
        planFile,
        '--log-level',
        'trace',
        '--log-format',
        'json',
        ...TODAY,
      ],
      env,
    );
    expect(applied.code, applied.stderr).toBe(0);
    expect(leaks).toEqual([]);
  });
});

describe('the canary key on error paths, at debug', () => {
  it('401 (a revoked key that starts with the canary): plan, apply and export fail without echoing it', async () => {
    const env = api(REVOKED);
    const runs = await Promise.all([
      sweep('plan 401', ['plan', '--dir', dir, ...TODAY], env),
      sweep('apply 401', ['apply', '--dir', dir, '--auto-approve', ...TODAY], env),
      sweep('export 401', ['export', '--out', join(dir, 'export-401')], env),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/401 invalid_token: the API key is invalid or revoked/);
    }
    expect(leaks).toEqual([]);
  });

  it(
    '403 (a read-only key): apply fails at the pre-flight naming the scope; a 403 on a write names the ' + 'room',
    async () => {
      const readOnly = await sweep(
        'apply 403 preflight',
        ['apply', '--dir', dir, '--auto-approve', ...TODAY],
        api(READ_ONLY),
      );
      expect(readOnly.code).toBe(1);
      expect(readOnly.stderr).toContain('api:rooms:write');
      sim.consoleEdit('FX', [{ email: 'bob@acme.com' }]); // so there is a write to refuse, whatever ran before
      sim.setFaults({
        rules: [
          { method: 'PUT', path: '/rooms/*', status: 403, code: 'forbidden', message: 'room is locked by compliance' },
        ],
      });
      try {
        const put = await sweep(
          'apply 403 on PUT',
          ['apply', '--dir', dir, '--auto-approve', ...TODAY],
          api(CANARY_TOKEN),
        );
        expect(put.code).toBe(1);
        expect(put.stdout + put.stderr).toContain('403 forbidden: room is locked by compliance');
      } finally {
        sim.setFaults({});
      }
      expect(leaks).toEqual([]);
    },
  );

  it(
    'a server that echoes the Authorization header in error bodies and redirect targets: the key is ' + 'redacted',
    async () => {
      const echo: HostileServer = await hostileServer((req, res) => {
        const auth = String(req.headers.authorization);
        if (req.url?.startsWith('/me')) {
          res.writeHead(307, { location: `https://login.example/?token=${auth.replace('Bearer ', '')}` }).end();
          return;
        }
        sendError(res, 500, 'internal_error', `upstream rejected header ${auth}`);
      });
      stops.push(echo.stop);
      const redirect = await sweep(
        'plan redirect echoing the key',
        ['plan', '--dir', dir, ...TODAY],
        api(CANARY_TOKEN, () => echo.url),
      );
      expect(redirect.code).toBe(1);
      expect(redirect.stderr).toContain('redirect');
      expect(redirect.stderr).toContain('[REDACTED]');

      const body = await hostileServer((req, res) =>
        sendError(res, 500, 'internal_error', `upstream rejected header ${String(req.headers.authorization)}`),
      );
      stops.push(body.stop);
      const echoed = await sweep('plan 500 echoing the key', ['plan', '--dir', dir, ...TODAY], {
        ...api(CANARY_TOKEN, () => body.url),
        WHOOT_API_MAX_ATTEMPTS: '2',
      });
      expect(echoed.code).toBe(1);
      expect(echoed.stderr).toContain('500 internal_error: upstream rejected header Bearer [REDACTED]');
      expect(echoed.stderr).toMatch(/retrying whoot api call/); // the debug path ran too
      expect(leaks).toEqual([]);
    },
  );

  it('network errors (refused, TLS to a plain port, timeout, unknown host): clear errors, no key', async () => {
    const closed = await hostileServer(() => undefined);
    const closedUrl = closed.url;
    await closed.stop(); // nothing listens there any more
    const silent = await hostileServer(() => undefined); // accepts, never answers
    stops.push(silent.stop);
    const quick = { WHOOT_API_MAX_ATTEMPTS: '2', WHOOT_API_TIMEOUT_MS: '300' };
    const [refused, tls, timeout, unknown] = await Promise.all([
      sweep('plan refused', ['plan', '--dir', dir, ...TODAY], { ...api(CANARY_TOKEN, () => closedUrl), ...quick }),
      sweep('plan tls to plain port', ['plan', '--dir', dir, ...TODAY], {
        ...api(CANARY_TOKEN, () => sim.url.replace('http:', 'https:')),
        ...quick,
      }),
      sweep('apply timeout', ['apply', '--dir', dir, '--auto-approve', ...TODAY], {
        ...api(CANARY_TOKEN, () => silent.url),
        ...quick,
      }),
      sweep('plan unknown host', ['plan', '--dir', dir, ...TODAY], {
        ...api(CANARY_TOKEN, () => 'https://whoot-rooms-canary.invalid'),
        WHOOT_API_MAX_ATTEMPTS: '1',
        WHOOT_API_TIMEOUT_MS: '3000',
      }),
    ]);
    for (const r of [refused, tls, timeout, unknown]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/GET \/me → /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(refused.stderr).toMatch(/econnrefused|ECONNREFUSED/);
    expect(timeout.stderr).toContain('no answer within 300 ms');
    expect(leaks).toEqual([]);
  });

  it(
    'a key that cannot be sent in a header (copy-paste damage) is refused before any request, without quoting ' + 'it',
    async () => {
      sim.requestLog.length = 0;
      const damaged = [`\u201c${CANARY_TOKEN}\u201d`, `${CANARY_TOKEN}\u0001x`, `${CANARY_TOKEN} x`];
      const runs = await Promise.all(
        damaged.map((token, i) => sweep(`plan damaged key ${i}`, ['plan', '--dir', dir, ...TODAY], api(token))),
      );
      for (const r of runs) {
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('WHOOT_API_TOKEN contains a character that cannot be sent in an HTTP header');
      }
      expect(sim.requestLog).toEqual([]);
      expect(leaks).toEqual([]);
    },
  );

  it('usage errors with the key in the environment print no key', async () => {
    const runs = await Promise.all([
      sweep('plan bad flag', ['plan', '--dir', dir, '--token', CANARY_TOKEN], api(CANARY_TOKEN)),
      sweep('apply no terminal', ['apply', '--dir', dir], api(CANARY_TOKEN)),
      sweep('plan remote http', ['plan', '--dir', dir, '--api-url', 'http://whoot.example.com'], api(CANARY_TOKEN)),
    ]);
    for (const r of runs) expect(r.code).toBe(1);
    // The first run was handed the key as a flag: it must not repeat it in the "unknown option" message.
    expect(leaks).toEqual([]);
    expect(existsSync(join(dir, 'rooms'))).toBe(true);
  });
});
