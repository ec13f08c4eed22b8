import { describe, expect, it } from 'vitest';
import { DESK, errorsOf, POLICY } from './desk.js';

const sales = (members: string) => `name: Sales Desk\nmembers:\n${members}`;
const research = (members: string) => `name: Equity Research\nmembers:\n${members}`;

describe('a desk whose tree keeps its policy', () => {
  it('validates: no rule is broken', async () => {
    expect(await errorsOf({})).toEqual([]);
  });

  it('without policy.yaml nothing is checked', async () => {
    expect(
      await errorsOf({ 'policy.yaml': null, 'rooms/sales/desk.yaml': sales('  - user: x@gmail.com\n    tx: true\n') }),
    ).toEqual([]);
  });

  it('a policy.yaml with only comments has no rules', async () => {
    expect(
      await errorsOf({ 'policy.yaml': '# rules to come\n', 'rooms/sales/desk.yaml': sales('  - x@gmail.com\n') }),
    ).toEqual([]);
  });
});

describe('policy.domains and policy.guests', () => {
  it('a member from another domain is an error at the entry, citing the rule', async () => {
    expect(await errorsOf({ 'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - hank@other.org\n') })).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.domains] hank@other.org is not in an allowed domain (acme.com, acme.co.uk); ' +
        'a guest needs `expires` at most 90 days ahead (policy.yaml:2)',
    ]);
  });

  it('domains are compared case-insensitively and acme.co.uk counts as well as acme.com', async () => {
    expect(await errorsOf({ 'rooms/sales/desk.yaml': sales('  - recorder@ACME.com\n  - Zed@Acme.Co.UK\n') })).toEqual(
      [],
    );
  });

  it('a guest with `expires` at most 90 days ahead is allowed; 91 days is a policy.guests error', async () => {
    const guest = (date: string) => sales(`  - recorder@acme.com\n  - user: gina@gmail.com\n    expires: ${date}\n`);
    expect(await errorsOf({ 'rooms/sales/desk.yaml': guest('2027-03-03') })).toEqual([]);
    expect(await errorsOf({ 'rooms/sales/desk.yaml': guest('2027-03-04') })).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.guests] guest gina@gmail.com has access until 2027-03-04, more than 90 ' +
        'days after today ' +
        '(2026-12-03): set `expires` to 2027-03-03 or earlier (policy.yaml:4)',
    ]);
  });

  it('a guest whose entry has expired no longer counts, so breaks nothing', async () => {
    const tree = {
      'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - user: gina@gmail.com\n    expires: 2026-12-01\n'),
    };
    expect(await errorsOf(tree)).toEqual([]);
  });

  it('without a guests rule, `expires` does not make an outsider allowed', async () => {
    const policy = POLICY.replace('guests:\n  max-days: 90\n', '');
    const tree = {
      'policy.yaml': policy,
      'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - user: gina@gmail.com\n    expires: 2026-12-20\n'),
    };
    expect(await errorsOf(tree)).toEqual([
      'rooms/research/eq.yaml:5:5 [policy.domains] guest@partner.com is not in an allowed domain (acme.com, ' +
        'acme.co.uk) (policy.yaml:2)',
      'rooms/sales/desk.yaml:4:5 [policy.domains] gina@gmail.com is not in an allowed domain (acme.com, ' +
        'acme.co.uk) (policy.yaml:2)',
    ]);
  });

  it('an outsider brought by a group is reported at the group entry, naming the chain', async () => {
    const tree = { 'groups/equity-traders.yaml': 'members:\n  - alice@acme.com\n  - bob@acme.com\n  - ext@hedge.io\n' };
    const errors = await errorsOf(tree);
    expect(errors.filter((e) => e.includes('[policy.domains]'))).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.domains] ext@hedge.io (through group traders > equity-traders) is not ' +
        'in an allowed domain ' +
        '(acme.com, acme.co.uk); a guest needs `expires` at most 90 days ahead (policy.yaml:2)',
    ]);
  });
});

describe('policy.transmit', () => {
  it(
    'transmit for someone outside the licensed group (directly or nested) is an error at the entry granting ' + 'it',
    async () => {
      const tree = {
        'rooms/sales/desk.yaml': sales(
          '  - recorder@acme.com\n  - user: erin@acme.com\n    tx: true\n  - user: alice@acme.com\n    tx: true\n',
        ),
      };
      expect(await errorsOf(tree)).toEqual([
        'rooms/sales/desk.yaml:4:5 [policy.transmit] erin@acme.com may not transmit: not a member of group ' +
          '"licensed-traders" (policy.yaml:6)',
      ]);
    },
  );

  it('a group entry with tx names the chain that brings the unlicensed user', async () => {
    const tree = {
      'groups/traders.yaml': 'members:\n  - group: equity-traders\n  - dave@acme.co.uk\n  - frank@acme.com\n',
    };
    expect(await errorsOf(tree)).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.transmit] frank@acme.com (through group traders) may not transmit: ' +
        'not a member of group "licensed-traders" (policy.yaml:6)',
    ]);
  });

  it('listening is always allowed', async () => {
    expect(await errorsOf({ 'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - erin@acme.com\n') })).toEqual(
      [],
    );
  });

  it('an unknown group in the rule is an error in policy.yaml, with a suggestion', async () => {
    const tree = {
      'policy.yaml': POLICY.replace('requires-group: licensed-traders', 'requires-group: licenced-traders'),
    };
    expect(await errorsOf(tree)).toEqual([
      'policy.yaml:6:19 [policy.transmit] unknown group "licenced-traders" (did you mean "licensed-traders"?)',
    ]);
  });
});

describe('policy.barriers', () => {
  it(
    "the issue's story: carol on both sides is reported in the sales room, citing the research room and the " + 'rule',
    async () => {
      const tree = {
        'rooms/sales/desk.yaml': sales(
          '  - recorder@acme.com\n  - erin@acme.com\n  - group: traders\n    tx: true\n  - user: carol@acme.com\n',
        ),
      };
      expect(await errorsOf(tree)).toEqual([
        'rooms/sales/desk.yaml:7:5 [policy.barriers.research-vs-sales] carol@acme.com is also a member of "Equity ' +
          'Research" ' +
          '(rooms/research/eq.yaml:4) (policy.yaml:9)',
      ]);
    },
  );

  it('group-granted membership counts on both sides; the chain is named on each', async () => {
    const tree = { 'rooms/research/eq.yaml': research('  - recorder@acme.com\n  - group: equity-traders\n') };
    expect(await errorsOf(tree)).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.barriers.research-vs-sales] alice@acme.com (through group traders > ' +
        'equity-traders) is also ' +
        'a member of "Equity Research" (rooms/research/eq.yaml:4, through group equity-traders) (policy.yaml:9)',
      'rooms/sales/desk.yaml:4:5 [policy.barriers.research-vs-sales] bob@acme.com (through group traders > ' +
        'equity-traders) is also ' +
        'a member of "Equity Research" (rooms/research/eq.yaml:4, through group equity-traders) (policy.yaml:9)',
    ]);
  });

  it(
    'the excepted recorder may be on both sides; globs reach sub-folders; other rooms are outside the ' + 'barrier',
    async () => {
      const tree = {
        'rooms/sales/emea/desk2.yaml': 'name: EMEA Sales\nmembers:\n  - recorder@acme.com\n  - carol@acme.com\n',
        'rooms/ops.yaml': 'name: Ops\nmembers:\n  - recorder@acme.com\n  - carol@acme.com\n  - erin@acme.com\n',
      };
      expect(await errorsOf(tree)).toEqual([
        'rooms/sales/emea/desk2.yaml:4:5 [policy.barriers.research-vs-sales] carol@acme.com is also a member of ' +
          '"Equity Research" ' +
          '(rooms/research/eq.yaml:4) (policy.yaml:9)',
      ]);
    },
  );

  it('names at most three rooms of the other side and counts the rest, so the message stays one line', async () => {
    const tree: Record<string, string> = {
      'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - carol@acme.com\n'),
    };
    for (const n of [2, 3, 4, 5])
      tree[`rooms/research/r${n}.yaml`] = `name: Research ${n}\nmembers:\n  - recorder@acme.com\n  - carol@acme.com\n`;
    expect(await errorsOf(tree)).toEqual([
      'rooms/sales/desk.yaml:4:5 [policy.barriers.research-vs-sales] carol@acme.com is also a member of "Equity ' +
        'Research" ' +
        '(rooms/research/eq.yaml:4), "Research 2" (rooms/research/r2.yaml:4), "Research 3" ' +
        '(rooms/research/r3.yaml:4) ' +
        'and 2 more room(s) on that side (policy.yaml:9)',
    ]);
  });

  it('an expired entry on one side does not cross the barrier', async () => {
    const tree = {
      'rooms/sales/desk.yaml': sales('  - recorder@acme.com\n  - user: carol@acme.com\n    expires: 2026-12-03\n'),
    };
    expect(await errorsOf(tree)).toEqual([]);
  });
});

describe('policy.required-members', () => {
  it("a plan that drops the recorder from a room is refused: error at the room's members list", async () => {
    expect(
      await errorsOf({ 'rooms/sales/desk.yaml': sales('  - group: traders\n    tx: true\n  - erin@acme.com\n') }),
    ).toEqual([
      'rooms/sales/desk.yaml:3:3 [policy.required-members] recorder@acme.com must be a member of room "Sales ' +
        'Desk" (policy.yaml:13)',
    ]);
  });

  it('a required member whose entry has expired is missing too; one through a group counts', async () => {
    const tree = {
      'groups/compliance.yaml': 'members:\n  - recorder@acme.com\n',
      'rooms/research/eq.yaml': research('  - user: recorder@acme.com\n    expires: 2026-12-01\n  - carol@acme.com\n'),
      'rooms/sales/desk.yaml': sales('  - group: compliance\n  - erin@acme.com\n'),
    };
    expect(await errorsOf(tree)).toEqual([
      'rooms/research/eq.yaml:3:3 [policy.required-members] recorder@acme.com must be a member of room "Equity ' +
        'Research" (policy.yaml:13)',
    ]);
  });
});

describe('policy.limits', () => {
  it('too many members and too many transmitters are two errors at the members list', async () => {
    const tree = {
      'policy.yaml': POLICY.replace('max-members: 500', 'max-members: 3').replace(
        'max-transmitters: 50',
        'max-transmitters: 2',
      ),
    };
    expect(await errorsOf(tree)).toEqual([
      'rooms/sales/desk.yaml:3:3 [policy.limits] room "Sales Desk" has 3 members who may transmit; the limit is ' +
        '2 (policy.yaml:17)',
      'rooms/sales/desk.yaml:3:3 [policy.limits] room "Sales Desk" has 5 members; the limit is 3 (policy.yaml:16)',
    ]);
  });

  it('a limit applies only to the rooms its globs match', async () => {
    const policy = `${POLICY.replace(/limits:[\s\S]*$/, '')}limits:\n  - rooms: rooms/research/*.yaml\n    max-members: 2\n`;
    expect(await errorsOf({ 'policy.yaml': policy })).toEqual([
      'rooms/research/eq.yaml:3:3 [policy.limits] room "Equity Research" has 3 members; the limit is 2 ' +
        '(policy.yaml:16)',
    ]);
  });
});

describe('every violation of every rule in one run', () => {
  it("reports them all, sorted by position, with the tree's other files untouched", async () => {
    const errors = await errorsOf({
      'rooms/sales/desk.yaml': sales('  - user: erin@acme.com\n    tx: true\n  - carol@acme.com\n  - hank@other.org\n'),
    });
    expect(errors.map((e) => /\[([^\]]+)\]/.exec(e)?.[1])).toEqual([
      'policy.required-members',
      'policy.transmit',
      'policy.barriers.research-vs-sales',
      'policy.domains',
    ]);
  });

  it("policy rules wait for a valid tree, but policy.yaml's own errors come with the other files' errors", async () => {
    const errors = await errorsOf({
      'policy.yaml': 'domain: [acme.com]\n',
      'rooms/sales/desk.yaml': sales('  - group: tradrs\n  - hank@other.org\n'),
    });
    expect(errors).toEqual([
      'policy.yaml:1:1 [] unknown key "domain" (did you mean "domains"?); allowed keys: domains, guests, ' +
        'transmit, barriers, required-members, limits',
      'rooms/sales/desk.yaml:3:12 [] unknown group "tradrs" (did you mean "traders"?)',
    ]);
  });

  it('keeps DESK itself valid (the fixture the other stories change)', () => {
    expect(Object.keys(DESK)).toContain('policy.yaml');
  });
});
