/** policy.yaml: the desk's own rules, read from the tree and checked on every validate, plan and apply. */
export { readPolicyFile, checkPolicyFile, readPolicy, type PolicyOutcome } from './file.js';
export { evaluatePolicy } from './evaluate.js';
export {
  treeGrants,
  grantActive,
  viaLabel,
  roomName,
  userKey,
  globToRegExp,
  type Grant,
  type RoomGrants,
} from './grants.js';
export { POLICY_FILE, type Policy, type PolicyError } from './types.js';
