import { describe, expect, it } from 'vitest';
import { matchRooms } from '../../src/plan/match.js';
import { desired, liveRoom } from './builders.js';

const trading = liveRoom('Trading', { id: 'r-1' });
const equities = liveRoom('Equities', { id: 'r-2' });
const rates = liveRoom('Rates', { id: 'r-3' });

describe('matching room files to live rooms', () => {
  it('matches by exact name and counts the live rooms no file manages', () => {
    const result = matchRooms(desired({ name: 'Trading' }), [trading, equities, rates]);
    expect(result.matches.map((m) => m.live?.id)).toEqual(['r-1']);
    expect(result.managedRoomIds).toEqual(['r-1']);
    expect(result.unmanaged).toBe(2);
    expect(result.matches[0]?.errors).toEqual([]);
  });

  it('matches by pinned id even when the name was omitted', () => {
    const result = matchRooms(desired({ id: 'r-2', file: 'rooms/eq.yaml' }), [trading, equities]);
    expect(result.managedRoomIds).toEqual(['r-2']);
  });

  it('reports an id whose live name differs from the file, showing both', () => {
    const result = matchRooms(desired({ id: 'r-2', name: 'Equity' }), [trading, equities]);
    const [m] = result.matches;
    expect(m?.live).toBeNull();
    expect(m?.errors).toEqual([
      {
        file: 'rooms/equity.yaml',
        line: 2,
        column: 7,
        message: 'room id "r-2" is named "Equities" in whoot, but this file says "Equity"; fix the name or the id',
      },
    ]);
    expect(result.managedRoomIds).toEqual([]);
  });

  it('says rooms cannot be created through the API, and suggests a case-insensitive match', () => {
    const [m] = matchRooms(desired({ name: 'trading' }), [trading, equities]).matches;
    expect(m?.errors[0]?.message).toBe(
      'no whoot room is named "trading" (did you mean "Trading"?); rooms cannot be created through the API ' +
        '(create it in the whoot console)',
    );
    expect(m?.errors[0]).toMatchObject({ file: 'rooms/trading.yaml', line: 2, column: 7 });
  });

  it('suggests a near name (typo) and nothing for an unrelated one', () => {
    const near = matchRooms(desired({ name: 'Equitees' }), [trading, equities]).matches[0];
    expect(near?.errors[0]?.message).toContain('(did you mean "Equities"?)');
    const far = matchRooms(desired({ name: 'Commodities' }), [trading, equities]).matches[0];
    expect(far?.errors[0]?.message).not.toContain('did you mean');
    expect(far?.errors[0]?.message).toContain('create it in the whoot console');
  });

  it('reports an unknown pinned id', () => {
    const [m] = matchRooms(desired({ id: 'r-404', name: 'Gone' }), [trading]).matches;
    expect(m?.errors[0]).toMatchObject({ line: 3, column: 5 });
    expect(m?.errors[0]?.message).toContain('no whoot room has id "r-404"');
  });

  it('asks to pin `id` when several live rooms share the name', () => {
    const twin = liveRoom('Trading', { id: 'r-9' });
    const [m] = matchRooms(desired({ name: 'Trading' }), [twin, trading]).matches;
    expect(m?.errors[0]?.message).toBe(
      '2 whoot rooms are named "Trading" (ids r-1, r-9); pin the one you mean with `id:`',
    );
  });

  it('refuses two files managing the same live room', () => {
    const result = matchRooms(desired({ name: 'Trading', file: 'rooms/a.yaml' }, { id: 'r-1', file: 'rooms/b.yaml' }), [
      trading,
    ]);
    expect(result.matches[0]?.errors).toEqual([]);
    expect(result.matches[1]?.errors[0]?.message).toContain('already managed by rooms/a.yaml:1');
    expect(result.managedRoomIds).toEqual(['r-1']);
  });

  it('restricts to `only` rooms but still counts unmanaged over the whole tree', () => {
    const result = matchRooms(
      desired({ name: 'Trading' }, { name: 'Rates' }),
      [trading, equities, rates],
      ['Rates', 'Nope'],
    );
    expect(result.managedRoomIds).toEqual(['r-3']);
    expect(result.unmanaged).toBe(1);
    expect(result.unknownScope).toEqual(['Nope']);
  });
});
