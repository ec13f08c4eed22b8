/**
 * Runs the Action as the runner does, in this process (`runAction`) or as the built dist/index.js in a child
 * process (`runActionProcess`, the smoke tests): every input from
 * action.yml as `INPUT_<NAME>` (upper-cased, hyphens kept) with its default, the event payload in a file, the
 * GITHUB_* variables, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that are read back afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as core from '@actions/core';
import { main } from '../../src/action/main.js';
import { recordCapture } from '../support/captures.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'dist', 'index.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export function actionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

export interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** stdout minus the `::add-mask::` commands (the runner consumes those; they are never shown) */
  visibleStdout: string;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref?: string;
  githubApiUrl: string;
  githubToken?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

function unescapeProperty(s: string): string {
  return s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}
function unescapeData(s: string): string {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

/** `::error file=a,line=3,col=5::message` lines, as the runner reads them. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = pair.indexOf('=');
      properties[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1));
    }
    out.push({ kind: m[1] as Annotation['kind'], properties, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** The GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]] = value.join('\n');
  }
  return out;
}

interface Prepared {
  env: Record<string, string>;
  outputPath: string;
  summaryPath: string;
}

/** The runner's environment for one step: inputs with action.yml's defaults, GITHUB_* and the command files. */
function prepare(opts: RunOptions): Prepared {
  const temp = mkdtempSync(join(tmpdir(), 'whoot-action-run-'));
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputPath = join(temp, 'output');
  const summaryPath = join(temp, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${String((opts.payload.repository as { full_name?: string } | undefined)?.full_name ?? 'acme/rooms')}`,
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_API_URL: opts.githubApiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    WHOOT_ROOMS_PR_LOOKUP_DELAY_MS: '20',
    WHOOT_ROOMS_PR_LOOKUP_ATTEMPTS: '3',
    WHOOT_ROOMS_GITHUB_WRITE_SPACING_MS: '0',
    WHOOT_ROOMS_GITHUB_NOTIFY_SPACING_MS: '0',
    ...opts.env,
  };
  // The runner sets every declared input, with action.yml's default when the workflow gives none.
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    let value = opts.inputs?.[name] ?? spec.default ?? '';
    if (opts.inputs?.[name] === undefined && value === '${{ github.token }}') value = opts.githubToken ?? '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  return { env, outputPath, summaryPath };
}

/** Read the step's outputs and summary back, and record what a person could read for the canary scan. */
function finish(opts: RunOptions, prepared: Prepared, code: number, stdout: string, stderr: string): ActionRun {
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(prepared.outputPath, 'utf8')),
    summary: readFileSync(prepared.summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    visibleStdout: stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
  };
  // What the runner shows or keeps (the add-mask commands are consumed, never shown), for the canary scan.
  const label = `action ${opts.eventName}`;
  recordCapture(`${label} log`, run.visibleStdout);
  recordCapture(`${label} stderr`, stderr);
  recordCapture(`${label} job summary`, run.summary);
  recordCapture(`${label} outputs`, JSON.stringify(run.outputs));
  const planFile = run.outputs['plan-file'];
  if (planFile) {
    try {
      recordCapture(`${label} plan file`, readFileSync(planFile, 'utf8'));
    } catch {
      // a plan file the run did not write is the run's own test's concern
    }
  }
  return run;
}

/**
 * Run dist/index.js once, as a child process, exactly as the runner does: the smoke tests of the real entry.
 */
export async function runActionProcess(opts: RunOptions): Promise<ActionRun> {
  const prepared = prepare(opts);
  const { env } = prepared;
  const child = spawn(process.execPath, [ENTRY], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  return finish(opts, prepared, code, stdout, stderr);
}

/**
 * Run the Action's `main()` in this process with the same environment, files and stdout protocol as the
 * spawned run (the toolkit writes `::error::` lines to stdout and outputs to GITHUB_OUTPUT either way): the
 * stories run fast, and `runActionProcess` keeps the real entry covered. Runs in one file are sequential, so
 * swapping process.env and stdout for the duration of a run is safe.
 */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const prepared = prepare(opts);
  const savedEnv = process.env;
  const savedWrite = process.stdout.write.bind(process.stdout);
  const savedExitCode = process.exitCode;
  let stdout = '';
  process.env = { ...prepared.env };
  process.exitCode = undefined;
  // The toolkit caches the summary file's path from its first use: each run has its own file.
  delete (core.summary as unknown as { _filePath?: string })._filePath;
  process.stdout.write = (chunk: string | Uint8Array): boolean => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  let code: number;
  try {
    await main();
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } finally {
    process.stdout.write = savedWrite;
    process.env = savedEnv;
    process.exitCode = savedExitCode;
  }
  return finish(opts, prepared, code, stdout, '');
}
