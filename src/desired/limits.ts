/**
 * Bounds on what the loader accepts, so hostile or accidental input fails fast with a clear message instead of
 * exhausting memory.
 */
export const LIMITS = {
  /** bytes per room or group file, checked with stat before reading */
  maxFileBytes: 1024 * 1024,
  /** entries in one `members` list */
  maxMembers: 10_000,
  /** alias expansions per file (billion-laughs guard, passed to yaml's toJS) */
  maxAliasCount: 100,
  /** nesting depth of YAML collections in one file; a room file needs 3 */
  maxDepth: 16,
  /** days ahead in which an `expires` date makes an entry "expiring" (a notice) */
  expiringWithinDays: 7,
} as const;
