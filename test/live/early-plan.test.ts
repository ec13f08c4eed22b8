import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDesiredState } from '../../src/desired/index.js';
import { planTree } from '../../src/engine.js';
import { silentLogger } from '../../src/log.js';
import { plan } from '../../src/plan/index.js';
import { renderJson } from '../../src/render/index.js';
import { loadSeedFile } from '../../src/sim/seed.js';
import { startSimulator } from '../../src/sim/index.js';

const acme = fileURLToPath(new URL('../../examples/acme', import.meta.url));

describe('planning rooms while their member lists arrive', () => {
  it('gives byte for byte the plan of the pure planner over the same live state, at every concurrency', async () => {
    const sim = await startSimulator({
      seed: loadSeedFile(`${acme}/sim-seed.yaml`),
      latencyMs: 2,
      jitterMs: 3,
      randomSeed: 7,
    });
    try {
      const today = '2026-11-27';
      const loaded = await loadDesiredState(acme, { today });
      if (!loaded.ok) throw new Error('examples/acme must be valid');
      for (const concurrency of [1, 3, 8]) {
        const outcome = await planTree(
          { dir: acme, maxRemovalPercent: 25 },
          { apiUrl: sim.url, token: sim.token, concurrency },
          { logger: silentLogger(), today },
        );
        if (outcome.kind !== 'planned') throw new Error('expected a plan');
        const reference = plan(loaded.desired, outcome.live, { maxRemovalPercent: 25 });
        expect(renderJson(outcome.plan)).toBe(renderJson(reference));
        expect(outcome.plan.summary.rooms_changed).toBeGreaterThan(0);
      }
    } finally {
      await sim.stop();
    }
  });
});
