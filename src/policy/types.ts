import type { SourceError, SourcePos } from '../desired/types.js';

/** The file name of the policy, at the tree root beside rooms/. */
export const POLICY_FILE = 'policy.yaml';

/** A violation of a policy rule: an error of the tree, with the id of the rule it breaks. */
export interface PolicyError extends SourceError {
  /**
   * `policy.domains`, `policy.guests`, `policy.transmit`, `policy.barriers.<name>`, `policy.required-members`,
   * `policy.limits`
   */
  rule: string;
}

export interface DomainsRule {
  /** lower-cased */
  domains: string[];
  /** the `domains` key, cited in messages */
  pos: SourcePos;
}

export interface GuestsRule {
  maxDays: number;
  pos: SourcePos;
}

export interface TransmitRule {
  group: string;
  /** the `requires-group` value */
  pos: SourcePos;
}

export interface BarrierRule {
  name: string;
  sides: [string[], string[]];
  /** user refs allowed on both sides: lower-cased emails, ids as written */
  except: string[];
  /** the `between` key */
  pos: SourcePos;
}

export interface RequiredMembersRule {
  rooms: string[];
  /** lower-cased emails, ids as written */
  members: string[];
  /** the `members` key of the item */
  pos: SourcePos;
}

export interface LimitsRule {
  rooms: string[];
  maxMembers?: number;
  maxMembersPos?: SourcePos;
  maxTransmitters?: number;
  maxTransmittersPos?: SourcePos;
  pos: SourcePos;
}

/** A schema-valid policy.yaml with the position of each rule. */
export interface Policy {
  file: string;
  domains?: DomainsRule;
  guests?: GuestsRule;
  transmit?: TransmitRule;
  barriers: BarrierRule[];
  requiredMembers: RequiredMembersRule[];
  limits: LimitsRule[];
}
