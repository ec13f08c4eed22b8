import { loadDesiredState } from '../../src/desired/index.js';
import { tempTree } from '../desired/helpers.js';

/** A desk whose tree satisfies its policy: the starting point each story changes one thing in. */
export const POLICY = `# yaml-language-server: $schema=../../schemas/policy.schema.json
domains: [acme.com, acme.co.uk]
guests:
  max-days: 90
transmit:
  requires-group: licensed-traders
barriers:
  - name: research-vs-sales
    between: ["rooms/research/**", "rooms/sales/**"]
    except: [recorder@acme.com]
required-members:
  - rooms: ["rooms/**"]
    members: [recorder@acme.com]
limits:
  - rooms: ["rooms/**"]
    max-members: 500
    max-transmitters: 50
`;

export const DESK: Record<string, string> = {
  'policy.yaml': POLICY,
  'groups/licensed-traders.yaml': 'members:\n  - group: equity-traders\n  - dave@acme.co.uk\n',
  'groups/equity-traders.yaml': 'members:\n  - alice@acme.com\n  - bob@acme.com\n',
  'groups/traders.yaml': 'members:\n  - group: equity-traders\n  - dave@acme.co.uk\n',
  'rooms/research/eq.yaml':
    'name: Equity Research\nmembers:\n  - recorder@acme.com\n  - carol@acme.com\n  - user: guest@partner.com\n  ' +
    '  expires: 2027-01-15\n',
  'rooms/sales/desk.yaml':
    'name: Sales Desk\nmembers:\n  - recorder@acme.com\n  - group: traders\n    tx: true\n  - erin@acme.com\n',
};

export const TODAY = '2026-12-03';

/** The errors of the desk with `changes` applied, as `file:line:col [rule] message` (rule empty for other errors). */
export async function errorsOf(changes: Record<string, string | null>, today = TODAY): Promise<string[]> {
  const files: Record<string, string> = { ...DESK };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  const tree = tempTree(files);
  try {
    const result = await loadDesiredState(tree.dir, { today });
    return result.ok ? [] : result.errors.map((e) => `${e.file}:${e.line}:${e.column} [${e.rule ?? ''}] ${e.message}`);
  } finally {
    tree.cleanup();
  }
}
