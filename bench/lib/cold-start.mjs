// Cold start, paired: `node <cli> --help` against `node -e 0`, alternately, each spawned the same way and
// timed from spawn to exit. The ratio of the medians is the target: what the CLI adds to Node's own boot.
import { spawn } from 'node:child_process';

/** Spawns node with `args`, output discarded; resolves with the wall time from spawn to exit (ms). */
export function timeSpawn(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore', cwd: opts.cwd, env: opts.env ?? process.env });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * `pairs` alternations of (node -e 0, node <cli> --help) after `warm` unmeasured ones (the page cache).
 * @returns {{ nodeMs: number, cliMs: number, ratio: number, pairs: number, node: number[], cli: number[] }}
 */
export async function coldStart(cli, { pairs = 15, warm = 2, cwd } = {}) {
  const node = [];
  const cliTimes = [];
  for (let i = 0; i < warm + pairs; i++) {
    const a = await timeSpawn(['-e', '0'], { cwd });
    const b = await timeSpawn([cli, '--help'], { cwd });
    if (i >= warm) {
      node.push(a);
      cliTimes.push(b);
    }
  }
  const nodeMs = median(node);
  const cliMs = median(cliTimes);
  return { nodeMs, cliMs, ratio: cliMs / nodeMs, pairs, node, cli: cliTimes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await coldStart(process.argv[2], { pairs: Number(process.argv[3] ?? 15) });
  process.stdout.write(
    `node -e 0 ${r.nodeMs.toFixed(1)} ms, ${process.argv[2]} --help ${r.cliMs.toFixed(1)} ms = ${r.ratio.toFixed(2)}x\n`,
  );
}
