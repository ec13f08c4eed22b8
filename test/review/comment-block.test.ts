import { describe, expect, it } from 'vitest';
import {
  machineBlockData,
  parseMachineBlock,
  renderMachineBlock,
  reviewedPlanFromBlock,
} from '../../src/review/comment-block.js';
import { roomDigest } from '../../src/plan/fingerprint.js';
import { samplePlan } from '../render/sample.js';

const FP = `sha256:${'a'.repeat(64)}`;
const wrap = (json: string) => `Some comment\n<!-- whoot-rooms:plan ${json} -->\nmore`;

describe('machine-readable block', () => {
  it('round-trips the map form', () => {
    const p = samplePlan();
    const body = `# Plan\n\n${renderMachineBlock(p, { path: 'rooms', headSha: 'abcdef1' })}\n`;
    expect(parseMachineBlock(body)).toEqual(machineBlockData(p, { path: 'rooms', headSha: 'abcdef1' }));
  });

  it('round-trips the compact digest form and maps it onto the fresh plan', () => {
    const p = samplePlan();
    const block = parseMachineBlock(renderMachineBlock(p, { path: '.' }, 'digests'));
    expect(block?.rooms).toBeNull();
    expect(block?.head_sha).toBeNull();
    const reviewed = block ? reviewedPlanFromBlock(block, p) : null;
    const trading = p.rooms.find((r) => r.id === 'r-trading');
    expect(reviewed?.rooms?.['r-trading']).toBe(roomDigest('r-trading', trading?.fingerprint ?? ''));
    // Errored rooms are never reviewable.
    expect(Object.keys(reviewed?.rooms ?? {}).sort()).toEqual(['r-rates', 'r-trading']);
  });

  it('a room whose changes differ since review is not in the reviewed set', () => {
    const reviewedPlan = samplePlan();
    const block = parseMachineBlock(renderMachineBlock(reviewedPlan, { path: '.' }, 'digests'));
    const fresh = samplePlan();
    const trading = fresh.rooms.find((r) => r.id === 'r-trading');
    if (trading) trading.fingerprint = `sha256:${'0'.repeat(64)}`;
    const reviewed = block ? reviewedPlanFromBlock(block, fresh) : null;
    expect(Object.keys(reviewed?.rooms ?? {})).toEqual(['r-rates']);
  });

  it('cannot be closed early by a hostile path', () => {
    const p = samplePlan();
    const body = renderMachineBlock(p, { path: 'x --> <script>alert(1)</script> <!--' });
    expect(body.indexOf('-->')).toBe(body.length - 3);
    expect(body).not.toContain('<script');
    expect(parseMachineBlock(body)?.path).toBe('x --> <script>alert(1)</script> <!--');
  });

  it.each([
    ['no block', 'just a comment'],
    ['broken JSON', wrap('{"v":1,')],
    [
      'wrong version',
      wrap(JSON.stringify({ v: 3, path: '.', fingerprint: FP, head_sha: null, rooms: null, lifted: [] })),
    ],
    ['v2 without lifted', wrap(JSON.stringify({ v: 2, path: '.', fingerprint: FP, head_sha: null, rooms: null }))],
    [
      'lifted not a list',
      wrap(JSON.stringify({ v: 2, path: '.', fingerprint: FP, head_sha: null, rooms: null, lifted: 'r' })),
    ],
    [
      'lifted with a non-string',
      wrap(JSON.stringify({ v: 2, path: '.', fingerprint: FP, head_sha: null, rooms: null, lifted: [1] })),
    ],
    [
      'lifted with v1',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: null, lifted: 'x' })),
    ],
    [
      'bad fingerprint',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: 'sha256:xyz', head_sha: null, rooms: null })),
    ],
    ['bad head sha', wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: 'main; rm -rf', rooms: null }))],
    [
      'non-hex digest',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: { r: 'zzzzzzzzzzzz' } })),
    ],
    ['short digest', wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: { r: 'abc' } }))],
    [
      'rooms as array',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: ['abcdefabcdef'] })),
    ],
    [
      'digests not a string',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: null, digests: [1] })),
    ],
    ['path not a string', wrap(JSON.stringify({ v: 1, path: 3, fingerprint: FP, head_sha: null, rooms: null }))],
    ['an array', wrap('[1,2]')],
    [
      'two blocks (ambiguous)',
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: null })).repeat(2),
    ],
    ['unterminated', '<!-- whoot-rooms:plan {"v":1}'],
    [
      'huge body',
      wrap(JSON.stringify({ v: 1, path: 'x'.repeat(3_000_000), fingerprint: FP, head_sha: null, rooms: null })),
    ],
  ])('rejects %s', (_label, body) => {
    expect(parseMachineBlock(body)).toBeNull();
  });

  it('reads a version 1 block (from before an upgrade) as a record that lifts no guard', () => {
    const block = parseMachineBlock(
      wrap(JSON.stringify({ v: 1, path: '.', fingerprint: FP, head_sha: null, rooms: null })),
    );
    expect(block).toEqual({ v: 2, path: '.', fingerprint: FP, head_sha: null, rooms: null, lifted: [] });
  });

  it('records the blocked rooms as lifted only when the override label was on at plan time', () => {
    const p = samplePlan();
    expect(machineBlockData(p, { path: '.' }).lifted).toEqual([]);
    expect(machineBlockData(p, { path: '.', guardLiftedBy: null }).lifted).toEqual([]);
    expect(machineBlockData(p, { path: '.', guardLiftedBy: 'allow-removals' }).lifted).toEqual(['r-rates']);
    const back = parseMachineBlock(renderMachineBlock(p, { path: '.', guardLiftedBy: 'allow-removals' }, 'none'));
    expect(back?.lifted).toEqual(['r-rates']);
  });

  it('treats a __proto__ room id as plain data', () => {
    const body = wrap(`{"v":1,"path":".","fingerprint":"${FP}","head_sha":null,"rooms":{"__proto__":"abcdefabcdef"}}`);
    const block = parseMachineBlock(body);
    expect(block?.rooms && Object.keys(block.rooms)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).abcdefabcdef).toBeUndefined();
  });
});
