// Rendering of benchmark results: the Markdown tables, the machine description, docs/performance.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';

/** The machine the numbers come from. */
export function machineInfo() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) cpu = m[1].trim();
  } catch {
    // not Linux
  }
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // no coreutils
  }
  return {
    nproc,
    cpu,
    node: process.version,
    os: `${process.platform} ${release()}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
}

const fmtMs = (ms) =>
  ms === null || ms === undefined ? '' : ms >= 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
const fmtMb = (mb) => (mb === null || mb === undefined ? '' : `${Math.round(mb)} MB`);
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|');

function routes(byRoute) {
  if (!byRoute) return '';
  return Object.entries(byRoute)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, n]) => `${m} ${n}`)
    .join(', ');
}

/** What the console shows: one line per target, `ok` / `MISS` (quick mode: timed targets are `--`, not asserted). */
export function targetLines(cases, quick = false) {
  const lines = [];
  for (const c of cases) {
    for (const t of c.targets ?? []) {
      const verdict = quick && t.timed ? (t.pass ? '(ok)' : '(--)') : t.pass ? 'ok' : 'MISS';
      lines.push(`${verdict.padEnd(5)} ${c.id}. ${t.name}: ${t.actual}`);
    }
    if (c.error) lines.push(`MISS  ${c.id}. ${c.title} did not run: ${c.error.split('\n')[0]}`);
  }
  return lines;
}

/** The measurement table: one line per measured side of each case. */
export function measurementTable(cases) {
  const lines = [
    '| Case | Scale | Who | Runs | Wall (median) | Each run | CPU user+sys | Peak RSS | Requests | By route | 429s | Max in flight | Before first request | After last answer | Server time per request | Simulator CPU |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of cases) {
    for (const r of c.rows ?? []) {
      lines.push(
        `| ${c.id}. ${cell(r.label)} | ${c.scale} | ${r.who} | ${r.runs} | ${fmtMs(r.wallMs)} | ${(r.wallsMs ?? []).join(' / ')} | ${fmtMs(r.cpuMs)} | ${fmtMb(r.maxRssMb)} | ${r.requests ?? ''} | ${routes(r.byRoute)} | ${r.status429 ?? ''} | ${r.maxInFlight ?? ''} | ${fmtMs(r.beforeFirstMs)} | ${fmtMs(r.afterLastMs)} | ${r.serverMs === null || r.serverMs === undefined ? '' : `${r.serverMs.toFixed(1)} ms`} | ${fmtMs(r.simCpuMs)} |`,
      );
    }
    if (c.error) lines.push(`| ${c.id}. ${c.title} | ${c.scale} | | | **error** | | | | | | | | | | | |`);
  }
  return lines.join('\n');
}

/** The target table: every target of every case with the measured value and ok/MISS. */
export function targetTable(cases) {
  const lines = ['| Case | Target | Measured | Result |', '|---|---|---|---|'];
  for (const c of cases) {
    for (const t of c.targets ?? [])
      lines.push(
        `| ${c.id}. ${c.title} (${c.scale}) | ${cell(t.name)} | ${cell(t.actual)} | ${t.pass ? 'ok' : '**MISS**'} |`,
      );
    if (c.error)
      lines.push(
        `| ${c.id}. ${c.title} (${c.scale}) | runs without error | ${cell(c.error.split('\n')[0])} | **MISS** |`,
      );
  }
  return lines.join('\n');
}

/** The generated section of docs/performance.md (between the markers), from a results object. */
export function resultsSection(results) {
  const m = results.machine;
  const all = results.cases.flatMap((c) => c.targets ?? []);
  const passed = all.filter((t) => t.pass).length;
  const total = all.length + results.cases.filter((c) => c.error).length;
  const niceness = results.options?.simulatorNiceness;
  return [
    `Latest full run: ${results.finishedAt} (${Math.round(results.durationMs / 1000)} s in total)${results.commit ? ` on commit ${results.commit} plus the working tree` : ''}: ${passed} of ${total} targets ok.`,
    '',
    `Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}; load average (1, 5, 15 min) ${m.loadAverage.before.join(', ')} at the start, ${m.loadAverage.after.join(', ')} at the end.` +
      (niceness === undefined || niceness === null
        ? ''
        : niceness < 0
          ? ` The simulator ran at niceness ${niceness} (it stands in for a server on its own machines).`
          : ' The simulator ran at normal priority (no privilege to raise it).'),
    '',
    `Reproduce: \`${results.command}\` (after \`npm run build\`).`,
    '',
    '### Targets',
    '',
    targetTable(results.cases),
    '',
    '### Measurements',
    '',
    measurementTable(results.cases),
    '',
  ].join('\n');
}

const START = '<!-- bench:results:start (generated by bench/run.mjs; edit the text outside the markers) -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated section of docs/performance.md, keeping the hand-written text around it. */
export function updatePerformanceDoc(path, results) {
  const section = `${START}\n${resultsSection(results)}${END}`;
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n## Latest results\n\n${START}\n${END}\n`;
  const a = doc.indexOf('<!-- bench:results:start');
  const b = doc.indexOf(END);
  doc =
    a === -1 || b === -1
      ? `${doc.trimEnd()}\n\n## Latest results\n\n${section}\n`
      : `${doc.slice(0, a)}${section}${doc.slice(b + END.length)}`;
  writeFileSync(path, doc);
}
