import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { samplePlan } from './sample.js';

describe('JSON plan', () => {
  it('is the documented contract: stable key order, 2-space indent, trailing newline', async () => {
    const json = renderJson(samplePlan());
    expect(json.endsWith('}\n')).toBe(true);
    await expect(json).toMatchFileSnapshot('__snapshots__/sample-plan.json');
  });

  it('leaves out the internal PUT bodies and keeps the contract keys in order', () => {
    const data = JSON.parse(renderJson(samplePlan())) as Record<string, unknown> & {
      rooms: Array<Record<string, unknown>>;
    };
    expect(Object.keys(data)).toEqual(['format_version', 'fingerprint', 'summary', 'rooms', 'warnings']);
    expect(Object.keys(data.summary as object)).toEqual([
      'rooms_managed',
      'rooms_changed',
      'rooms_unchanged',
      'rooms_unmanaged',
      'add',
      'remove',
      'update',
      'metadata',
      'blocked',
      'errored',
    ]);
    for (const room of data.rooms) {
      expect(room).not.toHaveProperty('put');
      expect(Object.keys(room).slice(0, 4)).toEqual(['id', 'name', 'file', 'fingerprint']);
    }
    expect(data.rooms[1]?.errors).toEqual([
      {
        message: 'unknown user zed@acme.com: no whoot user has this email',
        file: 'rooms/credit.yaml',
        line: 7,
        column: 5,
      },
    ]);
  });
});
