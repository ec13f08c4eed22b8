/**
 * A copy of `s` that does not keep its source file in memory. The YAML parser hands out scalars as slices of
 * the file's text, and V8 keeps the whole parent string alive for as long as a slice lives: one room name held
 * for the run kept its entire file (at 5,000 rooms, ~9 MB of sources for ~100 KB of names). Used for the strings
 * the desired state keeps; a JSON round trip is the one portable way to get a flat, independent string.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
