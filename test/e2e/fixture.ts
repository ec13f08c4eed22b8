import type { SimSeed } from '../../src/sim/seed-types.js';

const MODELINE =
  '# yaml-language-server: ' +
  '$schema=https://raw.githubusercontent.com/whoot-rooms/whoot-rooms/main/schemas/room.schema.json\n';

/**
 * A small trading floor. Live state (the seed) differs from the tree (below) in Equities (a joiner, a leaver,
 * a transmit change) and FX (a joiner); Rates and Credit already match; Lobby is not managed.
 */
export const seed: SimSeed = {
  users: [
    { email: 'alice@acme.com', display_name: 'Alice' },
    { email: 'bob@acme.com', display_name: 'Bob' },
    { email: 'carol@acme.com', display_name: 'Carol' },
    { email: 'dave@acme.com', display_name: 'Dave' },
    { email: 'erin@acme.com', display_name: 'Erin' },
    { email: 'frank@acme.com', display_name: 'Frank' },
    { email: 'grace@acme.com', display_name: 'Grace' },
    { email: 'heidi@acme.com', display_name: 'Heidi' },
  ],
  rooms: [
    {
      name: 'Equities',
      members: [{ email: 'alice@acme.com', tx: true }, { email: 'bob@acme.com' }, { email: 'carol@acme.com' }],
    },
    { name: 'FX', members: [{ email: 'dave@acme.com', tx: true }] },
    { name: 'Rates', members: [{ email: 'erin@acme.com', tx: true }, { email: 'frank@acme.com' }] },
    { name: 'Credit', members: [{ email: 'grace@acme.com' }, { email: 'heidi@acme.com', tx: true }] },
    { name: 'Lobby', members: [{ email: 'alice@acme.com' }, { email: 'heidi@acme.com' }] },
  ],
};

export const tree: Record<string, string> = {
  'rooms/equities.yaml': `${MODELINE}name: Equities
members:
  - user: alice@acme.com
    tx: true
  - user: bob@acme.com
    tx: true
  - dave@acme.com
`,
  'rooms/fx.yaml': `${MODELINE}name: FX
members:
  - user: dave@acme.com
    tx: true
  - erin@acme.com
`,
  'rooms/rates.yaml': `${MODELINE}name: Rates
members:
  - user: erin@acme.com
    tx: true
  - frank@acme.com
`,
  'rooms/credit.yaml': `${MODELINE}name: Credit
members:
  - grace@acme.com
  - user: heidi@acme.com
    tx: true
`,
};

/** What the simulator must hold after a successful apply of `tree`. */
export const converged: Record<string, string[]> = {
  Equities: ['alice@acme.com (tx)', 'bob@acme.com (tx)', 'dave@acme.com'],
  FX: ['dave@acme.com (tx)', 'erin@acme.com'],
  Rates: ['erin@acme.com (tx)', 'frank@acme.com'],
  Credit: ['grace@acme.com', 'heidi@acme.com (tx)'],
};
